import { createServer, type Plugin, type Rolldown } from 'vite';
import { twitchContent } from '../content/vite-plugin-content.js';
import { RETURNING_LEARNER_KEY } from '../course/returning-learner.js';
import { minifyCss } from './minify-css.js';

const COURSE_TAG = /(<twitch-course [^>]*routing="hash"[^>]*>)(<\/twitch-course>)/;
// Marks a page whose first view is not the built overview, which page.css keeps it off: one opened at another view (a
// deep link), or by a learner who has made progress here.
const HIDE_BUILT_OVERVIEW_SCRIPT =
  `<script>{let r;try{r=localStorage.getItem(${JSON.stringify(RETURNING_LEARNER_KEY)})}catch{}` +
  `if(r||/^#\\/(lesson\\/|quiz\\/|complete$|check$)/.test(location.hash))document.documentElement.dataset.hideBuiltOverview=''}</script>`;
// Lit's hydration markers: the page is not hydrated (the course renders afresh over it), so they would only be bytes.
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;

/**
 * Writes the course's first view into every standalone page (index.html and each language's copy): the overview as a
 * learner who has not started sees it, rendered at build time by Lit's server renderer into declarative shadow DOM.
 * The page shows it before any script has run; the course keeps it until its own first view is ready to take its place.
 * A deep link (`#/quiz/ID`) hides it, and so does a learner who has made progress: their first view is another one.
 */
export function prerenderPage(): Plugin {
  return {
    name: 'twitch-prerender-page',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const pages = Object.values(bundle).filter(
        (file): file is Rolldown.OutputAsset =>
          file.type === 'asset' && file.fileName.endsWith('index.html') && COURSE_TAG.test(String(file.source)),
      );
      if (pages.length === 0) return;
      const server = await createServer({
        configFile: false,
        root: this.environment.config.root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [twitchContent()],
      });
      try {
        const { prerenderCourse } = (await server.ssrLoadModule(
          '/src/build/prerender-course.ts',
        )) as typeof import('./prerender-course.js');
        for (const page of pages) {
          const html = String(page.source);
          const language = /<html lang="([^"]+)"/.exec(html)?.[1];
          if (!language) this.error(`${page.fileName}: <html> has no lang`);
          const rendered = (await prerenderCourse(language)).replace(LIT_MARKERS, '');
          const shadow = /<template shadowroot[\s\S]*<\/template>/.exec(rendered)?.[0];
          if (!shadow) this.error(`${page.fileName}: the course rendered no shadow root on the server`);
          const minified = shadow.replace(
            /<style>([\s\S]*?)<\/style>/g,
            (_, css: string) => `<style>${minifyCss(css)}</style>`,
          );
          page.source = html
            .replace('</head>', `${HIDE_BUILT_OVERVIEW_SCRIPT}</head>`)
            .replace(COURSE_TAG, (_, open: string, close: string) => `${open}${minified}${close}`);
        }
      } finally {
        await server.close();
      }
    },
  };
}
