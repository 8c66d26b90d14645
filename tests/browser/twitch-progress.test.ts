import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { lessons } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-lesson.js';
import '../../src/elements/twitch-progress.js';
import { loadQuiz } from '../../src/course-content.js';
import type { TwitchProgress } from '../../src/elements/twitch-progress.js';
import { lessonKey, lessonProgressSchema, quizKey, quizProgressSchema } from '../../src/progress/schema.js';
import { progressStore } from '../../src/progress/store.js';
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
    await progressStore(store).update(lessonKey(lessons[3]!.id), lessonProgressSchema, (p) => ({ ...p, slide: 2, seen: [0, 1, 2] }));
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
    await waitUntil(() => text(el, '[role="status"]') === 'Your progress was loaded from the file.', 'the file was not loaded');
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
    await waitUntil(() => quizRoot(one)?.querySelector('legend') && quizRoot(two)?.querySelector('legend'), 'pages did not load');
    const root = quizRoot(one)!;
    root.querySelector<HTMLElement>(`input[value="${quiz.questions[0]!.options.find((o) => o.correct)!.id}"]`)!.click();
    await waitUntil(() => !root.querySelector<HTMLButtonElement>('[part~="button-check"]')!.disabled);
    root.querySelector<HTMLElement>('[part~="button-check"]')!.click();
    await waitUntil(
      () => quizRoot(two)!.querySelector('.dot')?.getAttribute('aria-label') === 'Question 1: answered right',
      'the other page did not see the answer',
    );
    expect(quizRoot(two)!.querySelector('[part="feedback"] .verdict')?.textContent).to.equal('Right.');
    one.remove();
    two.remove();
  });

  it('keeps the progress of two stores on one origin apart', async () => {
    const [a, b] = [uniqueStore(), uniqueStore()];
    await progressStore(a).update(lessonKey('what-is-twitching'), lessonProgressSchema, (p) => ({ ...p, slide: 3, seen: [0, 3] }));
    const el = await fixture(html`<twitch-lesson lesson="what-is-twitching" store=${b}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.match(/^Slide 1 of/);
  });

  it('keeps working when IndexedDB is refused, and says so once', async () => {
    const page = await openFrame('/tests/browser/pages/no-indexeddb.html');
    const rootOf = (tag: string) => page.document.querySelector(tag)?.shadowRoot;
    await waitUntil(() => rootOf('twitch-lesson')?.querySelector('.slide h2') && rootOf('twitch-quiz')?.querySelector('legend'), 'no content');
    const notices = () =>
      ['twitch-lesson', 'twitch-quiz'].flatMap((tag) => [...rootOf(tag)!.querySelectorAll('.storage-notice')].map((note) => note.textContent));
    await waitUntil(() => notices().length > 0, 'the learner was not told');
    expect(notices()).to.deep.equal(['Your progress cannot be saved on this device, so it will be lost when you close this page.']);

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
