// The SCORM packages (`npm run package`): their size and validity, then each one in an LMS. scorm-again, the SCORM
// 1.2 and 2004 run-time that LMS players use, stands in for the LMS: a page on 127.0.0.1 puts its API on the window
// and frames the unzipped package's launch file, as an LMS does. The learner takes a lesson and its quiz; the test
// checks what the LMS received; a second launch with the saved CMI data (and this device's storage wiped, as on
// another device) must resume there, and finishing the course must report it completed and passed. The Spanish
// packages (`-es.zip`) must launch the course in Spanish and report to the LMS as the English ones do.
// Writes .test-results/scorm.json ({ passed, failed }) for the closing line of `npm test`. Run after `npm run package`.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { runnerImport } from 'vite';
import { contentChunkLanguage } from './bundle-sizes.mjs';
import { chromeArgs, findChromium } from './chromium.mjs';
import { assert, finish, test } from './script-tests.mjs';

// Each package is served from a folder named after its version, and its language where it is not the default.
const PACKAGES = [
  ['1.2', 'dist/packages/twitch-course-scorm12.zip'],
  ['2004', 'dist/packages/twitch-course-scorm2004.zip'],
  ['1.2-es', 'dist/packages/twitch-course-scorm12-es.zip'],
  ['2004-es', 'dist/packages/twitch-course-scorm2004-es.zip'],
];
const budget = (await runnerImport('./src/course.config.ts')).module.budgets.scormPackage;

const equal = (actual, expected, what) =>
  assert(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);

// Each package unzipped into a folder of its own, served at /<version>/.
const root = mkdtempSync(join(tmpdir(), 'twitch-scorm-'));
const unzipped = {};
for (const [version, zip] of PACKAGES) {
  if (!existsSync(zip)) continue;
  unzipped[version] = unzipSync(readFileSync(zip));
  for (const [file, bytes] of Object.entries(unzipped[version])) {
    const path = join(root, version, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}

/** Lessons and quizzes as built into the package, read from its own chunks, in course order. */
async function courseOf(version) {
  const assets = join(root, version, 'assets');
  const load = async (kind) => {
    const found = new Map();
    // The default language's chunks: another language's end in its code (`lesson-ID-HASH.es.js`).
    const chunks = Object.keys(unzipped[version]).filter(
      (name) => name.startsWith(`assets/${kind}-`) && contentChunkLanguage(name) === 'default',
    );
    for (const file of chunks) {
      const item = (await import(pathToFileURL(join(root, version, file)).href)).default;
      found.set(item.id ?? item.lesson, item);
    }
    return found;
  };
  const index = Object.keys(unzipped[version]).find((name) => /^assets\/_virtual_twitch-course-.*\.js$/.test(name));
  const order = index
    ? (await import(pathToFileURL(join(root, version, index)).href)).lessons?.map((lesson) => lesson.id)
    : null;
  const lessons = await load('lesson');
  const quizzes = await load('quiz');
  return { assets, order: order ?? [...lessons.keys()], lessons, quizzes };
}

const lms = (folder) => {
  const version = folder.split('-')[0];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  window.commits = 0;
  window.${version === '1.2' ? 'API = new Scorm12API(settings)' : 'API_1484_11 = new Scorm2004API(settings)'};
  const api = window.${version === '1.2' ? 'API' : 'API_1484_11'};
  const saved = sessionStorage.getItem('cmi');
  if (saved) {
    api.loadFromJSON(JSON.parse(saved).cmi);
    api.cmi.${version === '1.2' ? 'core.entry' : 'entry'} = 'resume';
  }
  api.on('${version === '1.2' ? 'LMSCommit' : 'Commit'}', () => window.commits++);
  window.finished = false;
  api.on('${version === '1.2' ? 'LMSFinish' : 'Terminate'}', () => (window.finished = true));
</script></head>
<body><iframe src="/${folder}/index.html" title="Course" style="width: 960px; height: 800px; border: 0"></iframe></body></html>`;
};

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.xml': 'application/xml' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://lms').pathname);
  let body = null;
  const lmsPage = /^\/lms-(.+)\.html$/.exec(path)?.[1];
  if (lmsPage && unzipped[lmsPage]) body = lms(lmsPage);
  else if (path.startsWith('/scorm-again/'))
    body = readFileSync(join('node_modules/scorm-again/dist', normalize(path.slice(13))));
  else {
    const file = join(root, normalize(path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) body = readFileSync(file);
  }
  response.writeHead(body === null ? 404 : 200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  response.end(body ?? 'not found');
});
await new Promise((resolve) => server.listen(4185, '127.0.0.1', resolve));
const origin = 'http://127.0.0.1:4185';

console.log('SCORM packages');
for (const [version, zip] of PACKAGES) {
  await test(`SCORM ${version}: ${zip} exists and is within its budget`, () => {
    assert(unzipped[version], `${zip} is missing: run \`npm run package\``);
    const size = statSync(zip).size;
    assert(size <= budget, `${size} B, over the ${budget} B of the course config's budgets.scormPackage`);
    console.log(`    ${(size / 1024).toFixed(1)} KB (${size} B) of ${(budget / 1024).toFixed(1)} KB`);
  });
  await test(`SCORM ${version}: imsmanifest.xml lists every file, and every file it names is there`, () => {
    const files = unzipped[version];
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => match[1]);
    const launch = /adlcp:scorm[tT]ype="sco" href="([^"]+)"/.exec(manifest)?.[1];
    assert(launch && files[launch], `launch file ${launch} is not in the zip`);
    const missing = listed.filter((file) => !files[file]);
    const unlisted = Object.keys(files).filter((file) => file !== 'imsmanifest.xml' && !listed.includes(file));
    assert(missing.length === 0 && unlisted.length === 0, `missing: ${missing}; not listed: ${unlisted}`);
    const launchHtml = new TextDecoder().decode(files[launch]);
    const referenced = [...launchHtml.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
    assert(referenced.length > 0 && referenced.every((file) => files[file]), `the launch page names ${referenced}`);
  });
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromeArgs });
const problems = [];

