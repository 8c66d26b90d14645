import type { Plugin } from 'vite';

/** Whitespace and comments out of CSS text, keeping what CSS needs (spaces inside values and selectors). */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // 0.75 is .75 to CSS; every host page downloads the zero.
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Lit's `css` templates reach the bundle as written, indentation and all; the minifier leaves template text alone.
 * This shrinks them at build time in the element style files, which hold no `${}` interpolations.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'twitch-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/(elements\/[\w-]+\.styles|styles\/[\w-]+\.styles)\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, text: string) => `css\`${minifyCss(text)}\``), map: null };
    },
  };
}
