// The iframe embed, as a site builder that strips <script> uses it: a host page on another origin (another port of
// 127.0.0.1) frames /frame/?lesson=… from the BUILT site, with and without the resizer script, in Chromium.
// Writes .test-results/frame.json ({ passed, failed }) for the closing line of `npm test`. Run after the build.
// `node tests/frame.mjs --screenshots DIR` also saves the host page at 360 and 1280 px wide.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { contentChunkLanguage } from './bundle-sizes.mjs';
import { chromeArgs, findChromium } from './chromium.mjs';
import { assert, finish, test } from './script-tests.mjs';

const screenshotDir = process.argv.includes('--screenshots')
  ? process.argv[process.argv.indexOf('--screenshots') + 1]
  : null;

/** The first built lesson (by id) and its slide headings, read from its chunk. */
async function firstLesson() {
  const file = readdirSync('dist/assets')
    .filter((name) => name.startsWith('lesson-') && contentChunkLanguage(name) === 'default')
    .sort()[0];
  const lesson = (await import(pathToFileURL(`dist/assets/${file}`).href)).default;
  return { id: lesson.id, headings: lesson.slides.map((slide) => slide.heading) };
}

const lesson = await firstLesson();
const course = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4183, strictPort: true } });
const courseOrigin = course.resolvedUrls.local[0].replace(/\/$/, '');

/** Host pages: the course framed with the resizer, and without it at a fixed height. */
const hostPage = (query, { resizer }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A gym's page</title><link rel="icon" href="data:,">
<style>body { font-family: sans-serif; margin: 0 auto; max-width: 60rem; padding: 16px; background: #f4efe6; }
iframe { display: block; width: 100%; border: 0; }</style></head>
<body><h1>Why do my legs twitch after a run?</h1><p>Our physio team recommends this short lesson.</p>
<iframe src="${courseOrigin}/frame/?${query}" title="Lesson: muscle twitching after exercise" height="600" loading="lazy"></iframe>
<p>Text after the lesson.</p>
<script>window.heard = []; addEventListener('message', (event) => heard.push({ origin: event.origin, data: event.data }));</script>
${resizer ? `<script src="${courseOrigin}/frame/resize.js"></script>` : ''}
</body></html>`;

const hostPages = {
  '/resized.html': hostPage(`lesson=${lesson.id}&id=lesson-1&accent=7a1f5c&muted=xyz`, { resizer: true }),
  '/fixed.html': hostPage(`lesson=${lesson.id}&store=fixed-height`, { resizer: false }),
  '/second-slide.html': hostPage(`lesson=${lesson.id}&slide=2&store=second-slide`, { resizer: true }),
  '/nothing.html': hostPage('accent=123456&id=x', { resizer: true }),
  '/course.html': hostPage('course&pass-mark=70&store=whole-course', { resizer: true }),
  '/spanish.html': hostPage(`lesson=${lesson.id}&lang=es&store=spanish`, { resizer: true }),
  '/nada.html': hostPage('lang=es', { resizer: true }),
};
const host = createServer((request, response) => {
  const body = hostPages[new URL(request.url, 'http://host').pathname];
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body ?? 'not found');
});
await new Promise((resolve) => host.listen(4184, '127.0.0.1', resolve));
const hostOrigin = 'http://127.0.0.1:4184';

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromeArgs });
const problems = [];

async function openHost(path, width = 1280) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  await page.goto(`${hostOrigin}${path}`, { waitUntil: 'load' });
  return page;
}

/** The course's frame in a host page, once its element has rendered a heading or a message. */
async function courseFrame(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(
    () =>
      document.querySelector('twitch-lesson')?.shadowRoot?.querySelector('h2') ||
      document.querySelector('[role="alert"]'),
    { timeout: 10000 },
  );
  return { frame, handle };
}

const heading = (frame) =>
  frame.evaluate(() => document.querySelector('twitch-lesson').shadowRoot.querySelector('h2').textContent.trim());
const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (handle) => handle.evaluate((iframe) => iframe.getBoundingClientRect().height);

async function waitForFit(handle, frame, timeout) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const [outer, inner] = [await frameHeight(handle), await contentHeight(frame)];
    if (Math.abs(outer - inner) <= 1) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the iframe is ${await frameHeight(handle)} px tall, its content ${await contentHeight(frame)} px`);
}

