// xAPI from the BUILT embed (dist/embed, made by `npm run build` before the browser tests) to the recording LRS of
// tests/xapi-lrs.mjs, on another origin as a real LRS would be.
import { expect, waitUntil } from './testing.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { openFrame, uniqueStore } from './helpers.js';
import { everythingStored } from '../indexeddb-dump.js';

interface Stored {
  id: string;
  matchesUrl: boolean;
  verb: string;
  object: string;
  timestamp: string;
  result: { success?: boolean; response?: string; score?: { raw: number } } | null;
  authorization: string | null;
  version: string | null;
  problems: string[];
}
interface Received {
  stored: Stored[];
  repeats: string[];
}

const LESSON = 'what-is-twitching';
const lesson = await loadLesson(LESSON);
const quiz = await loadQuiz(LESSON);
const ACTOR = { objectType: 'Agent', name: 'Sam', account: { homePage: 'https://gym.example', name: 'member-1234' } };
const AUTH = 'Basic a2V5OnNlY3JldC1wYXNzd29yZA==';

const lrs = <T = unknown>(action: string, payload: object = {}) =>
  executeServerCommand<T, object>('xapi-lrs', { action, ...payload });
const received = () => lrs<Received>('received') as Promise<Received>;
const storedCount = async () => (await received()).stored.length;
async function untilStored(count: number, what: string) {
  try {
    await waitUntil(async () => (await storedCount()) >= count, '', { timeout: 15000, interval: 100 });
  } catch {
    throw new Error(
      `the LRS did not get ${what}; it has ${(await received()).stored.map((statement) => statement.verb).join(', ')}`,
    );
  }
}

type Frame = Awaited<ReturnType<typeof openFrame>>;
const shadow = (page: Frame, tag: string) => page.document.querySelector(tag)!.shadowRoot!;
const click = (page: Frame, tag: string, selector: string) =>
  shadow(page, tag).querySelector<HTMLElement>(selector)!.click();

/** Answers the question shown, rightly or not, and moves on. */
async function answer(page: Frame, right: boolean) {
  const element = page.document.querySelector<TwitchQuiz>('twitch-quiz')!;
  const question = quiz.questions[element.question! - 1]!;
  const ids = right
    ? question.options.filter((option) => option.correct).map((option) => option.id)
    : [question.options.find((option) => !option.correct)!.id];
  for (const id of ids) click(page, 'twitch-quiz', `input[value="${id}"]`);
  await element.updateComplete;
  click(page, 'twitch-quiz', '[part~="button-check"]');
  await waitUntil(() => shadow(page, 'twitch-quiz').querySelector('[part="feedback"]'), 'the answer was not checked');
  click(page, 'twitch-quiz', '[part~="button-next"]');
  await element.updateComplete;
  return { question, ids };
}

