import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { minifyLitCss } from './src/build/minify-css.ts';
import { scormBuild } from './src/build/scorm-package.ts';
import { twitchContent } from './src/content/vite-plugin-content.ts';

/**
 * `vite build` builds the standalone course page; `vite build --mode embed` builds the embed: one ES module,
 * dist/embed/twitch-course.js, whose lesson chunks load relative to its own URL, so it works from any path.
 * Lesson and quiz chunks are named `lesson-<id>-<hash>.js` and `quiz-<id>-<hash>.js` (see the content plugin),
 * so size budgets and caches can tell them apart.
 */
const minify = {
  // Pure annotations only guide tree-shaking, which is done by then; every browser would download them.
  comments: false,
  minify: true,
} as const;

/**
 * The standalone page works offline after its first visit: a service worker precaches the page and every lesson and
 * quiz. The embed never gets one, since a script on someone else's page must not take over that page's requests.
 */
function offline(): Plugin[] {
  // vite-plugin-pwa writes the worker in closeBundle, which also runs after a failed build; there it would replace
  // the build's own error (say, a lesson's `file:line: what is wrong`) with "no files to precache".
  let buildFailed = false;
  const pwa = VitePWA({
    injectRegister: 'inline',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      // A host's own lessons are never part of the standalone course; its Markdown path need not be cached. The frame
      // page (/frame/) and its host script are pages of the site like the embed guide: never answered by the worker.
      globIgnores: ['embed/**', 'embed.html', 'examples/**', 'assets/runtime-lesson-*.js', 'frame/**'],
      // Only the course page's own addresses fall back to it: the embed guide, the example pages and whatever else
      // the site serves must stay themselves, online and offline. Workbox matches the path and the query string.
      navigateFallbackAllowlist: [/^\/(?:index\.html)?(?:\?.*)?$/],
      // One file rather than sw.js plus a Workbox runtime chunk.
      inlineWorkboxRuntime: true,
      // The first visit's page is served by the worker as soon as it is installed. A new version still waits until
      // every tab of the old one is closed, so a page never asks the new worker for its old lesson chunks.
      clientsClaim: true,
    },
  });
  return [
    { name: 'twitch-build-outcome', buildEnd: (error) => void (buildFailed = Boolean(error)) },
    ...pwa.map((plugin): Plugin => {
      const hook = plugin.closeBundle;
      if (!hook) return plugin;
      const handler = typeof hook === 'function' ? hook : hook.handler;
      const skipAfterFailure: typeof handler = function (this: ThisParameterType<typeof handler>, ...args) {
        return buildFailed ? undefined : handler.apply(this, args);
      };
      return { ...plugin, closeBundle: typeof hook === 'function' ? skipAfterFailure : { ...hook, handler: skipAfterFailure } };
    }),
  ];
}

// `--mode scorm` (npm run package) builds the SCORM packages, dist/packages/*.zip.
export default defineConfig(({ mode }) => mode === 'scorm' ? scormBuild([twitchContent(), minifyLitCss()], minify) : ({
  plugins: [twitchContent(), minifyLitCss(), ...(mode === 'embed' ? [] : [offline()])],
  build:
    mode === 'embed'
      ? {
          target: 'es2022',
          outDir: 'dist/embed',
          assetsDir: 'chunks',
          emptyOutDir: true,
          copyPublicDir: false,
          // frame.js runs public/frame/index.html (/frame/?lesson=ID) beside the entry: one element a page, for hosts
          // that allow an <iframe> but strip <script>. It shares no module with the entry, which stays one file.
          lib: { entry: { 'twitch-course': 'src/embed.ts', frame: 'src/frame.ts' }, formats: ['es'], fileName: (_, name) => `${name}.js` },
          rolldownOptions: {
            // Lets the entry file itself hold everything it needs (the lazy elements import from it), so a host page
            // fetches one file, not a chain of chunks, before the first lesson can show.
            preserveEntrySignatures: 'allow-extension',
            output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        }
      : {
          target: 'es2022',
          // Every browser that runs ES2022 modules preloads them natively.
          modulePreload: { polyfill: false },
          rolldownOptions: { output: minify },
        },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests cover pure logic; fake-indexeddb stands in for IndexedDB where a test needs it.
    environment: 'node',
  },
}));