/** Drives the course inside the SCO's frame: a whole lesson, a whole quiz, with the answers given. */
const driver = `window.drive = (() => {
  const until = async (check, what) => {
    const start = Date.now();
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() - start > 10000) throw new Error('timed out waiting for ' + what);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  };
  const course = () => document.querySelector('twitch-course')?.shadowRoot;
  const part = (root, name) => root?.querySelector('[part~="' + name + '"]');
  return {
    until,
    async lesson(id, slides) {
      location.hash = '#/lesson/' + id + '/slide/1';
      const lesson = () => course()?.querySelector('twitch-lesson')?.shadowRoot;
      for (let slide = 0; slide < slides; slide++) {
        const heading = await until(() => lesson()?.querySelector('h2')?.textContent, 'slide ' + (slide + 1));
        (await until(() => part(lesson(), 'button-next'), 'the next button')).click();
        if (slide < slides - 1) await until(() => lesson()?.querySelector('h2')?.textContent !== heading, 'slide ' + (slide + 2));
      }
    },
    async quiz(id, answers, retake = false) {
      location.hash = '#/quiz/' + id;
      const quiz = () => course()?.querySelector('twitch-quiz')?.shadowRoot;
      if (retake) {
        (await until(() => part(quiz(), 'button-retry'), 'the retry button')).click();
        await until(() => quiz()?.querySelector('legend'), 'the first question');
      }
      for (;;) {
        const shown = await until(() => quiz()?.querySelector('legend') || part(quiz(), 'score'), 'a question or the score');
        if (shown.localName !== 'legend') return;
        const prompt = shown.textContent.trim();
        const chosen = answers[prompt];
        if (!chosen) throw new Error('no answer for ' + prompt);
        for (const input of quiz().querySelectorAll('input[name="answer"]')) if (chosen.includes(input.value)) input.click();
        (await until(() => { const check = part(quiz(), 'button-check'); return !check?.disabled && check; }, 'the check button')).click();
        (await until(() => part(quiz(), 'button-next'), 'the next button')).click();
        await until(() => quiz()?.querySelector('legend')?.textContent.trim() !== prompt, 'the next question');
      }
    },
  };
})();`;

