// `npm test`: type check, lint, unit tests, build, size budgets, browser tests, the offline, iframe and SCORM tests,
// in that order. Every step runs even when an earlier one fails, and the last line adds up every test run: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const failedSteps = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
}

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

step('type check', bin('tsc'), ['--noEmit']);
step('lint (Prettier, lit-analyzer)', 'npm', ['run', '--silent', 'lint']);
step('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.test-results/vitest.json',
]);
step('build', 'npm', ['run', '--silent', 'build']);
step('size budgets', 'node', ['tests/size-budgets.mjs']);
step('custom elements manifest', 'node', ['tests/check-manifest.mjs']);

const chromium = findChromium();
if (chromium) {
  step(
    'browser tests (web-test-runner, Chromium)',
    bin('web-test-runner'),
    ['--config', 'tests/web-test-runner.config.mjs'],
    {
      CHROME_PATH: chromium,
    },
  );
  step('offline (the built page in Chromium)', 'node', ['tests/offline.mjs'], { CHROME_PATH: chromium });
  step('iframe embed (the built frame on another origin, in Chromium)', 'node', ['tests/frame.mjs'], {
    CHROME_PATH: chromium,
  });
  step('SCORM packages (npm run package)', 'npm', ['run', '--silent', 'package']);
  step('SCORM (the packages in scorm-again, in Chromium)', 'node', ['tests/scorm.mjs'], { CHROME_PATH: chromium });
} else {
  console.error(
    'Browser tests need Chromium or Chrome: install it (Debian: apt-get install chromium) or set CHROME_PATH to its binary.',
  );
  failedSteps.push('browser tests: no Chromium');
}

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const unit = read('.test-results/vitest.json');
const browser = read('.test-results/wtr.json');
const offline = read('.test-results/offline.json');
// Scripts that count their own tests, as tests/offline.mjs does.
const scripts = { iframe: read('.test-results/frame.json'), SCORM: read('.test-results/scorm.json') };
const scriptCounts = Object.values(scripts);
const passed =
  (unit?.numPassedTests ?? 0) +
  (browser?.passed ?? 0) +
  (offline?.passed ?? 0) +
  scriptCounts.reduce((sum, s) => sum + (s?.passed ?? 0), 0);
const failed =
  (unit?.numFailedTests ?? 0) +
  (browser?.failed ?? 0) +
  (offline?.failed ?? 0) +
  (unit ? 0 : 1) +
  (browser ? 0 : 1) +
  (offline ? 0 : 1) +
  scriptCounts.reduce((sum, s) => sum + (s ? s.failed : 1), 0) +
  failedSteps.filter((name) => !/^(unit|browser|offline|iframe|SCORM \()/.test(name)).length;
const skipped = (unit ? unit.numPendingTests + unit.numTodoTests : 0) + (browser?.skipped ?? 0);

console.log(
  `\nunit: ${unit?.numPassedTests ?? 0} passed · browser (Chromium): ${browser?.passed ?? 0} passed · offline: ${offline?.passed ?? 0} passed` +
    Object.entries(scripts)
      .map(([name, counts]) => ` · ${name}: ${counts?.passed ?? 0} passed`)
      .join(''),
);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || failedSteps.length > 0 || passed === 0 ? 1 : 0);
