// The BUILT embed (`npm run build` first) on host pages that enforce Trusted Types.
import { expect, waitUntil } from './testing.js';
import { createStore, get } from 'idb-keyval';
import { openFrame } from './helpers.js';

type Frame = Awaited<ReturnType<typeof openFrame>>;
const STORE = 'embed-trusted-types';
const REFUSED =
  "This content could not be shown. The page's trusted-types directive must allow lit-html and twitch-course.";

const open = (names: string) =>
  openFrame(`/tests/browser/pages/embed-trusted-types.html?trusted-types=${encodeURIComponent(names)}`);
const answersSaved = async () =>
  Object.keys(
    ((await get('quiz:what-is-twitching', createStore(STORE, 'progress'))) as { answers?: object } | undefined)
      ?.answers ?? {},
  ).length;
const shadowOf = (page: Frame, selector: string) => page.document.querySelector(selector)?.shadowRoot ?? null;
const textOf = (page: Frame, selector: string) =>
  shadowOf(page, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const recorded = (page: Frame) => (page.frame.contentWindow as Window & { recorded: string[] }).recorded;

/** The built-in lesson and the host's own render, and an answer is graded and saved, with nothing refused. */
async function useTheCourse(page: Frame) {
  await waitUntil(() => shadowOf(page, 'twitch-lesson')?.querySelector('.slide h2'), 'the lesson did not render', {
    timeout: 5000,
  });
  await waitUntil(() => shadowOf(page, '#own')?.querySelector('.slide h2'), 'the src lesson did not render', {
    timeout: 5000,
  });
  expect(shadowOf(page, '#own')!.querySelector('.slide h2')!.textContent).to.equal('Stretch your calves');
  expect(shadowOf(page, '#own')!.querySelector('.slide p')!.textContent).to.contain('Hold each stretch');
  await waitUntil(() => shadowOf(page, 'twitch-quiz')?.querySelector('legend'), 'the quiz did not render', {
    timeout: 5000,
  });
  const quiz = shadowOf(page, 'twitch-quiz')!;
  // Pages share a store: the quiz opens at the first question not answered yet.
  const before = await answersSaved();
  quiz.querySelector<HTMLElement>('input[name="answer"]')!.click();
  await waitUntil(() => !quiz.querySelector<HTMLButtonElement>('[part~="button-check"]')?.disabled);
  quiz.querySelector<HTMLElement>('[part~="button-check"]')!.click();
  await waitUntil(() => quiz.querySelector('[part="feedback"]'), 'the answer was not graded');
  await waitUntil(async () => (await answersSaved()) === before + 1, 'the answer was not saved');
  expect(recorded(page), 'errors and refusals on the host page').to.deep.equal([]);
}

describe('the built embed under Trusted Types', () => {
  it("works under require-trusted-types-for 'script' with trusted-types lit-html dompurify twitch-course", async () => {
    const page = await open('lit-html dompurify twitch-course');
    await useTheCourse(page);
    page.remove();
  });

  it('needs no policy names but lit-html and twitch-course', async () => {
    const page = await open('lit-html twitch-course');
    await useTheCourse(page);
    page.remove();
  });

  it("shows a one-line error in each element, not a blank box, under trusted-types 'none'", async () => {
    const page = await open("'none'");
    await waitUntil(
      () => textOf(page, 'twitch-lesson') === REFUSED,
      `the lesson shows "${textOf(page, 'twitch-lesson')}"`,
      { timeout: 5000 },
    );
    expect(textOf(page, 'twitch-quiz')).to.equal(REFUSED);
    expect(textOf(page, '#own')).to.equal(REFUSED);
    page.remove();
  });

  it('shows the error in a src lesson when only Lit’s policy is allowed, and the built-in lesson still works', async () => {
    const page = await open('lit-html');
    await waitUntil(() => textOf(page, '#own') === REFUSED, `the src lesson shows "${textOf(page, '#own')}"`, {
      timeout: 5000,
    });
    expect(shadowOf(page, 'twitch-lesson')!.querySelector('.slide h2')).to.exist;
    page.remove();
  });
});
