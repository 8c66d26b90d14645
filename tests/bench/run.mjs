// `npm run bench`: builds the course (into a temporary directory), serves it on 127.0.0.1 and compares three pages, each over several runs:
// the standalone course, a host page using the embed, and a plain HTML page with the same first lesson (the floor).
// Lighthouse (mobile and desktop presets) gives scores, paint metrics and bytes; a driven Chromium on a throttled
// phone profile gives the JS heap and the time until the first quiz answer can be clicked. Then the course is built
// again with 60 lessons to show that first-load bytes do not grow. Writes tests/bench/results.json, prints a table.
//
//   npm run bench [-- --runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { chromeArgs, findChromium } from '../chromium.mjs';
import { buildSite, measureGrowth } from './growth.mjs';
import { firstLessonId, writeBenchPages } from './pages.mjs';

// Lighthouse and its launcher are the benchmark's alone: they come from tests/bench/package.json,
// installed here when missing or older than its lock file, so that installing the course does not fetch them.
const BENCH = 'tests/bench';
const installedLock = join(BENCH, 'node_modules', '.package-lock.json');
if (
  !existsSync(installedLock) ||
  statSync(installedLock).mtimeMs < statSync(join(BENCH, 'package-lock.json')).mtimeMs
) {
  console.log(`▶ npm ci --prefix ${BENCH} (the benchmark's own tools)`);
  const install = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const chromeLauncher = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');
const { throttling } = await import('lighthouse/core/config/constants.js');
const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3;
const RESULTS = 'tests/bench/results.json';
const PHONE = throttling.mobileSlow4G;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run: category scores (0–100), paint and layout metrics (ms, unitless CLS) and bytes transferred. */
async function lighthouseRun(port, url, preset) {
  const { lhr } = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  const audit = (id) => lhr.audits[id].numericValue;
  const failing = Object.values(lhr.audits)
    .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary')
    .map((entry) => entry.id);
  return {
    figures: {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    },
    failing,
  };
}

// Runs in the page from its very start: records when the first quiz answer (a radio button or check box, in the
// page or in the course's shadow roots) is shown and enabled, checking once a frame.
const watchFirstAnswer = () => {
  const find = (root) => {
    const input = root.querySelector('input[type="radio"], input[type="checkbox"]');
    if (input) return input;
    for (const host of root.querySelectorAll('twitch-course, twitch-quiz')) {
      const found = host.shadowRoot && find(host.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  const check = () => {
    const input = find(document);
    if (input && !input.disabled && input.checkVisibility()) window.firstAnswerClickableAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // The paints as this throttled phone really made them (Lighthouse's own figures are simulated from an unthrottled load).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.largestPaintAt = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

/**
 * On a throttled phone (Slow 4G, 4× slower CPU), from a cold cache: first and largest paint and first answer clickable
 * (ms), and the JS heap (bytes).
 */
async function phoneRun(browser, url, { waitForAnswer = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.requestLatencyMs,
      downloadThroughput: (PHONE.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (PHONE.uploadThroughputKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdownMultiplier });
    await page.evaluateOnNewDocument(watchFirstAnswer);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    if (waitForAnswer)
      await page.waitForFunction(() => window.firstAnswerClickableAt !== undefined, { timeout: 60000 });
    const firstAnswer = await page.evaluate(() => window.firstAnswerClickableAt ?? NaN);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60000 });
    const paints = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: window.largestPaintAt ?? NaN,
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return { firstAnswer, ...paints, heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize').value };
  } finally {
    await context.close();
  }
}

const PAGES = [
  { key: 'standalone', label: 'standalone course (dist/index.html)' },
  { key: 'host', label: "host page with the embed guide's snippet (script tag and preload lines)" },
  { key: 'hostScriptOnly', label: 'host page with the script tag alone' },
  { key: 'plain', label: 'plain HTML page (floor)' },
];

const FIGURES = [
  { key: 'performance', label: 'performance score', format: (v) => String(Math.round(v)) },
  { key: 'accessibility', label: 'accessibility score', format: (v) => String(Math.round(v)) },
  { key: 'bestPractices', label: 'best-practices score', format: (v) => String(Math.round(v)) },
  { key: 'fcp', label: 'FCP', format: (v) => `${Math.round(v)} ms` },
  { key: 'lcp', label: 'LCP', format: (v) => `${Math.round(v)} ms` },
  { key: 'tbt', label: 'TBT', format: (v) => `${Math.round(v)} ms` },
  { key: 'cls', label: 'CLS', format: (v) => v.toFixed(3) },
  { key: 'bytes', label: 'bytes transferred', format: (v) => `${(v / 1024).toFixed(1)} KB` },
];
const PHONE_FIGURES = [
  { key: 'fcp', label: 'FCP (measured, not simulated)', format: (v) => `${Math.round(v)} ms` },
  { key: 'lcp', label: 'LCP (measured, not simulated)', format: (v) => `${Math.round(v)} ms` },
  { key: 'firstAnswer', label: 'first quiz answer clickable', format: (v) => `${Math.round(v)} ms` },
  { key: 'heap', label: 'JS heap after load', format: (v) => `${(v / 1024 / 1024).toFixed(2)} MB` },
];

function printTable(title, figures, valuesByPage) {
  const ratio = (value, floor) => (floor > 0 ? ` (${(value / floor).toFixed(2)}×)` : '');
  const rows = figures.map((figure) => [
    figure.label,
    ...PAGES.map(({ key }) => {
      const value = valuesByPage[key][figure.key];
      return key === 'plain'
        ? figure.format(value)
        : `${figure.format(value)}${ratio(value, valuesByPage.plain[figure.key])}`;
    }),
  ]);
  const header = [title, ...PAGES.map((page) => page.key)];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const started = Date.now();
// A build of its own, so that another build into dist/ meanwhile cannot change the pages under test.
const site = mkdtempSync(join(tmpdir(), 'twitch-course-bench-'));
process.on('exit', () => rmSync(site, { recursive: true, force: true }));
console.log(`▶ build into ${site}`);
buildSite(site);
const lessonId = firstLessonId();
const paths = { standalone: '/', ...(await writeBenchPages(site, lessonId)) };
// The standalone page shows the quiz at its own address; the other two show it below the lesson.
const quizPaths = { ...paths, standalone: `/#/quiz/${lessonId}` };

const server = await preview({ logLevel: 'warn', build: { outDir: site }, preview: { host: '127.0.0.1', port: 4190 } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const chromePath = findChromium();
const results = { date: new Date().toISOString(), runs: RUNS, lessonId, lighthouse: {}, phone: {}, failingAudits: {} };

try {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
  try {
    for (const preset of ['mobile', 'desktop']) {
      results.lighthouse[preset] = {};
      for (const { key } of PAGES) {
        const runs = [];
        for (let run = 1; run <= RUNS; run++) {
          process.stdout.write(`\r▶ Lighthouse ${preset}: ${key} ${run}/${RUNS}      `);
          runs.push(await lighthouseRun(chrome.port, `${origin}${paths[key]}`, preset));
        }
        results.lighthouse[preset][key] = Object.fromEntries(
          FIGURES.map(({ key: figure }) => [figure, median(runs.map((run) => run.figures[figure]))]),
        );
        const failing = [...new Set(runs.flatMap((run) => run.failing))];
        if (failing.length) results.failingAudits[`${preset} ${key}`] = failing;
      }
    }
  } finally {
    await chrome.kill();
  }

  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  try {
    for (const { key } of PAGES) {
      const runs = [];
      for (let run = 1; run <= RUNS; run++) {
        process.stdout.write(`\r▶ throttled phone: ${key} ${run}/${RUNS}          `);
        const atQuiz = await phoneRun(browser, `${origin}${quizPaths[key]}`);
        // The paints are those of the page Lighthouse loads: the standalone page's quiz has an address of its own.
        const paints =
          quizPaths[key] === paths[key]
            ? atQuiz
            : await phoneRun(browser, `${origin}${paths[key]}`, { waitForAnswer: false });
        runs.push({ ...atQuiz, fcp: paints.fcp, lcp: paints.lcp });
      }
      results.phone[key] = Object.fromEntries(
        PHONE_FIGURES.map(({ key: figure }) => [figure, median(runs.map((run) => run[figure]))]),
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

process.stdout.write('\r▶ 60-lesson build                          \n');
results.growth = measureGrowth(site);
results.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nMedians of ${RUNS} runs; in brackets, the ratio to the plain page. First lesson: ${lessonId}.`);
for (const preset of ['mobile', 'desktop']) printTable(`Lighthouse, ${preset}`, FIGURES, results.lighthouse[preset]);
printTable('Slow 4G, 4× CPU', PHONE_FIGURES, results.phone);
for (const [where, audits] of Object.entries(results.failingAudits))
  console.log(`failing audits, ${where}: ${audits.join(', ')}`);

const { course, synthetic } = results.growth;
console.log(`\nFirst-load bytes (gzipped) with ${course.lessons} lessons → with ${synthetic.lessons}:`);
console.log(`  embed entry:                      ${course.embedEntry} B → ${synthetic.embedEntry} B`);
console.log(
  `  standalone page before first paint: ${course.standaloneFirstLoad} B → ${synthetic.standaloneFirstLoad} B`,
);
console.log(`\n${RESULTS} written in ${results.seconds} s`);
