import { expect, fixture, html, waitUntil } from './testing.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { createStore, entries as rawEntries, get } from 'idb-keyval';
import { lessons } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-lesson.js';
import '../../src/elements/twitch-progress.js';
import { loadQuiz } from '../../src/course-content.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import type { TwitchProgress } from '../../src/elements/twitch-progress.js';
import { lessonKey, quizKey } from '../../src/progress/schema.js';
import { lessonProgressSchema, quizProgressSchema } from '../../src/progress/validation.js';
import { progressStore } from '../../src/progress/store.js';
import { buildExport } from '../../src/progress/transfer.js';
import { loaded, nextEvent, openFrame, part, text, uniqueStore } from './helpers.js';

async function renderProgress(store: string) {
  const el = await fixture<TwitchProgress>(html`<twitch-progress store=${store}></twitch-progress>`);
  await loaded(el);
  return el;
}

/** Finishes a lesson and its quiz with the given best score, as the elements would record it. */
async function finish(store: string, lessonId: string, best: number) {
  const records = progressStore(store);
  await records.update(lessonKey(lessonId), lessonProgressSchema, (p) => ({ ...p, seen: [0, 1], completed: true }));
  await records.update(quizKey(lessonId), quizProgressSchema, (p) => ({ ...p, best }));
}

