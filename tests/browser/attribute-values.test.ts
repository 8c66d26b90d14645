// Attribute and property values a host page or a link can hand the elements that are not what they expect.
import { expect, fixture, html, waitUntil } from './testing.js';
import { createStore, entries, set } from 'idb-keyval';
import '../../src/elements/twitch-lesson.js';
import '../../src/elements/twitch-quiz.js';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { strings } from '../../src/strings.js';
import { loaded, part, text, uniqueStore } from './helpers.js';

const LESSON = 'what-is-twitching';
const total = (await loadLesson(LESSON)).slides.length;
const progressOf = (store: string) => createStore(store, 'progress');
const records = async (store: string) => Object.fromEntries(await entries(progressOf(store)));

/** Collects the errors nobody caught, which an element's update would otherwise only log. */
function recordUncaught() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}

describe('slide numbers that are not whole numbers', () => {
  it('slide="2.5" opens a whole slide, and saves whole numbers once the learner moves on', async () => {
    const uncaught = recordUncaught();
    const store = uniqueStore();
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson lesson=${LESSON} slide="2.5" store=${store}></twitch-lesson>`,
    );
    await loaded(el);
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
    expect(text(el, '[part="counter"]')).to.equal(`Slide 3 of ${total}`);
    part(el, '[part~="button-next"]').click();
    await waitUntil(
      async () => ((await records(store))[`lesson:${LESSON}`] as { slide?: number } | undefined)?.slide === 3,
    );
    expect((await records(store))[`lesson:${LESSON}`]).to.deep.include({ seen: [2, 3] });
  });

  it('goTo(1.5) moves to a whole slide, goTo(NaN) and goTo(Infinity) move nowhere', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson lesson=${LESSON} store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    const uncaught = recordUncaught();
    el.goTo(1.5);
    await el.updateComplete;
    expect(el.slide, 'slide counts from 1').to.equal(3);
    el.goTo(NaN);
    el.goTo(Infinity);
    await el.updateComplete;
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
    expect(text(el, '[part="counter"]')).to.equal(`Slide 3 of ${total}`);
  });

  it('a saved record with slide 1.5 resumes at a whole slide instead of restarting the lesson', async () => {
    const store = uniqueStore();
    await set(`lesson:${LESSON}`, { version: 2, slide: 1.5, seen: [0, 1], completed: false }, progressOf(store));
    const el = await fixture<TwitchLesson>(html`<twitch-lesson lesson=${LESSON} store=${store}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.equal(`Slide 3 of ${total}`);
    const saved = await records(store);
    expect(Object.keys(saved).filter((key) => key.startsWith('unreadable:'))).to.deep.equal([]);
  });
});

const quiz = await loadQuiz(LESSON);

describe('pass marks that are not per cents', () => {
  const allRight = Object.fromEntries(
    quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
  );

  for (const [given, shown] of [
    ['abc', 80],
    ['-5', 0],
    ['500', 100],
  ] as const) {
    it(`pass-mark="${given}" shows a pass mark of ${shown} %`, async () => {
      const store = uniqueStore();
      await set(
        `quiz:${LESSON}`,
        { version: 2, attempt: 0, review: null, answers: allRight, best: 100 },
        progressOf(store),
      );
      const el = await fixture<TwitchQuiz>(
        html`<twitch-quiz quiz=${LESSON} pass-mark=${given} store=${store}></twitch-quiz>`,
      );
      await loaded(el);
      expect(part(el, '.results').textContent).to.contain(strings.passed(shown));
    });
  }
});

describe('elements told nothing to show', () => {
  it('a lesson with neither lesson nor src says what to set instead of loading forever', async () => {
    const el = await fixture<TwitchLesson>(html`<twitch-lesson store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '.base')).to.equal('Set the lesson attribute to a lesson id, or src to a lesson file.');
  });

  it('a quiz without quiz says what to set instead of loading forever', async () => {
    const el = await fixture<TwitchQuiz>(html`<twitch-quiz store=${uniqueStore()}></twitch-quiz>`);
    await loaded(el);
    expect(text(el, '.base')).to.equal('Set the quiz attribute to a lesson id.');
  });
});