try {
  console.log(`frame (Chromium, host ${hostOrigin}, course ${courseOrigin})`);
  const page = await openHost('/resized.html');
  const { frame, handle } = await courseFrame(page);

  await test('the framed lesson shows its first slide, and the resizer fits the iframe to it', async () => {
    assert((await heading(frame)) === lesson.headings[0], `showed "${await heading(frame)}"`);
    await waitForFit(handle, frame, 5000);
    assert((await frameHeight(handle)) !== 600, 'the iframe kept its fixed height');
  });

  await test('the frame posts { type: "twitch-course:height", height, id } to its parent', async () => {
    const heard = await page.evaluate(() => heard.filter((message) => message.data?.type === 'twitch-course:height'));
    assert(heard.length > 0, 'no height message');
    const last = heard.at(-1);
    assert(last.origin === courseOrigin, `from ${last.origin}`);
    assert(Object.keys(last.data).sort().join() === 'height,id,type', `shape ${JSON.stringify(last.data)}`);
    assert(last.data.id === 'lesson-1' && Number.isInteger(last.data.height), JSON.stringify(last.data));
  });

  await test('after a slide change the iframe fits the new slide within 1 s', async () => {
    // Moves on until a slide of another height comes, so that the iframe has to change.
    for (let slide = 1; slide < lesson.headings.length; slide++) {
      const before = await contentHeight(frame);
      const clicked = Date.now();
      await frame.evaluate(() =>
        document.querySelector('twitch-lesson').shadowRoot.querySelector('[part~="button-next"]').click(),
      );
      await frame.waitForFunction(
        (text) => document.querySelector('twitch-lesson').shadowRoot.querySelector('h2')?.textContent.trim() === text,
        {},
        lesson.headings[slide],
      );
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if ((await contentHeight(frame)) === before) continue;
      await waitForFit(handle, frame, 1000);
      const took = Date.now() - clicked;
      assert(took <= 1000, `took ${took} ms`);
      return;
    }
    throw new Error('no slide changed the height');
  });

  await test("progress is kept in the IndexedDB of the frame's origin, not the host's", async () => {
    const slide = await frame.evaluate(async (id) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('twitch-course');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise((resolve) => {
        const request = db.transaction('progress').objectStore('progress').get(`lesson:${id}`);
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return record?.slide;
    }, lesson.id);
    assert(slide > 0, `the frame's record holds slide ${slide}`);
    const hostDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    assert(!hostDatabases.includes('twitch-course'), `the host's origin has ${hostDatabases}`);
    const shown = await heading(frame);
    await page.reload({ waitUntil: 'load' });
    const again = await courseFrame(page);
    assert(
      (await heading(again.frame)) === shown,
      `after a reload the frame shows "${await heading(again.frame)}", not "${shown}"`,
    );
  });

  await test('accent=7a1f5c sets --twitch-color-accent; a value that is not hex (muted=xyz) is left out', async () => {
    const { frame: current } = await courseFrame(page);
    const tokens = await current.evaluate(() => {
      const style = getComputedStyle(document.querySelector('twitch-lesson'));
      return [
        style.getPropertyValue('--twitch-color-accent').trim(),
        style.getPropertyValue('--twitch-color-muted').trim(),
      ];
    });
    assert(tokens[0] === '#7a1f5c' && tokens[1] === '', `tokens ${tokens}`);
  });

  await test('the frame page is transparent and has no margin', async () => {
    const { frame: current } = await courseFrame(page);
    const style = await current.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.body).margin,
    ]);
    assert(style[0] === 'rgba(0, 0, 0, 0)' && style[1] === '0px', `body ${style}`);
  });

  await test('a height message from anywhere but the frame itself is ignored', async () => {
    const { handle } = await courseFrame(page);
    const before = await frameHeight(handle);
    await page.evaluate(() => postMessage({ type: 'twitch-course:height', height: 5, id: 'lesson-1' }, '*'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    assert((await frameHeight(handle)) === before, 'the host page resized the frame by posting to itself');
  });

  await test('on a 360 px phone the iframe settles at its content height instead of growing with itself', async () => {
    const phone = await openHost('/second-slide.html', 360);
    const { frame: current, handle: iframe } = await courseFrame(phone);
    await waitForFit(iframe, current, 5000);
    const settled = await frameHeight(iframe);
    await phone.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    assert((await frameHeight(iframe)) === settled, `grew from ${settled} to ${await frameHeight(iframe)} px`);
    assert(settled < 3000, `${settled} px tall`);
    await phone.close();
  });

  await test('slide=2 in the address opens the second slide', async () => {
    const second = await openHost('/second-slide.html');
    const { frame: current } = await courseFrame(second);
    assert((await heading(current)) === lesson.headings[1], `showed "${await heading(current)}"`);
    await second.close();
  });

  await test('without the resizer the iframe keeps its height and the lesson scrolls inside it', async () => {
    const fixed = await openHost('/fixed.html', 360);
    const { frame: current, handle: iframe } = await courseFrame(fixed);
    assert((await frameHeight(iframe)) === 600, `the iframe is ${await frameHeight(iframe)} px tall`);
    const scroll = await current.evaluate(() => {
      scrollTo(0, 200);
      return [document.scrollingElement.scrollHeight, scrollY];
    });
    assert(scroll[0] > 600 && scroll[1] === 200, `scrollHeight ${scroll[0]}, scrolled to ${scroll[1]}`);
    if (screenshotDir) await fixed.screenshot({ path: `${screenshotDir}/frame-fixed-360.png`, fullPage: true });
    await fixed.close();
  });

  await test('?course&pass-mark=70 frames the whole course, loaded on demand, with its pass mark', async () => {
    const whole = await openHost('/course.html');
    const iframe = await whole.waitForSelector('iframe');
    const current = await iframe.contentFrame();
    await current.waitForFunction(() => document.querySelector('twitch-course')?.shadowRoot?.querySelector('h2'), {
      timeout: 10000,
    });
    assert(
      (await current.evaluate(() => document.querySelector('twitch-course').passMark)) === 70,
      'the pass mark is not 70',
    );
    await waitForFit(iframe, current, 5000);
    await whole.close();
  });

  await test('an address that names nothing to show says what to name', async () => {
    const nothing = await openHost('/nothing.html');
    const { frame: current } = await courseFrame(nothing);
    const text = await current.evaluate(() => document.querySelector('[role="alert"]').textContent);
    assert(text.includes('?lesson') && text.includes('?quiz') && text.includes('?course'), text);
    await nothing.close();
  });

  await test('lang=es frames the lesson in Spanish, and says what to name in Spanish', async () => {
    const spanish = await openHost('/spanish.html');
    const { frame: current } = await courseFrame(spanish);
    await current.waitForFunction(
      () => document.querySelector('twitch-lesson')?.shadowRoot?.querySelector('[part="counter"]')?.textContent,
      { timeout: 10000 },
    );
    const shown = await current.evaluate(() => ({
      page: document.documentElement.lang,
      counter: document.querySelector('twitch-lesson').shadowRoot.querySelector('[part="counter"]').textContent,
    }));
    assert(shown.page === 'es' && shown.counter.startsWith('Diapositiva 1 de'), JSON.stringify(shown));
    await spanish.close();
    const nada = await openHost('/nada.html');
    const { frame: empty } = await courseFrame(nada);
    const text = await empty.evaluate(() => document.querySelector('[role="alert"]').textContent);
    assert(text.startsWith('Este marco') && text.includes('?lesson'), text);
    await nada.close();
  });

  await test("when the progress store's file does not arrive, the lesson says to check the connection", async () => {
    const cutOff = await browser.newPage();
    await cutOff.setRequestInterception(true);
    cutOff.on('request', (request) =>
      /\/chunks\/store-[\w-]+\.js$/.test(request.url()) ? request.abort() : request.continue(),
    );
    await cutOff.goto(`${courseOrigin}/frame/?lesson=${lesson.id}&store=cut-off`, { waitUntil: 'load' });
    const alert = () => document.querySelector('twitch-lesson')?.shadowRoot?.querySelector('[role="alert"]');
    await cutOff.waitForFunction(alert, { timeout: 10000 });
    const text = await cutOff.evaluate((find) => eval(find)().textContent.trim(), `(${alert})`);
    assert(text === 'This content could not be shown. Check the connection and reload the page.', text);
    await cutOff.close();
  });

  if (screenshotDir) {
    mkdirSync(screenshotDir, { recursive: true });
    for (const width of [360, 1280]) {
      const shot = await openHost('/resized.html', width);
      const { frame: current, handle: iframe } = await courseFrame(shot);
      await waitForFit(iframe, current, 5000);
      await shot.screenshot({ path: `${screenshotDir}/frame-${width}.png`, fullPage: true });
      await shot.close();
    }
  }

  await test('no console errors on the host pages or in their frames', async () => {
    assert(problems.length === 0, problems.join('\n    '));
  });
} finally {
  await browser.close();
  await course.close();
  host.close();
}

finish('frame');