/** Gives the element a file as the learner would pick it. */
function pickFile(el: TwitchProgress, contents: string | Blob) {
  const input = part<HTMLInputElement>(el, 'input[type="file"]');
  const files = new DataTransfer();
  files.items.add(new File([contents], 'progress.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

/** What the database holds, read past the store and its memory, as a reload would find it. */
const onDisk = async (store: string) => (await rawEntries<string, unknown>(createStore(store, 'progress'))).sort();
const sorted = (records: [string, unknown][]) => [...records].sort(([a], [b]) => a.localeCompare(b));

/** Checks the store and the disk still hold `before`; keys first, so a failure never prints a 10,000-deep value. */
async function expectUnchanged(store: string, before: [string, unknown][]) {
  for (const now of [sorted(await progressStore(store).entries()), await onDisk(store)]) {
    expect(now.map(([key]) => key)).to.deep.equal(before.map(([key]) => key));
    expect(now).to.deep.equal(before);
  }
}

/** A file whose one kept-aside value is an array nested `depth` deep: valid JSON that no browser can store. */
function fileWithDeepValue(store: string, records: [string, unknown][], depth: number) {
  const key = `unreadable:${lessonKey(lessons[0]!.id)}`;
  const file = JSON.stringify(buildExport(store, [...records, [key, 'DEEP']], new Date()));
  return file.replace('"DEEP"', '['.repeat(depth) + ']'.repeat(depth));
}

/** Text that does not compress, so that it takes its full size on disk. */
function incompressible(length: number) {
  const bytes = new Uint8Array(Math.ceil((length * 3) / 4));
  for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  let binary = '';
  for (let at = 0; at < bytes.length; at += 8192) binary += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return btoa(binary).slice(0, length);
}

function deepArray(depth: number) {
  const root: unknown[] = [];
  let inner = root;
  for (let level = 1; level < depth; level++) inner.push((inner = []));
  return root;
}

const setQuota = (bytes: number | null) => executeServerCommand('set-quota', { bytes });

describe('<twitch-progress>', () => {
  it('sums up lessons done and the average best score, and follows changes live', async () => {
    const store = uniqueStore();
    const el = await renderProgress(store);
    expect(text(el, '[part="figures"]')).to.equal(`0 of ${lessons.length} lessons done No quiz taken yet`);
    await finish(store, lessons[0]!.id, 80);
    await finish(store, lessons[1]!.id, 91);
    await waitUntil(() => text(el, '[part="figures"]').startsWith('2 of'), 'the summary did not follow the change');
    expect(text(el, '[part="figures"]')).to.equal(`2 of ${lessons.length} lessons done Average best quiz score: 86%`);
    await expect(el).to.be.accessible();
  });

  it('saves progress to a file and loads it back exactly, after clearing it', async () => {
    const store = uniqueStore();
    await finish(store, lessons[2]!.id, 100);
    await progressStore(store).update(lessonKey(lessons[3]!.id), lessonProgressSchema, (p) => ({
      ...p,
      slide: 2,
      seen: [0, 1, 2],
    }));
    const before = (await progressStore(store).entries()).sort();
    const el = await renderProgress(store);
    part<HTMLDetailsElement>(el, 'details').open = true;

    // Catch the file the browser would download.
    let saved: Blob | null = null;
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => ((saved = blob), createObjectURL(blob));
    try {
      part(el, 'button[part="button"]').click();
      await waitUntil(() => saved, 'nothing was saved');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    expect(text(el, '[role="status"]')).to.equal('Your progress was saved to a file.');

    part(el, 'details button:last-of-type').click(); // Clear progress…
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const cleared = nextEvent(el, 'twitch-progress');
    part(el, '.confirm .danger').click();
    expect((await cleared).key).to.equal(null);
    expect(await progressStore(store).entries()).to.deep.equal([]);
    await waitUntil(() => text(el, '[part="figures"]').startsWith('0 of'));

    const input = part<HTMLInputElement>(el, 'input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([await saved!.text()], 'progress.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(
      () => text(el, '[role="status"]') === 'Your progress was loaded from the file.',
      'the file was not loaded',
    );
    expect((await progressStore(store).entries()).sort()).to.deep.equal(before);
    await waitUntil(() => text(el, '[part="figures"]').startsWith('1 of'));
  });

  it('refuses a file that is not progress, and changes nothing', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = await progressStore(store).entries();
    const el = await renderProgress(store);
    const input = part<HTMLInputElement>(el, 'input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File(['{"format":"something-else"}'], 'other.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => text(el, '[role="status"]').includes('Nothing was changed'));
    expect(await progressStore(store).entries()).to.deep.equal(before);
  });
});

describe('progress across pages and stores', () => {
  it('shows an answer given in one open page in the other at once', async () => {
    const store = uniqueStore();
    const quiz = await loadQuiz('what-is-twitching');
    const [one, two] = await Promise.all([
      openFrame(`/tests/browser/pages/course.html?store=${store}`),
      openFrame(`/tests/browser/pages/course.html?store=${store}`),
    ]);
    const quizRoot = (page: typeof one) => page.document.querySelector('twitch-quiz')?.shadowRoot;
    await waitUntil(
      () => quizRoot(one)?.querySelector('legend') && quizRoot(two)?.querySelector('legend'),
      'pages did not load',
    );
    const root = quizRoot(one)!;
    root.querySelector<HTMLElement>(`input[value="${quiz.questions[0]!.options.find((o) => o.correct)!.id}"]`)!.click();
    await waitUntil(() => !root.querySelector<HTMLButtonElement>('[part~="button-check"]')!.disabled);
    root.querySelector<HTMLElement>('[part~="button-check"]')!.click();
    await waitUntil(
      () => quizRoot(two)!.querySelector('[part="feedback"] .verdict')?.textContent === 'Right.',
      'the other page did not see the answer',
    );
    one.remove();
    two.remove();
  });

  it('keeps the progress of two stores on one origin apart', async () => {
    const [a, b] = [uniqueStore(), uniqueStore()];
    await progressStore(a).update(lessonKey('what-is-twitching'), lessonProgressSchema, (p) => ({
      ...p,
      slide: 3,
      seen: [0, 3],
    }));
    const el = await fixture(html`<twitch-lesson lesson="what-is-twitching" store=${b}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.match(/^Slide 1 of/);
  });

  it('keeps working when IndexedDB is refused, and says so once', async () => {
    const page = await openFrame('/tests/browser/pages/no-indexeddb.html');
    const rootOf = (tag: string) => page.document.querySelector(tag)?.shadowRoot;
    await waitUntil(
      () => rootOf('twitch-lesson')?.querySelector('.slide h2') && rootOf('twitch-quiz')?.querySelector('legend'),
      'no content',
    );
    const notices = () =>
      ['twitch-lesson', 'twitch-quiz'].flatMap((tag) =>
        [...rootOf(tag)!.querySelectorAll('.storage-notice')].map((note) => note.textContent),
      );
    await waitUntil(() => notices().length > 0, 'the learner was not told');
    expect(notices()).to.deep.equal([
      'Your progress cannot be saved on this device, so it will be lost when you close this page.',
    ]);

    const lesson = rootOf('twitch-lesson')!;
    const heading = lesson.querySelector('.slide h2')!.textContent;
    lesson.querySelector<HTMLElement>('[part~="button-next"]')!.click();
    await waitUntil(() => lesson.querySelector('.slide h2')!.textContent !== heading, 'the lesson did not move on');
    const quiz = rootOf('twitch-quiz')!;
    quiz.querySelector<HTMLElement>('input[name="answer"]')!.click();
    await waitUntil(() => !quiz.querySelector<HTMLButtonElement>('[part~="button-check"]')!.disabled);
    quiz.querySelector<HTMLElement>('[part~="button-check"]')!.click();
    await waitUntil(() => quiz.querySelector('[part="feedback"]'), 'the quiz did not grade the answer');
    expect(notices()).to.have.length(1);
    page.remove();
  });
});

describe('loading a progress file is all or nothing', () => {
  afterEach(() => setQuota(null));

  it('keeps every saved record when a file holds a value nested 10,000 deep, and says nothing was changed', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const el = await renderProgress(store);
    const fired: Event[] = [];
    el.addEventListener('twitch-progress', (event) => fired.push(event));
    pickFile(el, fileWithDeepValue(store, before, 10_000));
    await waitUntil(() => text(el, '[role="status"]'), 'the learner was not told');
    expect(text(el, '[role="status"]')).to.match(/Nothing was changed\.$/);
    await expectUnchanged(store, before);
    expect(fired).to.have.length(0);
  });

  it('keeps every saved record when the disk fills up while a file loads', async () => {
    await setQuota(500_000);
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const el = await renderProgress(store);
    const fired: Event[] = [];
    el.addEventListener('twitch-progress', (event) => fired.push(event));
    // 85 copies of 10 KB kept aside: a file under the size limit that the disk has no room for.
    const aside = Array.from({ length: 85 }, (_, n): [string, unknown] => [
      `unreadable:${lessonKey(lessons[1]!.id)}#${n + 2}`,
      incompressible(10_000),
    ]);
    pickFile(el, JSON.stringify(buildExport(store, [...before, ...aside], new Date())));
    await waitUntil(() => text(el, '[role="status"]'), 'the learner was not told', { timeout: 5000 });
    expect(text(el, '[role="status"]')).to.match(/Nothing was changed\.$/);
    await expectUnchanged(store, before);
    expect(fired).to.have.length(0);
    expect(progressStore(store).status).to.equal('saving');
  });

  it('imports all or nothing: a value the browser cannot store leaves every record as it was', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const records = {
      ...Object.fromEntries(before),
      [lessonKey(lessons[1]!.id)]: before[0]![1],
      'unreadable:course': deepArray(10_000),
    };
    await progressStore(store).replaceAll(records);
    await expectUnchanged(store, before);
    expect(progressStore(store).status).to.equal('saving');
  });

  it('imports all or nothing: 6 MB under a 2 MB quota leaves every record as it was', async () => {
    await setQuota(2_000_000);
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const big = Array.from({ length: 60 }, (_, n) => [`unreadable:course#${n + 2}`, incompressible(100_000)]);
    await progressStore(store).replaceAll(Object.fromEntries(big));
    await expectUnchanged(store, before);
  });
});

describe('progress files from elsewhere', () => {
  it('asks in its own UI before loading a file saved from another store, and loads it only on yes', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const el = await renderProgress(store);
    part<HTMLDetailsElement>(el, 'details').open = true;
    const theirs: [string, unknown][] = [
      [lessonKey(lessons[1]!.id), { version: 2, slide: 1, seen: [0, 1], completed: true }],
    ];
    const file = JSON.stringify(buildExport('staging-course', theirs, new Date()));

    pickFile(el, file);
    await waitUntil(() => el.shadowRoot!.querySelector('.confirm'), 'nothing was asked');
    expect(text(el, '.confirm p')).to.contain('“staging-course”');
    await expect(el).to.be.accessible();
    part(el, '.confirm button.secondary').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.confirm'));
    expect(text(el, '[role="status"]')).to.equal('Nothing was changed.');
    expect(await onDisk(store)).to.deep.equal(before);

    pickFile(el, file);
    await waitUntil(() => el.shadowRoot!.querySelector('.confirm'), 'nothing was asked the second time');
    const loaded = nextEvent(el, 'twitch-progress');
    part(el, '.confirm button.danger').click();
    expect((await loaded).key).to.equal(null);
    expect(text(el, '[role="status"]')).to.equal('Your progress was loaded from the file.');
    expect(await onDisk(store)).to.deep.equal(theirs);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 70);
    const before = sorted(await progressStore(store).entries());
    const el = await renderProgress(store);
    const file = JSON.stringify(
      buildExport(store, [...before, ['unreadable:course', 'x'.repeat(2_000_000)]], new Date()),
    );
    pickFile(el, file);
    await waitUntil(() => text(el, '[role="status"]'), 'the learner was not told');
    expect(text(el, '[role="status"]')).to.match(/1 MB.*Nothing was changed\.$/);
    expect(await onDisk(store)).to.deep.equal(before);
  });
});