describe('xAPI', () => {
  afterEach(() => lrs('mode', { mode: 'up' }));

  it('loads nothing of it on a page that does not ask for it', async () => {
    const page = await openFrame('/tests/browser/pages/embed-blank.html');
    await waitUntil(
      () => page.document.querySelector('twitch-quiz')?.shadowRoot?.querySelector('legend'),
      'the quiz did not render',
    );
    const files = page.frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(files.filter((name) => name.includes('xapi'))).to.deep.equal([]);
    expect((await page.frame.contentWindow!.indexedDB.databases()).map((db) => db.name)).not.to.include(
      'twitch-course-xapi',
    );
    page.remove();
  });

  it('sends a lesson and a quiz taken through an outage to the LRS: every statement once, in order, valid', async function () {
    this.timeout(90000);
    const endpoint = await lrs<string>('reset');
    const page = await openFrame('/tests/browser/pages/embed-xapi.html');
    const win = page.frame.contentWindow! as Window & { recorded: string[] };
    const store = uniqueStore();
    let asked = 0;
    /** The host's markup: the course inside an element that names the LRS and the learner. */
    const addCourse = () => {
      const host = Object.assign(page.document.createElement('section'), {
        // The host's callback; a real one would fetch a short-lived token from its own server.
        xapiAuth: async () => (asked++, AUTH),
      });
      host.setAttribute('xapi-endpoint', endpoint!);
      host.setAttribute('xapi-actor', JSON.stringify(ACTOR));
      for (const tag of ['twitch-lesson', 'twitch-quiz']) {
        const element = page.document.createElement(tag);
        element.setAttribute(tag === 'twitch-lesson' ? 'lesson' : 'quiz', LESSON);
        element.setAttribute('store', store);
        host.append(element);
      }
      page.document.body.append(host);
    };
    addCourse();
    await untilStored(1, 'initialized');

    // The lesson, slide by slide, to its end.
    const lessonElement = page.document.querySelector<TwitchLesson>('twitch-lesson')!;
    await waitUntil(() => shadow(page, 'twitch-lesson').querySelector('.slide h2'), 'the lesson did not render');
    for (let slide = 1; slide <= lesson.slides.length; slide++) {
      click(page, 'twitch-lesson', '[part~="button-next"]');
      await lessonElement.updateComplete;
    }
    await untilStored(1 + lesson.slides.length, 'the lesson');

    // The first answers reach the LRS as they are given.
    await waitUntil(() => shadow(page, 'twitch-quiz').querySelector('legend'), 'the quiz did not render');
    const answers = [await answer(page, true)];
    await untilStored(2 + lesson.slides.length, 'the first answer');

    // Offline: answers wait on the device. Back online, the LRS answers 503 for a while.
    await lrs('mode', { mode: 'unavailable' });
    await lrs('offline', { ms: 3000 });
    await waitUntil(() => !win.navigator.onLine, 'the page did not go offline');
    answers.push(await answer(page, false), await answer(page, true));
    await waitUntil(() => win.navigator.onLine, 'the page did not come back online', { timeout: 10000 });
    answers.push(await answer(page, true));
    expect(await storedCount(), 'statements stored while the LRS was out of reach').to.equal(2 + lesson.slides.length);
    await waitUntil(
      async () =>
        (await everythingStored(win.indexedDB)).split('http://adlnet.gov/expapi/verbs/answered').length - 1 === 3,
      'the answers given offline did not wait on the device',
    );
    expect(await everythingStored(win.indexedDB), 'credentials kept on the device').not.to.include(AUTH.slice(6));

    // The LRS is back: what waited arrives on the next try, then the rest of the quiz.
    await lrs('mode', { mode: 'up' });
    await untilStored(5 + lesson.slides.length, 'the answers that waited');
    while (answers.length < quiz.questions.length) answers.push(await answer(page, true));
    const quizEnd = 2 + lesson.slides.length + quiz.questions.length;
    await untilStored(quizEnd, 'the quiz');

    // Leaving the page ends the session; the next visit opens a new one.
    await page.reload();
    addCourse();
    await untilStored(quizEnd + 2, 'the end of the visit and the next');
    expect(win.recorded, 'errors on the host page').to.deep.equal([]);
    page.remove();
    await untilStored(quizEnd + 3, 'the end of the second visit');

    const { stored, repeats } = await received();
    expect(
      stored.flatMap((statement) => statement.problems.map((problem) => `${statement.verb}: ${problem}`)),
      'xAPI validation',
    ).to.deep.equal([]);
    expect(repeats, 'statements sent again after they were stored').to.deep.equal([]);
    expect(stored.map((statement) => statement.verb)).to.deep.equal([
      'initialized',
      ...lesson.slides.slice(1).map(() => 'experienced'),
      'completed',
      ...quiz.questions.map(() => 'answered'),
      'passed',
      'terminated',
      'initialized',
      'terminated',
    ]);
    const course = new URL('/dist/embed/', location.href).href;
    const lessonId = `${course}lessons/${LESSON}`;
    const quizId = `${course}quizzes/${LESSON}`;
    expect(stored.map((statement) => statement.object)).to.deep.equal([
      course,
      ...lesson.slides.slice(1).map((_, i) => `${lessonId}/slides/${i + 2}`),
      lessonId,
      ...answers.map(({ question }) => `${quizId}/questions/${question.id}`),
      quizId,
      course,
      course,
      course,
    ]);
    const answered = stored.filter((statement) => statement.verb === 'answered');
    expect(answered.map((statement) => statement.result)).to.deep.equal(
      answers.map(({ ids }, i) => ({ success: i !== 1, response: [...ids].sort().join('[,]') })),
    );
    const timestamps = stored.map((statement) => Date.parse(statement.timestamp));
    expect(timestamps, 'timestamps in the order the statements were made').to.deep.equal(
      [...timestamps].sort((a, b) => a - b),
    );
    expect(
      stored.every(
        (statement) => statement.matchesUrl && statement.authorization === AUTH && statement.version === '1.0.3',
      ),
    ).to.be.true;
    expect(asked).to.be.greaterThan(0);
  });
});
