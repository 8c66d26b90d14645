import type { Plugin } from 'vite';

/** Whitespace, comments and spare characters out of CSS text, keeping what CSS needs (spaces in values, selectors). */
export function minifyCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      // To CSS, 0.75 is .75, #ffffff is #fff and [a='b'] is [a=b]; every host page downloads the difference.
      .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
      .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
      .replace(/\[([\w-]+)=(['"])([a-z_][\w-]*)\2\]/gi, '[$1=$3]')
      .replace(/ !important/g, '!important')
      .replace(/;}/g, '}')
      .trim()
  );
}

/**
 * Lit's `css` templates reach the bundle as written, indentation and all; the minifier leaves template text alone.
 * This shrinks them at build time in the element style files and the shared styles (src/styles/), skipping any
 * template that holds a `${}` interpolation.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'twitch-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/(elements\/[\w-]+\.styles|styles\/[\w.-]+)\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, text: string) => `css\`${minifyCss(text)}\``), map: null };
    },
  };
}
