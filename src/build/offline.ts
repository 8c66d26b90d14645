import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The parts of a service worker's global scope that the worker below uses (the DOM library has none of them). */
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: { waitUntil(done: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(
    type: 'fetch',
    listener: (event: { request: Request; respondWith(response: Promise<Response>): void }) => void,
  ): void;
}

/**
 * The service worker, written out as its own source. It precaches the build's files in one cache per build, so a
 * new build never mixes with an old one, and keeps the old cache until every tab of the old version is closed (the
 * default wait), so a page never asks the new worker for its old lesson chunks.
 */
function worker(files: string[], version: string) {
  const sw = self as unknown as WorkerScope;
  const scope = sw.registration.scope;
  // Two courses in different folders of one site keep their caches apart.
  const prefix = `twitch-course ${scope} `;
  const cacheName = prefix + version;
  const urls = new Set(files.map((file) => new URL(file, scope).href));
  sw.addEventListener('install', (event) =>
    event.waitUntil(
      caches
        .open(cacheName)
        .then((cache) => cache.addAll([...urls].map((url) => new Request(url, { cache: 'reload' })))),
    ),
  );
  sw.addEventListener('activate', (event) =>
    event.waitUntil(
      caches
        .keys()
        // workbox-precache: what the worker of earlier versions, made with Workbox, kept.
        .then((names) =>
          names.filter(
            (name) => (name.startsWith(prefix) && name !== cacheName) || name.startsWith('workbox-precache'),
          ),
        )
        .then((old) => Promise.all(old.map((name) => caches.delete(name))))
        // The first visit's page is served by the worker as soon as it is installed.
        .then(() => sw.clients.claim()),
    ),
  );
  sw.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    const address = url.origin + url.pathname;
    // Only the course page's own addresses (in each language: /, /es/), with any query, fall back to it: the embed
    // guide, the example pages and whatever else the site serves stay themselves, online and offline.
    const coursePage = address.endsWith('/') ? `${address}index.html` : address;
    const key =
      request.mode === 'navigate'
        ? coursePage.startsWith(scope) && coursePage.endsWith('/index.html') && urls.has(coursePage)
          ? coursePage
          : null
        : !url.search && urls.has(address)
          ? address
          : null;
    if (key) event.respondWith(caches.match(key, { cacheName }).then((cached) => cached ?? fetch(request)));
  });
}

const PRECACHED = /\.(?:js|css|html|svg)$/;
// A host's own lessons are never part of the standalone course, so the run-time Markdown path is left out. The embed,
// its guide and examples, and the frame page (/frame/) are pages of the site like any other: never answered by the worker.
const LEFT_OUT = /^(?:embed\/|embed\.html$|examples\/|frame\/|assets\/runtime-lesson-[^/]*\.js$|sw\.js$)/;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Runs in the page: registers the service worker a second after the course has drawn its first view (or 10 s after
 * `load` without one). The worker's install fetches every lesson and quiz: begun at `load`, it held a slow phone's
 * first quiz answer back by about a tenth of a second, competing for the connection and the disk while the course read
 * the learner's progress; begun the moment the view was drawn, while the quiz in it was still filling in.
 */
function registerWhenCourseShown(url: string, scope: string) {
  if (!('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    const course = document.querySelector('twitch-course');
    const started = performance.now();
    const shown = () => {
      if (!course || performance.now() - started > 10_000) return true;
      try {
        return customElements.get('twitch-course') !== undefined && !course.matches(':state(loading)');
      } catch {
        // A browser without custom states cannot tell: it waits no longer.
        return true;
      }
    };
    const register = () =>
      shown()
        ? setTimeout(() => navigator.serviceWorker.register(url, { scope }), 1000)
        : requestAnimationFrame(register);
    register();
  });
}

/**
 * The standalone page works offline after its first visit: sw.js precaches the page and every lesson and quiz. The
 * embed never gets one, since a script on someone else's page must not take over that page's requests.
 */
export function offline(): Plugin {
  let outDir = '';
  let base = '/';
  let buildFailed = false;
  return {
    name: 'twitch-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'script',
        children: `(${registerWhenCourseShown})(${JSON.stringify(`${base}sw.js`)},${JSON.stringify(base)})`,
        injectTo: 'head',
      },
    ],
    buildEnd(error) {
      buildFailed = Boolean(error);
    },
    // After the bundle is written, when the public folder's files are there too. Not after a failed build, whose own
    // error (say, a lesson's `file:line: what is wrong`) must stay the last word.
    closeBundle() {
      if (buildFailed) return;
      const files = filesUnder(outDir)
        .map((file) => relative(outDir, file).split(sep).join('/'))
        .filter((file) => PRECACHED.test(file) && !LEFT_OUT.test(file))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 12);
      writeFileSync(join(outDir, 'sw.js'), `(${worker})(${JSON.stringify(files)},${JSON.stringify(version)});\n`);
    },
  };
}
