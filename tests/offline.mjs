// The standalone course works offline after its first visit: serves dist/, visits it once in Chromium, stops the
// server, goes offline, reloads, and checks that the lesson shows and that a lesson never fetched before loads too.
// The same page in Spanish, at /es/, links to the English one and works offline too.
// The service worker answers for the course page alone: the site's other pages stay themselves, online and offline.
// Writes .test-results/offline.json ({ passed, failed }) for the closing line of `npm test`. Run after the build.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { contentChunkLanguage } from './bundle-sizes.mjs';
import { chromeArgs, findChromium } from './chromium.mjs';
import { finish, test } from './script-tests.mjs';

const ASSETS = 'dist/assets';

/**
 * The first slide's heading of each built lesson, by id, read from the built chunks themselves: in the default
 * language (`lesson-ID-HASH.js`), or in another (`lesson-ID-HASH.es.js`).
 */
async function builtLessons(language = null) {
  const lessons = new Map();
  const wanted = language ?? 'default';
  const files = readdirSync(ASSETS).filter(
    (name) => name.startsWith('lesson-') && contentChunkLanguage(name) === wanted,
  );
  for (const file of files) {
    const lesson = (await import(pathToFileURL(`${ASSETS}/${file}`).href)).default;
    lessons.set(lesson.id, lesson.slides[0].heading);
  }
  return lessons;
}

const titleOf = (file) => readFileSync(file, 'utf8').match(/<title>([^<]*)<\/title>/)[1];
const courseTitle = titleOf('dist/index.html');
/** Pages of the same site that are not the course, each with the title it was built with. */
const otherPages = ['/embed.html', '/examples/clinic.html', '/frame/index.html'].map((path) => ({
  path,
  title: titleOf(`dist${path}`),
}));

const lessonHeading = (page) =>
  page.evaluate(() => {
    const lesson = document.querySelector('twitch-course')?.shadowRoot?.querySelector('twitch-lesson');
    const root = lesson?.shadowRoot;
    return {
      heading: root?.querySelector('h2')?.textContent?.trim() ?? null,
      alert: root?.querySelector('[role="alert"]')?.textContent ?? null,
    };
  });

/** A new page in `context` on a 4× slower processor, which widens the moments before the course's first view. */
async function slowerPage(context) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

async function waitForHeading(page, expected) {
  await page.waitForFunction(
    (text) => {
      const root = document.querySelector('twitch-course')?.shadowRoot?.querySelector('twitch-lesson')?.shadowRoot;
      return root?.querySelector('h2')?.textContent?.trim() === text || root?.querySelector('[role="alert"]');
    },
    { timeout: 10000 },
    expected,
  );
  const { heading, alert } = await lessonHeading(page);
  if (heading !== expected)
    throw new Error(`expected the heading "${expected}", got ${alert ? `the error "${alert}"` : `"${heading}"`}`);
}

const lessons = await builtLessons();
const spanishLessons = await builtLessons('es');
const [first, second] = [...lessons.keys()].sort();
const chromium = findChromium();
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4180 } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromeArgs });
let serverClosed = false;