describe('progress events', () => {
  afterEach(() => setQuota(null));

  it('fires twitch-progress only once a write is saved, never for one the full disk refused', async () => {
    await setQuota(1);
    // The lesson writes as soon as it shows its first slide, so listen before it is there.
    const fired: Event[] = [];
    const record = (event: Event) => fired.push(event);
    document.addEventListener('twitch-progress', record);
    const told = nextEvent(document, 'twitch-progress-error');
    try {
      const refused = await fixture<TwitchLesson>(
        html`<twitch-lesson lesson=${lessons[0]!.id} store=${uniqueStore()}></twitch-lesson>`,
      );
      await loaded(refused);
      part(refused, '[part~="button-next"]').click();
      await told;
      // Nothing can be polled for an event that must not come: give a late one a bounded chance to show.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fired).to.have.length(0);
    } finally {
      document.removeEventListener('twitch-progress', record);
    }

    await setQuota(null);
    const store = uniqueStore();
    const saving = await fixture<TwitchLesson>(
      html`<twitch-lesson lesson=${lessons[0]!.id} store=${store}></twitch-lesson>`,
    );
    await loaded(saving);
    const stored = new Promise((resolve) =>
      saving.addEventListener('twitch-progress', () =>
        resolve(get(lessonKey(lessons[0]!.id), createStore(store, 'progress'))),
      ),
    );
    part(saving, '[part~="button-next"]').click();
    expect(await stored).to.include({ slide: 1 });
  });
});