async function launch(version, saved) {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`SCORM ${version}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`SCORM ${version}: ${error.message}`));
  await page.goto(`${origin}/lms-${version}.html`);
  await page.evaluate(
    (cmi) => (cmi ? sessionStorage.setItem('cmi', cmi) : sessionStorage.removeItem('cmi')),
    saved ?? null,
  );
  await page.reload({ waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('twitch-course')?.shadowRoot?.querySelector('h2'), {
    timeout: 10000,
  });
  await frame.evaluate(driver);
  return { page, frame };
}

/** The learner leaves: the SCO's page hides, as when the LMS closes its frame. */
async function leave(page) {
  await page.evaluate(() => (document.querySelector('iframe').src = 'about:blank'));
  await page.waitForFunction(() => window.finished, { timeout: 5000 });
}

const cmiOf = (page) => page.evaluate(() => JSON.stringify((window.API ?? window.API_1484_11).renderCMIToJSONObject()));

for (const version of ['1.2', '2004']) {
  if (!unzipped[version]) continue;
  const course = await courseOf(version);
  const [first, ...rest] = course.order;
  const answersOf = (id, wrongFirst = false) =>
    Object.fromEntries(
      course.quizzes.get(id).questions.map((question, i) => {
        const right = question.options.filter((option) => option.correct).map((option) => option.id);
        const wrong = question.options.find((option) => !option.correct).id;
        return [question.prompt, wrongFirst && i === 0 ? [wrong] : right];
      }),
    );
  const firstQuiz = course.quizzes.get(first);
  const expectedScore = Math.round(
    Math.round(((firstQuiz.questions.length - 1) / firstQuiz.questions.length) * 100) / course.order.length,
  );
  let saved = null;
  console.log(`SCORM ${version} in scorm-again (Chromium, ${origin})`);

  await test(`SCORM ${version}: the manifest parses, with the schema, version, launch file and mastery score an LMS reads`, async () => {
    const page = await browser.newPage();
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const root = doc.documentElement;
      const adlcp = root.lookupNamespaceURI('adlcp');
      const resource = doc.getElementsByTagNameNS(root.namespaceURI, 'resource')[0];
      const mastery =
        doc.getElementsByTagNameNS(adlcp, 'masteryscore')[0]?.textContent ??
        doc.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'minNormalizedMeasure')[0]?.textContent;
      return {
        namespace: root.namespaceURI,
        adlcp,
        schema: doc.getElementsByTagNameNS(root.namespaceURI, 'schema')[0]?.textContent,
        schemaversion: doc.getElementsByTagNameNS(root.namespaceURI, 'schemaversion')[0]?.textContent,
        scormType: resource?.getAttributeNS(adlcp, 'scormtype') || resource?.getAttributeNS(adlcp, 'scormType'),
        href: resource?.getAttribute('href'),
        mastery,
        imsss: root.lookupNamespaceURI('imsss'),
        adlseq: root.lookupNamespaceURI('adlseq'),
      };
    }, new TextDecoder().decode(unzipped[version]['imsmanifest.xml']));
    await page.close();
    assert(!found.error, found.error);
    equal(found.schema, 'ADL SCORM', 'schema');
    equal(found.scormType, 'sco', 'scorm type');
    equal(found.href, 'index.html', 'launch file');
    if (version === '1.2') {
      equal(found.namespace, 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'content packaging namespace');
      equal(found.adlcp, 'http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp namespace');
      equal(found.schemaversion, '1.2', 'schema version');
      equal(found.mastery, '80', 'mastery score');
    } else {
      equal(found.namespace, 'http://www.imsglobal.org/xsd/imscp_v1p1', 'content packaging namespace');
      equal(found.adlcp, 'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp namespace');
      equal(found.imsss, 'http://www.imsglobal.org/xsd/imsss', 'imsss namespace');
      equal(found.adlseq, 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq namespace');
      equal(found.schemaversion, '2004 4th Edition', 'schema version');
      equal(found.mastery, '0.8', 'minimum normalized measure');
    }
  });

  await test(`SCORM ${version}: a lesson and its quiz reach the LMS: status, score, one interaction per answer, where the learner is`, async () => {
    const { page, frame } = await launch(version, null);
    await frame.evaluate((id, slides) => drive.lesson(id, slides), first, course.lessons.get(first).slides.length);
    await frame.evaluate((id, answers) => drive.quiz(id, answers), first, answersOf(first, true));
    const count = firstQuiz.questions.length;
    await page.waitForFunction(
      (n, raw) => {
        const api = window.API ?? window.API_1484_11;
        return api.cmi.interactions.childArray.length === n && Number((api.cmi.core ?? api.cmi).score.raw) === raw;
      },
      { timeout: 10000 },
      count,
      expectedScore,
    );
    const cmi = JSON.parse(await cmiOf(page)).cmi;
    const interactions = Object.values(cmi.interactions ?? {}).filter((item) => typeof item === 'object');
    const results = interactions.map((item) => item.result);
    if (version === '1.2') {
      equal(cmi.core.lesson_status, 'incomplete', 'lesson_status');
      equal(cmi.core.score.raw, String(expectedScore), 'score.raw');
      equal(cmi.core.score.min, '0', 'score.min');
      equal(cmi.core.score.max, '100', 'score.max');
      equal(results.join(), ['wrong', ...Array(count - 1).fill('correct')].join(), 'results');
      equal(cmi.core.lesson_location, `#/quiz/${first}`, 'lesson_location');
    } else {
      equal(cmi.completion_status, 'incomplete', 'completion_status');
      equal(cmi.success_status, 'unknown', 'success_status');
      equal(cmi.score.raw, String(expectedScore), 'score.raw');
      equal(cmi.score.scaled, String(expectedScore / 100), 'score.scaled');
      equal(results.join(), ['incorrect', ...Array(count - 1).fill('correct')].join(), 'results');
      equal(
        interactions[0].description,
        firstQuiz.questions.find((q) => q.id === interactions[0].id.split('/')[1])?.prompt.slice(0, 250),
        'description',
      );
      equal(cmi.location, `#/quiz/${first}`, 'location');
    }
    const ids = interactions.map((item) => item.id);
    equal(new Set(ids).size, count, 'distinct interaction ids');
    assert(
      ids.every((id) => id.startsWith(`${first}/`)),
      `ids ${ids}`,
    );
    const responses = interactions.map((item) => item.student_response ?? item.learner_response);
    assert(responses.every(Boolean), `responses ${responses}`);
    assert((await page.evaluate(() => window.commits)) > 0, 'the course never committed');
    await leave(page);
    const after = JSON.parse(await cmiOf(page)).cmi;
    const sessionTime = version === '1.2' ? after.core.session_time : after.session_time;
    assert(sessionTime && !/^(0000:00:00(\.0+)?|PT0(\.0+)?S)$/.test(sessionTime), `session time ${sessionTime}`);
    equal(version === '1.2' ? after.core.exit : after.exit, 'suspend', 'exit');
    assert((version === '1.2' ? after.suspend_data : after.suspend_data).length > 0, 'no suspend_data');
    saved = await cmiOf(page);
    // Another device: nothing of the course is kept here.
    await page.evaluate(
      () => new Promise((resolve) => (indexedDB.deleteDatabase('twitch-course-scorm').onsuccess = resolve)),
    );
    await page.close();
  });

  await test(`SCORM ${version}: a second launch with the saved CMI data resumes where the learner left off`, async () => {
    assert(saved, 'the first launch saved nothing');
    const { page, frame } = await launch(version, saved);
    const state = await frame.evaluate(async () => {
      const score = await drive.until(
        () =>
          document
            .querySelector('twitch-course')
            ?.shadowRoot?.querySelector('twitch-quiz')
            ?.shadowRoot?.querySelector('[part~="score"]'),
        "the quiz's score",
      );
      return { hash: location.hash, score: score.textContent };
    });
    equal(state.hash, `#/quiz/${first}`, 'the view it opened at');
    const n = firstQuiz.questions.length;
    assert(state.score.includes(`${n - 1} of ${n}`), `the quiz shows "${state.score}", not the attempt the LMS kept`);
    // The quiz's score came back from the LMS, not from this device.
    await page.waitForFunction(
      (raw) =>
        Number(((window.API ?? window.API_1484_11).cmi.core ?? (window.API ?? window.API_1484_11).cmi).score.raw) ===
        raw,
      { timeout: 10000 },
      expectedScore,
    );
    await page.close();
  });

  await test(`SCORM ${version}: finishing the course reports it completed and passed, with a score of 100`, async () => {
    const { page, frame } = await launch(version, saved);
    await frame.evaluate((id, answers) => drive.quiz(id, answers, true), first, answersOf(first));
    for (const id of rest) {
      await frame.evaluate((lesson, slides) => drive.lesson(lesson, slides), id, course.lessons.get(id).slides.length);
      await frame.evaluate((quiz, answers) => drive.quiz(quiz, answers), id, answersOf(id));
    }
    // The first quiz, retaken after a wrong answer, was the last not passed.
    await page.waitForFunction(
      (v) => {
        const api = window.API ?? window.API_1484_11;
        return v === '1.2' ? api.cmi.core.lesson_status === 'passed' : api.cmi.completion_status === 'completed';
      },
      { timeout: 15000 },
      version,
    );
    const cmi = JSON.parse(await cmiOf(page)).cmi;
    if (version === '1.2') {
      equal(cmi.core.score.raw, '100', 'score.raw');
      // A finished course's progress is longer than SCORM 1.2 keeps, so it is stored deflated.
      assert(
        cmi.suspend_data.startsWith('deflate-raw:') && cmi.suspend_data.length <= 4096,
        `suspend_data of ${cmi.suspend_data.length} characters`,
      );
    } else {
      equal(cmi.success_status, 'passed', 'success_status');
      equal(cmi.score.scaled, '1', 'score.scaled');
    }
    await leave(page);
    await page.close();
  });
}