try {
  const page = await browser.newPage();
  console.log(`offline (Chromium, ${origin})`);

  await test('after the first visit, a service worker controls the page', async () => {
    await page.goto(`${origin}/#/lesson/${first}`, { waitUntil: 'load' });
    await waitForHeading(page, lessons.get(first));
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, { timeout: 15000 });
  });

  await test("online, the site's other pages show themselves, not the course", async () => {
    for (const { path, title } of otherPages) {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const shown = await page.title();
      if (shown !== title)
        throw new Error(`${path} showed "${shown}"${response?.fromServiceWorker() ? ' from the service worker' : ''}`);
    }
    await page.goto(`${origin}/#/lesson/${first}`, { waitUntil: 'load' });
    await waitForHeading(page, lessons.get(first));
  });

  await test("a deep link to a quiz or lesson fetches its chunk from the page's head, not after the page's script", async () => {
    const deepLinks = [
      { path: `/#/quiz/${first}`, chunk: new RegExp(`/assets/quiz-${first}-[\\w-]+\\.js$`) },
      { path: `/es/#/lesson/${second}/slide/2`, chunk: new RegExp(`/assets/lesson-${second}-[\\w-]+\\.es\\.js$`) },
    ];
    for (const { path, chunk } of deepLinks) {
      const deepLink = await browser.newPage();
      try {
        const requested = new Promise((resolve) =>
          deepLink.on('request', (request) => chunk.test(request.url()) && resolve(request)),
        );
        await deepLink.goto(`${origin}${path}`, { waitUntil: 'load' });
        const request = await requested;
        const frames = request.initiator()?.stack?.callFrames ?? [];
        const from = frames.map((frame) => frame.url).find(Boolean) ?? request.initiator()?.url;
        if (from?.includes('/assets/')) throw new Error(`${path}: ${request.url()} was asked for by ${from}`);
      } finally {
        await deepLink.close();
      }
    }
  });

  await test('before any script has run, the page shows the overview built into it, in its language', async () => {
    const noScript = await browser.newPage();
    try {
      await noScript.setJavaScriptEnabled(false);
      for (const [path, language] of [
        ['/', 'en'],
        ['/es/', 'es'],
      ]) {
        await noScript.goto(`${origin}${path}`, { waitUntil: 'load' });
        const shown = await noScript.evaluate(() => {
          const root = document.querySelector('twitch-course')?.shadowRoot;
          return {
            cards: root?.querySelectorAll('li.card h3').length ?? 0,
            heading: root?.querySelector('h2')?.textContent ?? null,
          };
        });
        const expected = language === 'es' ? spanishLessons.size : lessons.size;
        if (shown.cards !== expected) throw new Error(`${path}: ${shown.cards} lesson cards, expected ${expected}`);
        if (language === 'es' && shown.heading !== 'Lecciones') throw new Error(`${path}: heading "${shown.heading}"`);
      }
      await noScript.goto(`${origin}/#/quiz/${first}`, { waitUntil: 'load' });
      const hidden = await noScript.evaluate(
        () => getComputedStyle(document.querySelector('twitch-course')).contentVisibility,
      );
      // Without script the deep-link mark is not set either: the overview shows, which is right for a page that cannot
      // run the course. With script, the mark is set before the body is parsed.
      if (hidden !== 'visible') throw new Error(`without script the built overview is ${hidden}`);
    } finally {
      await noScript.close();
    }
  });

  await test('the course takes the built overview\'s place: each lesson once, never "Loading" in between', async () => {
    const fresh = await browser.createBrowserContext();
    try {
      const visit = await fresh.newPage();
      await visit.evaluateOnNewDocument(() => {
        window.shownLoading = false;
        const watch = () => {
          const root = document.querySelector('twitch-course')?.shadowRoot;
          if (root?.querySelector('[aria-busy="true"]') || (root && !root.querySelector('li.card')))
            window.shownLoading = true;
          if (!window.courseRendered) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await visit.goto(`${origin}/`, { waitUntil: 'load' });
      await visit.waitForFunction(
        () => customElements.get('twitch-course') && document.querySelector('twitch-course').updateComplete,
        { timeout: 10000 },
      );
      await visit.evaluate(async () => {
        await document.querySelector('twitch-course').updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        window.courseRendered = true;
      });
      const shown = await visit.evaluate(() => {
        const root = document.querySelector('twitch-course').shadowRoot;
        return {
          cards: root.querySelectorAll('li.card').length,
          styles: root.querySelectorAll('style').length,
          loading: window.shownLoading,
        };
      });
      if (shown.cards !== lessons.size)
        throw new Error(`${shown.cards} lesson cards once the course runs, expected ${lessons.size}`);
      if (shown.styles !== 0) throw new Error("the built overview's styles are still in the shadow root");
      if (shown.loading)
        throw new Error('the overview went away (or showed "Loading") before the course had drawn its own');

      const deepLink = await fresh.newPage();
      await deepLink.goto(`${origin}/#/quiz/${first}`, { waitUntil: 'domcontentloaded' });
      const marked = await deepLink.evaluate(() => 'hideBuiltOverview' in document.documentElement.dataset);
      if (!marked) throw new Error('a deep link does not keep the built overview out of sight');
      await deepLink.waitForFunction(
        () => document.querySelector('twitch-course')?.shadowRoot?.querySelector('twitch-quiz'),
        { timeout: 10000 },
      );
      const cards = await deepLink.evaluate(
        () => document.querySelector('twitch-course').shadowRoot.querySelectorAll('li.card').length,
      );
      if (cards !== 0) throw new Error(`the quiz page still holds ${cards} overview cards`);
    } finally {
      await fresh.close();
    }
  });

  await test('a deep link never shows the built overview, even for a moment', async () => {
    const fresh = await browser.createBrowserContext();
    try {
      const deepLink = await slowerPage(fresh);
      await deepLink.evaluateOnNewDocument(() => {
        window.overviewSeen = false;
        const watch = () => {
          const cards = document.querySelector('twitch-course')?.shadowRoot?.querySelectorAll('li.card') ?? [];
          if ([...cards].some((card) => card.checkVisibility())) window.overviewSeen = true;
          if (!document.querySelector('twitch-course')?.shadowRoot?.querySelector('twitch-quiz'))
            requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await deepLink.goto(`${origin}/#/quiz/${first}`, { waitUntil: 'load' });
      await deepLink.waitForFunction(
        () => document.querySelector('twitch-course')?.shadowRoot?.querySelector('twitch-quiz'),
        { timeout: 10000 },
      );
      if (await deepLink.evaluate(() => window.overviewSeen))
        throw new Error('the built overview showed before the quiz the address links to');
    } finally {
      await fresh.close();
    }
  });

  await test('the offline copy starts only after the course has drawn its first view', async () => {
    const fresh = await browser.createBrowserContext();
    try {
      const page = await slowerPage(fresh);
      await page.evaluateOnNewDocument(() => {
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function (...args) {
          const course = document.querySelector('twitch-course');
          window.registeredWhile = course.matches(':state(loading)') ? 'loading' : 'shown';
          return register.apply(this, args);
        };
      });
      await page.goto(`${origin}/#/quiz/${first}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.registeredWhile !== undefined, { timeout: 15000 });
      const registeredWhile = await page.evaluate(() => window.registeredWhile);
      if (registeredWhile !== 'shown') throw new Error('the service worker was registered before the first view');
    } finally {
      await fresh.close();
    }
  });

  await test('a learner who has made progress never sees the built overview of one who has not', async () => {
    const fresh = await browser.createBrowserContext();
    try {
      const firstVisit = await fresh.newPage();
      await firstVisit.goto(`${origin}/#/lesson/${first}`, { waitUntil: 'load' });
      const next = () =>
        document
          .querySelector('twitch-course')
          ?.shadowRoot?.querySelector('twitch-lesson')
          ?.shadowRoot?.querySelector('[part~="button-next"]');
      await firstVisit.waitForFunction(next, { timeout: 10000 });
      // Moving to the second slide is progress; it is saved once the event says so.
      await firstVisit.evaluate(
        (find) =>
          new Promise((resolve) => {
            document.addEventListener('twitch-progress', resolve, { once: true });
            eval(find)().click();
          }),
        `(${next})`,
      );
      await firstVisit.close();

      const returning = await slowerPage(fresh);
      await returning.evaluateOnNewDocument(() => {
        window.builtOverviewSeen = false;
        const watch = () => {
          const course = document.querySelector('twitch-course');
          const loading = course && (!customElements.get('twitch-course') || course.matches(':state(loading)'));
          const cards = course?.shadowRoot?.querySelectorAll('li.card') ?? [];
          if (loading && [...cards].some((card) => card.checkVisibility())) window.builtOverviewSeen = true;
          if (loading !== false) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await returning.goto(`${origin}/`, { waitUntil: 'load' });
      await returning.waitForFunction(
        () =>
          customElements.get('twitch-course') &&
          !document.querySelector('twitch-course').matches(':state(loading)') &&
          document.querySelector('twitch-course').shadowRoot.querySelector('li.card'),
        { timeout: 10000 },
      );
      if (await returning.evaluate(() => window.builtOverviewSeen))
        throw new Error("the overview built for a new learner showed before the learner's own");
    } finally {
      await fresh.close();
    }
  });

  await test('/es/ is the course in Spanish, with a language switch and hreflang links to the English page', async () => {
    await page.goto(`${origin}/es/#/lesson/${first}`, { waitUntil: 'load' });
    await waitForHeading(page, spanishLessons.get(first));
    const shown = await page.evaluate(() => ({
      page: document.documentElement.lang,
      course: document.querySelector('twitch-course')?.lang,
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (link) => `${link.hreflang} ${link.getAttribute('href')}`,
      ),
      current: document.querySelector('.language-switch [aria-current="page"]')?.textContent,
      english: document.querySelector('.language-switch a[hreflang="en"]')?.getAttribute('href'),
    }));
    const expected = { page: 'es', course: 'es', alternates: ['en /', 'es /es/'], current: 'Español', english: '/' };
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(shown)}`);
    if (spanishLessons.get(first) === lessons.get(first)) throw new Error('the Spanish lesson has the English heading');
    await page.goto(`${origin}/#/lesson/${first}`, { waitUntil: 'load' });
    await waitForHeading(page, lessons.get(first));
  });

  await server.close();
  serverClosed = true;
  await page.setOfflineMode(true);

  await test('offline, a reload shows the lesson, served by the service worker', async () => {
    const response = await page.reload({ waitUntil: 'load' });
    if (!response?.fromServiceWorker()) throw new Error('the page did not come from the service worker');
    await waitForHeading(page, lessons.get(first));
  });

  await test('offline, a lesson not opened before loads from the precache', async () => {
    await page.evaluate((id) => (location.hash = `#/lesson/${id}`), second);
    await waitForHeading(page, lessons.get(second));
  });

  await test('offline, /es/ shows the Spanish course', async () => {
    const response = await page.goto(`${origin}/es/#/lesson/${second}`, { waitUntil: 'load' });
    if (!response?.fromServiceWorker()) throw new Error('/es/ did not come from the service worker');
    await waitForHeading(page, spanishLessons.get(second));
  });

  await test("offline, the site's other pages are not replaced by the course", async () => {
    for (const { path } of otherPages) {
      // Offline, a page the course does not own can only fail to load, as any page never cached does.
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' }).catch(() => null);
      if (!response) continue;
      const shown = await page.title();
      if (response.fromServiceWorker() || shown === courseTitle)
        throw new Error(`${path} showed the course ("${shown}")`);
    }
  });
} finally {
  await browser.close();
  if (!serverClosed) await server.close();
}

await test('the embed build registers no service worker', () => {
  const embedCode = readdirSync('dist/embed', { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(`dist/embed/${name}`, 'utf8'))
    .join('\n');
  if (/serviceWorker|workbox/.test(embedCode)) throw new Error('dist/embed mentions a service worker');
});

finish('offline');
