import { defineConfig } from 'vitest/config';
import { minifyLitCss } from './src/build/minify-css.ts';
import { inlinePageStyles } from './src/build/inline-page-styles.ts';
import { languagePages } from './src/build/language-pages.ts';
import { offline } from './src/build/offline.ts';
import { preloadManifest } from './src/build/preload-manifest.ts';
import { prerenderPage } from './src/build/prerender-page.ts';
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

// `--mode scorm` (npm run package) builds the SCORM packages, dist/packages/*.zip.
export default defineConfig(({ mode }) =>
  mode === 'scorm'
    ? scormBuild([twitchContent(), minifyLitCss()], minify)
    : {
        plugins: [
          twitchContent(),
          minifyLitCss(),
          ...(mode === 'embed'
            ? [preloadManifest('twitch-course')]
            : [offline(), inlinePageStyles(), languagePages(), prerenderPage()]),
        ],
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
                lib: {
                  entry: { 'twitch-course': 'src/embed.ts', frame: 'src/frame.ts' },
                  formats: ['es'],
                  fileName: (_, name) => `${name}.js`,
                },
                rolldownOptions: {
                  // Lets the entry file itself hold everything it needs (the lazy elements import from it), so a host page
                  // fetches one file, not a chain of chunks, before the first lesson can show.
                  preserveEntrySignatures: 'allow-extension',
                  output: {
                    ...minify,
                    chunkFileNames: 'chunks/[name]-[hash].js',
                    // Every module the entry imports statically goes in one group; it holds src/embed.ts, so it is the entry
                    // file itself. Without it rolldown may leave lit, strings and the progress store in shared chunks the
                    // entry imports: its chunk optimizer folds shared modules into the entry one at a time and gives up on a
                    // module whose importers it has not folded yet. frame.ts and its strings stay out (frame.js stays apart).
                    codeSplitting: {
                      groups: [
                        {
                          name: 'twitch-course',
                          tags: ['$initial'],
                          test: /[\\/]src[\\/](?!frame)/,
                        },
                        // The progress store loads beside the first lesson or quiz, in one file: left to itself rolldown
                        // splits off the IndexedDB code it shares with xAPI, one round trip after the store.
                        {
                          name: 'store',
                          test: /[\\/](src[\\/]progress[\\/](store|validation|database)\.ts|idb-keyval[\\/])/,
                        },
                      ],
                    },
                  },
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
      },
);
