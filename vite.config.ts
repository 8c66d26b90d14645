import { defineConfig } from 'vitest/config';
import { twitchContent } from './src/content/vite-plugin-content.ts';

/**
 * `vite build` builds the standalone course page; `vite build --mode embed` builds the embed: one ES module,
 * dist/embed/twitch-course.js, whose lesson chunks load relative to its own URL, so it works from any path.
 */
export default defineConfig(({ mode }) => ({
  plugins: [twitchContent()],
  build:
    mode === 'embed'
      ? {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: true,
          copyPublicDir: false,
          lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'twitch-course.js' },
          rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
        }
      : { target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests cover pure logic; fake-indexeddb stands in for IndexedDB where a test needs it.
    environment: 'node',
  },
}));
