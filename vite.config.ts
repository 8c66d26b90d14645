import { defineConfig } from 'vitest/config';
import { minifyLitCss } from './src/build/minify-css.ts';
import { twitchContent } from './src/content/vite-plugin-content.ts';

/**
 * `vite build` builds the standalone course page; `vite build --mode embed` builds the embed: one ES module,
 * dist/embed/twitch-course.js, whose lesson chunks load relative to its own URL, so it works from any path.
 */
/** Lesson and quiz chunks are named as such, so size budgets and caches can tell them apart. */
const contentChunkName = ({ facadeModuleId }: { facadeModuleId: string | null }) => {
  const kind = /\/(lessons|quizzes)\/[^/]+\.md$/.exec(facadeModuleId ?? '')?.[1];
  return `chunks/${kind === 'lessons' ? 'lesson-' : kind === 'quizzes' ? 'quiz-' : ''}[name]-[hash].js`;
};

export default defineConfig(({ mode }) => ({
  plugins: [twitchContent(), minifyLitCss()],
  build:
    mode === 'embed'
      ? {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: true,
          copyPublicDir: false,
          lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'twitch-course.js' },
          rolldownOptions: { output: { minify: true, chunkFileNames: contentChunkName } },
        }
      : { target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests cover pure logic; fake-indexeddb stands in for IndexedDB where a test needs it.
    environment: 'node',
  },
}));
