// Byte budgets for the embed build, gzipped (level 9), from package.json "twitchBudgets". Prints every figure and
// exits non-zero when one is over. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const EMBED = 'dist/embed';
const budgets = JSON.parse(readFileSync('package.json', 'utf8')).twitchBudgets;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The file and every module it imports statically (what loads before anything is shown), not dynamic import(). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

const allFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );

const files = allFiles(EMBED);
const entry = [...staticClosure(join(EMBED, 'twitch-course.js'))];
const contentChunks = files.filter((file) => /^(lesson|quiz)-/.test(file.split('/').at(-1)));
const markdownChunks = files.filter((file) => /marked|purify|runtime-lesson/i.test(file));

const rows = [
  { what: `embed entry and its static imports (${entry.map((f) => relative(EMBED, f)).join(', ')})`, bytes: entry.reduce((sum, f) => sum + gzipped(f), 0), budget: budgets.embedEntry },
  ...contentChunks.map((file) => ({ what: `lesson or quiz chunk ${relative(EMBED, file)}`, bytes: gzipped(file), budget: budgets.contentChunk })),
  { what: 'whole course (every file of the embed build)', bytes: files.reduce((sum, f) => sum + gzipped(f), 0), budget: budgets.total },
];
const markdownPath = markdownChunks.reduce((sum, f) => sum + gzipped(f), 0);
const markdownInEntry = entry.some((file) => markdownChunks.includes(file));

let over = 0;
for (const { what, bytes, budget } of rows) {
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${kb(bytes).padStart(9)} of ${kb(budget).padStart(8)}  ${what}`);
}
console.log(
  markdownChunks.length
    ? `${markdownInEntry ? 'OVER' : 'ok  '} ${kb(markdownPath).padStart(9)}  run-time Markdown path (loaded only for src lessons${markdownInEntry ? ', but the entry imports it' : ''})`
    : 'info  run-time Markdown path: not built yet',
);
if (markdownInEntry) over++;
if (contentChunks.length === 0) {
  console.log('OVER  no lesson chunks found: lessons must load as chunks of their own');
  over++;
}
console.log(over ? `size budgets: ${over} over` : 'size budgets: all within');
process.exit(over ? 1 : 0);
