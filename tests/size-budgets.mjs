// Byte budgets, gzipped (zlib level 9) over both builds: the embed (dist/embed) and the standalone page (dist/).
// Budgets come from package.json "twitchBudgets". Prints every figure and exits non-zero when one is over.
// Run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const EMBED = 'dist/embed';
const STANDALONE = 'dist';
for (const file of [join(EMBED, 'twitch-course.js'), join(STANDALONE, 'index.html')]) {
  if (existsSync(file)) continue;
  console.error(`size budgets: ${file} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const budgets = JSON.parse(readFileSync('package.json', 'utf8')).twitchBudgets;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + gzipped(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const kbAndBytes = (bytes) => `${kb(bytes)} (${bytes} B)`;

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

const filesUnder = (dir, skip = '') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (path === skip) return [];
    return entry.isDirectory() ? filesUnder(path, skip) : [path];
  });

const isContentChunk = (file) => /^(lesson|quiz)-.*\.js$/.test(file.split('/').at(-1));
// marked's own error messages survive minification; a chunk named for it or for a sanitiser counts too.
const isMarkdownChunk = (file) =>
  /marked|purify|sanitiz|runtime-lesson/i.test(file.split('/').at(-1)) || readFileSync(file, 'utf8').includes('marked(): ');

const rows = [];
const info = [];
const check = (what, bytes, budget) => rows.push({ what, bytes, budget });

// The embed: what every host page loads before a lesson can show, then each lesson, then everything.
const embedFiles = filesUnder(EMBED).filter((file) => file.endsWith('.js'));
const embedEntry = [...staticClosure(join(EMBED, 'twitch-course.js'))];
check(`embed entry with its static imports (${embedEntry.map((f) => relative(EMBED, f)).join(', ')})`, sum(embedEntry), budgets.embedEntry);
for (const file of embedFiles.filter(isContentChunk)) check(`embed ${relative(EMBED, file)}`, gzipped(file), budgets.contentChunk);
check('embed: whole course (every file)', sum(embedFiles), budgets.total);

// The standalone page: its first load is reported; lessons and the whole site have budgets.
const standaloneFiles = filesUnder(STANDALONE, EMBED);
const html = readFileSync(join(STANDALONE, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\.?\/?([^":]+\.(?:js|css))"/g)].flatMap((match) => [
  ...staticClosure(join(STANDALONE, match[1])),
]);
info.push(`${kb(sum([join(STANDALONE, 'index.html'), ...new Set(firstLoad)])).padStart(9)}  standalone page before first paint (index.html, ${[...new Set(firstLoad)].map((f) => relative(STANDALONE, f)).join(', ')})`);
for (const file of standaloneFiles.filter(isContentChunk)) check(`standalone ${relative(STANDALONE, file)}`, gzipped(file), budgets.contentChunk);
check('standalone: whole site (every file, service worker included)', sum(standaloneFiles), budgets.total);

let over = 0;
for (const { what, bytes, budget } of rows) {
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${kbAndBytes(bytes).padStart(18)} of ${kbAndBytes(budget).padStart(18)}  ${what}`);
}
for (const line of info) console.log(`info ${line}`);

// Run-time Markdown (marked and a sanitiser) is only for lessons fetched by URL; no page may load it up front.
for (const [name, files, entry] of [
  ['embed', embedFiles, embedEntry],
  ['standalone', standaloneFiles.filter((file) => file.endsWith('.js')), new Set(firstLoad)],
]) {
  const markdownChunks = files.filter(isMarkdownChunk);
  if (markdownChunks.length === 0) {
    console.log(`info           ${name}: run-time Markdown path: not built yet`);
    continue;
  }
  const loadedUpFront = markdownChunks.filter((file) => [...entry].includes(file));
  if (loadedUpFront.length) over++;
  console.log(
    `${loadedUpFront.length ? 'OVER' : 'ok  '} ${kb(sum(markdownChunks)).padStart(9)}  ${name}: run-time Markdown path (${markdownChunks.map((f) => f.split('/').at(-1)).join(', ')}), ${loadedUpFront.length ? 'but the first load includes it' : 'loaded only for src lessons'}`,
  );
}

for (const [name, files] of [['embed', embedFiles], ['standalone', standaloneFiles]]) {
  if (files.some(isContentChunk)) continue;
  console.log(`OVER  ${name}: no lesson chunks found: lessons must load as chunks of their own`);
  over++;
}
console.log(over ? `size budgets: ${over} over` : 'size budgets: all within');
process.exit(over ? 1 : 0);