for (const folder of ['1.2-es', '2004-es']) {
  if (!unzipped[folder]) continue;
  await test(`SCORM ${folder}: the Spanish package launches the course in Spanish and reports to the LMS`, async () => {
    const { page, frame } = await launch(folder);
    const shown = await frame.evaluate(() => ({
      page: document.documentElement.lang,
      course: document.querySelector('twitch-course').lang,
      heading: document.querySelector('twitch-course').shadowRoot.querySelector('h2').textContent.trim(),
    }));
    equal(JSON.stringify(shown), JSON.stringify({ page: 'es', course: 'es', heading: 'Lecciones' }), 'the launch');
    const manifest = new TextDecoder().decode(unzipped[folder]['imsmanifest.xml']);
    assert(manifest.includes('<title>Fasciculaciones musculares después del ejercicio</title>'), 'the manifest title');
    const course = await courseOf(folder);
    const [first] = course.order;
    await frame.evaluate((id, slides) => drive.lesson(id, slides), first, course.lessons.get(first).slides.length);
    await page.waitForFunction(
      (id) => {
        const api = window.API ?? window.API_1484_11;
        return (api.cmi.core?.lesson_location ?? api.cmi.location) === `#/quiz/${id}`;
      },
      { timeout: 10000 },
      first,
    );
    await page.close();
  });
}

await test('SCORM: no console errors in the LMS pages or the course', async () => {
  assert(problems.length === 0, problems.join('\n    '));
});

await browser.close();
server.close();
rmSync(root, { recursive: true, force: true });

finish('scorm');
