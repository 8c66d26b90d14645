import { defineConfig } from 'vitest/config';
import { twitchContent } from './src/content/vite-plugin-content.ts';

export default defineConfig({
  plugins: [twitchContent()],
  build: {
    target: 'es2022',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests cover pure logic; fake-indexeddb stands in for IndexedDB where a test needs it.
    environment: 'node',
  },
});
