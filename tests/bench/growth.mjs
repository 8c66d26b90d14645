// Builds the site, and builds it again with 60 lessons (the real ones plus copies with new ids) in a temporary directory, and
// compares what a page loads before its first paint with the real course's: it must not grow with the lessons.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedEntry, gzippedTotal, standaloneFirstLoad } from '../bundle-sizes.mjs';

const LESSON_COUNT = 60;

function writeSyntheticContent(root) {
  cpSync('lessons', join(root, 'lessons'), { recursive: true });
  cpSync('quizzes', join(root, 'quizzes'), { recursive: true });
  const realLessons = readdirSync('lessons')
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort();
  for (let number = realLessons.length + 1; number <= LESSON_COUNT; number++) {
    const model = realLessons[(number - 1) % realLessons.length];
    const modelId = /^id:\s*(\S+)/m.exec(readFileSync(join('lessons', model), 'utf8'))[1];
    const id = `${modelId}-copy-${number}`;
    const name = `${String(number).padStart(2, '0')}-${id}.md`;
    const lesson = readFileSync(join('lessons', model), 'utf8').replace(/^id:.*$/m, `id: ${id}`);
    writeFileSync(join(root, 'lessons', name), lesson);
    writeFileSync(
      join(root, 'quizzes', name),
      readFileSync(join('quizzes', model), 'utf8').replace(/^lesson:.*$/m, `lesson: ${id}`),
    );
  }
}

/** Builds the standalone page into outDir and the embed into outDir/embed, from the content in contentRoot. */
export function buildSite(outDir, contentRoot = '.') {
  const env = { ...process.env, TWITCH_CONTENT_ROOT: contentRoot };
  for (const args of [
    ['--outDir', outDir],
    ['--mode', 'embed', '--outDir', join(outDir, 'embed')],
  ]) {
    const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error', '--emptyOutDir', ...args], {
      stdio: 'inherit',
      env,
    });
    if (result.status !== 0) throw new Error(`the build from ${contentRoot} failed`);
  }
}

const firstLoadSizes = (distDir) => ({
  lessons: readdirSync(join(distDir, 'assets')).filter((name) => name.startsWith('lesson-')).length,
  embedEntry: gzippedTotal(embedEntry(join(distDir, 'embed'))),
  standaloneFirstLoad: gzippedTotal(standaloneFirstLoad(distDir)),
});

/** First-load bytes (gzipped) of the course built in courseDir and of the same course with 60 lessons. */
export function measureGrowth(courseDir) {
  const root = mkdtempSync(join(tmpdir(), 'twitch-course-60-'));
  try {
    writeSyntheticContent(root);
    buildSite(join(root, 'dist'), root);
    return { course: firstLoadSizes(courseDir), synthetic: firstLoadSizes(join(root, 'dist')) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
