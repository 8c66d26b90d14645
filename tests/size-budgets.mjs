// Byte budgets, gzipped (zlib level 9) over both builds: the embed (dist/embed) and the standalone page (dist/).
// Budgets come from the course config (src/course.config.ts, `budgets`). Prints every figure and exits non-zero when
// one is over.
// Run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runnerImport } from 'vite';
import {
  contentChunkLanguage,
  embedEntry,
  gzipped,
  gzippedTotal as sum,
  standaloneFirstLoad,
} from './bundle-sizes.mjs';

const EMBED = 'dist/embed';
const STANDALONE = 'dist';
for (const file of [join(EMBED, 'twitch-course.js'), join(STANDALONE, 'index.html')]) {
  if (existsSync(file)) continue;
  console.error(`size budgets: ${file} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const { budgets } = (await runnerImport('./src/course.config.ts')).module;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const kbAndBytes = (bytes) => `${kb(bytes)} (${bytes} B)`;

const filesUnder = (dir, skip = '') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (path === skip) return [];
    return entry.isDirectory() ? filesUnder(path, skip) : [path];
  });

const isContentChunk = (file) => contentChunkLanguage(file) !== null;
const contentLanguage = contentChunkLanguage;
/** The course as a learner of each language gets it: the shared files and that language's lessons and quizzes. */
const byLanguage = (files) => {
  const languages = [...new Set(files.map(contentLanguage).filter(Boolean))];
  return languages.map((language) => [
    language === 'default' ? 'default language' : language,
    files.filter((file) => [null, language].includes(contentLanguage(file))),
  ]);
};
// marked's own error messages survive minification; a chunk named for it or for a sanitiser counts too.
const isMarkdownChunk = (file) =>
  /marked|purify|sanitiz|runtime-lesson/i.test(file.split('/').at(-1)) ||
  readFileSync(file, 'utf8').includes('marked(): ');

const rows = [];
const info = [];
const check = (what, bytes, budget) => rows.push({ what, bytes, budget });

// The embed: what every host page loads before a lesson can show, then each lesson, then everything.
const embedFiles = filesUnder(EMBED).filter((file) => file.endsWith('.js'));
const embedFirstLoad = embedEntry(EMBED);
check(
  `embed entry with its static imports (${embedFirstLoad.map((f) => relative(EMBED, f)).join(', ')})`,
  sum(embedFirstLoad),
  budgets.embedEntry,
);
for (const file of embedFiles.filter(isContentChunk))
  check(`embed ${relative(EMBED, file)}`, gzipped(file), budgets.contentChunk);
// The run-time Markdown path is for a host's own lessons only and has a budget of its own, checked below.
for (const [language, files] of byLanguage(embedFiles.filter((f) => !isMarkdownChunk(f))))
  check(
    `embed: whole course in the ${language} (every file but the run-time Markdown path)`,
    sum(files),
    budgets.total,
  );

// The standalone page: its first load is reported; lessons and the whole site have budgets.
// The embed guide, its example host pages and the API manifest are documentation, not the course; the SCORM packages
// (`npm run package`) hold a copy of the course for an LMS and have a budget of their own, checked by tests/scorm.mjs.
const isDocumentation = (file) =>
  /^(embed\.html|examples\/|custom-elements\.json$|packages\/)/.test(relative(STANDALONE, file));
const standaloneFiles = filesUnder(STANDALONE, EMBED).filter((file) => !isDocumentation(file));
const firstLoad = standaloneFirstLoad(STANDALONE);
info.push(
  `${kbAndBytes(sum(firstLoad)).padStart(18)}  standalone page before first paint (${firstLoad.map((f) => relative(STANDALONE, f)).join(', ')})`,
);
for (const file of standaloneFiles.filter(isContentChunk))
  check(`standalone ${relative(STANDALONE, file)}`, gzipped(file), budgets.contentChunk);
for (const [language, files] of byLanguage(standaloneFiles.filter((f) => !f.endsWith('.js') || !isMarkdownChunk(f))))
  check(
    `standalone: whole site in the ${language} (every file but the run-time Markdown path, service worker included)`,
    sum(files),
    budgets.total,
  );

let over = 0;
for (const { what, bytes, budget } of rows) {
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${kbAndBytes(bytes).padStart(18)} of ${kbAndBytes(budget).padStart(18)}  ${what}`,
  );
}
for (const line of info) console.log(`info ${line}`);

// Run-time Markdown (marked and a sanitiser) is only for lessons fetched by URL; no page may load it up front.
for (const [name, files, entry] of [
  ['embed', embedFiles, embedFirstLoad],
  ['standalone', standaloneFiles.filter((file) => file.endsWith('.js')), firstLoad],
]) {
  const markdownChunks = files.filter(isMarkdownChunk);
  if (markdownChunks.length === 0) {
    console.log(`info                     ${name}: run-time Markdown path: not built yet`);
    continue;
  }
  const loadedUpFront = markdownChunks.filter((file) => [...entry].includes(file));
  const tooBig = sum(markdownChunks) > budgets.runtimeMarkdown;
  if (loadedUpFront.length || tooBig) over++;
  console.log(
    `${loadedUpFront.length || tooBig ? 'OVER' : 'ok  '} ${kbAndBytes(sum(markdownChunks)).padStart(18)} of ${kbAndBytes(budgets.runtimeMarkdown).padStart(18)}  ${name}: run-time Markdown path (${markdownChunks.map((f) => f.split('/').at(-1)).join(', ')}), ${loadedUpFront.length ? 'but the first load includes it' : 'loaded only for src lessons'}`,
  );
}

for (const [name, files] of [
  ['embed', embedFiles],
  ['standalone', standaloneFiles],
]) {
  if (files.some(isContentChunk)) continue;
  console.log(`OVER  ${name}: no lesson chunks found: lessons must load as chunks of their own`);
  over++;
}
console.log(over ? `size budgets: ${over} over` : 'size budgets: all within');
process.exit(over ? 1 : 0);
