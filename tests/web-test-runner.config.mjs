// Browser tests in a real Chromium. Vite does every transform (TypeScript, Lit decorators, the lessons plugin),
// so the tests load exactly what the build loads.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'vite';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromeArgs } from './chromium.mjs';
import { slowNetworkCommands } from './slow-network.mjs';
import { xapiLrs } from './xapi-lrs.mjs';

let vitePromise;
const getVite = () =>
  (vitePromise ??= createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    clearScreen: false,
    logLevel: 'warn',
    // Pre-bundle every test's dependencies at start-up, so no test pays for a re-optimisation mid-run.
    optimizeDeps: { entries: ['tests/browser/**/*.test.ts', 'src/**/*.ts'] },
    plugins: [
      {
        // The test runner's commands import its own web-socket module: leave that to the runner.
        name: 'wtr-externals',
        resolveId: (id) =>
          id.endsWith('/__web-dev-server__web-socket.js')
            ? { id: '/__web-dev-server__web-socket.js', external: true }
            : null,
      },
    ],
  }));

/**
 * The built site, byte for byte as the build wrote it: neither Vite nor the test runner may rewrite its imports,
 * or the tests would not be testing what a host page gets.
 */
async function builtFiles(ctx, next) {
  if (!ctx.path.startsWith('/dist/')) return next();
  const file = join(process.cwd(), normalize(ctx.path));
  if (!file.startsWith(join(process.cwd(), 'dist')) || !existsSync(file)) {
    ctx.status = 404;
    return;
  }
  ctx.type = extname(file);
  ctx.body = readFileSync(file);
}

/** Vite answers what it knows; the test runner serves the rest. */
async function viteMiddleware(ctx, next) {
  const vite = await getVite();
  await new Promise((resolve, reject) => {
    ctx.res.once('finish', resolve);
    vite.middlewares(ctx.req, ctx.res, (err) => (err ? reject(err) : next().then(resolve, reject)));
  });
}

/** The strict policies careful clinic sites send, on the test pages that check the embed under them. */
const policies = {
  '/tests/browser/pages/embed-csp.html': () => "default-src 'self'; script-src 'self'; style-src 'self'",
  // Trusted Types, with the policy names the test asks for in the query.
  '/tests/browser/pages/embed-trusted-types.html': (query) =>
    `require-trusted-types-for 'script'; trusted-types ${query['trusted-types']}`,
};

async function strictCsp(ctx, next) {
  await next();
  const policy = policies[ctx.path]?.(ctx.query);
  if (policy) ctx.set('Content-Security-Policy', policy);
}

/** Writes pass/fail counts to .test-results/wtr.json, for the one closing line of `npm test`. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed++; // the file failed to load, or threw outside a test
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

/** `swipe`: a real touch gesture through the browser's input pipeline, for tests of swiping between slides. */
function touchCommands() {
  return {
    name: 'touch-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'swipe') return undefined;
      const page = session.browser.getPage(session.id);
      const { from, to } = payload;
      const touch = await page.touchscreen.touchStart(from.x, from.y);
      for (let step = 1; step <= 5; step++) {
        await touch.move(from.x + ((to.x - from.x) * step) / 5, from.y + ((to.y - from.y) * step) / 5);
      }
      await touch.end();
      return true;
    },
  };
}

/**
 * `set-quota`: the origin's storage quota in bytes, or the browser's own again with `null`, for tests of a full disk.
 * Chromium has no page API for it, only the DevTools protocol, and drops the override when that session detaches, so
 * each page keeps its session. Chromium also works out once how much room a site has left and trusts that figure
 * until it runs out, so a new quota also clears the site's IndexedDB: only a fresh start sees it.
 */
function storageCommands() {
  const sessions = new Map();
  return {
    name: 'storage-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-quota') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      const origin = new URL(page.url()).origin;
      if (payload.bytes === null) {
        await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      } else {
        await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: payload.bytes });
        await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
      }
      return true;
    },
  };
}

export default {
  rootDir: '.',
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: false,
  concurrency: 1,
  middleware: [strictCsp, builtFiles, viteMiddleware],
  plugins: [
    touchCommands(),
    storageCommands(),
    slowNetworkCommands(),
    xapiLrs(),
    {
      name: 'vite-close',
      async serverStop() {
        if (vitePromise) await (await vitePromise).close();
      },
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countsReporter()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH,
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
};
