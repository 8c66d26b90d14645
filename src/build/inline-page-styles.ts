import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LINK = '<link rel="stylesheet" href="/page.css" />';

/**
 * The standalone page's own styles (public/page.css, 1 KB gzipped) go into its HTML, so the page paints without a
 * second round trip for them; on a slow phone connection that is the difference between the header now and later.
 * The file stays in public/ for pages that link it.
 */
export function inlinePageStyles(): Plugin {
  let publicDir = '';
  return {
    name: 'twitch-inline-page-styles',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      if (!html.includes(LINK)) throw new Error(`index.html: expected ${LINK} to inline`);
      const css = readFileSync(join(publicDir, 'page.css'), 'utf8').replace(/<\//g, '<\\/');
      return html.replace(LINK, `<style>\n${css.trim()}\n</style>`);
    },
  };
}