describe('the database in other tabs and on other pages', () => {
  /** Resolves 'deleted' once another tab's deletion of the database goes through, 'blocked' if it has not in `ms`. */
  const deleteDatabase = (name: string, ms: number) =>
    new Promise<string>((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = () => resolve('deleted');
      setTimeout(() => resolve('blocked'), ms);
    });
  const rootOf = (page: Awaited<ReturnType<typeof openFrame>>, tag: string) =>
    page.document.querySelector(tag)?.shadowRoot;

  it('closes its database when another tab deletes it, so the deletion and pages opened meanwhile go ahead', async () => {
    const store = uniqueStore();
    await finish(store, lessons[0]!.id, 80);
    expect(await deleteDatabase(store, 2000)).to.equal('deleted');
    const page = await openFrame(`/tests/browser/pages/course.html?store=${store}`);
    await waitUntil(() => rootOf(page, 'twitch-quiz')?.querySelector('legend'), 'the new page did not load', {
      timeout: 3000,
    });
    // This page carries on: its next write opens the database again.
    const saved = await progressStore(store).update(lessonKey(lessons[0]!.id), lessonProgressSchema, (p) => ({
      ...p,
      slide: 2,
    }));
    expect(saved.saved).to.equal(true);
    expect(await get(lessonKey(lessons[0]!.id), createStore(store, 'progress'))).to.include({ slide: 2 });
    page.remove();
  });

  it('stops waiting after about 3 s for a database another tab holds, works from memory and says so once', async () => {
    const store = uniqueStore();
    // An old page that never lets go of its connection, while another tab asks to delete the database.
    const held = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(store);
      request.onupgradeneeded = () => request.result.createObjectStore('progress');
      request.onsuccess = () => resolve(request.result);
    });
    const deletion = deleteDatabase(store, 60_000);
    const started = performance.now();
    const page = await openFrame(`/tests/browser/pages/course.html?store=${store}`);
    await waitUntil(
      () =>
        rootOf(page, 'twitch-lesson')?.querySelector('.slide h2') &&
        rootOf(page, 'twitch-quiz')?.querySelector('legend'),
      'the page never finished loading',
      { timeout: 6000 },
    );
    expect(performance.now() - started).to.be.below(6000);
    const notices = () =>
      ['twitch-lesson', 'twitch-quiz'].flatMap((tag) => [...rootOf(page, tag)!.querySelectorAll('.storage-notice')]);
    await waitUntil(() => notices().length > 0, 'the learner was not told');
    expect(notices()).to.have.length(1);
    held.close();
    expect(await deletion).to.equal('deleted');
    page.remove();
  });
});

describe('stores no element uses', () => {
  it('lets go of a store once its last element is gone, and keeps it while an element only moves', async () => {
    const store = uniqueStore();
    const el = await renderProgress(store);
    const held = progressStore(store);
    el.parentElement!.append(el); // a move: disconnected, then connected again at once
    // A release that should not happen cannot be polled for: give it a bounded chance to.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progressStore(store)).to.equal(held);
    el.remove();
    await waitUntil(() => progressStore(store) !== held, 'the store was kept after its last element went');
  });
});
