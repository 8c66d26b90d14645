import { expect, waitUntil } from './testing.js';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import { openFrame, storedRecord, uniqueStore } from './helpers.js';

const lesson = await loadLesson('what-is-twitching');
const quiz = await loadQuiz('what-is-twitching');

describe('progress after a real reload', () => {
  it('shows the slide and the answers given before the page was reloaded', async () => {
    const store = uniqueStore();
    const page = await openFrame(`/tests/browser/pages/course.html?store=${store}`);
    const shadow = (tag: string) => page.document.querySelector(tag)?.shadowRoot;
    const ready = () =>
      waitUntil(
        () => shadow('twitch-lesson')?.querySelector('.slide h2') && shadow('twitch-quiz')?.querySelector('legend'),
        'page did not load',
      );
    await ready();

    const next = () => shadow('twitch-lesson')!.querySelector<HTMLElement>('[part~="button-next"]')!.click();
    next();
    await waitUntil(
      () => shadow('twitch-lesson')!.querySelector('.slide h2')!.textContent === lesson.slides[1]!.heading,
    );
    next();
    await waitUntil(
      () => shadow('twitch-lesson')!.querySelector('.slide h2')!.textContent === lesson.slides[2]!.heading,
    );

    for (const question of quiz.questions.slice(0, 2)) {
      const root = shadow('twitch-quiz')!;
      await waitUntil(() => root.querySelector('legend')?.textContent === question.prompt);
      root.querySelector<HTMLElement>(`input[value="${question.options.find((o) => o.correct)!.id}"]`)!.click();
      await waitUntil(() => !root.querySelector<HTMLButtonElement>('[part~="button-check"]')?.disabled);
      root.querySelector<HTMLElement>('[part~="button-check"]')!.click();
      await waitUntil(() => root.querySelector('[part~="button-next"]'));
      root.querySelector<HTMLElement>('[part~="button-next"]')!.click();
    }
    await waitUntil(
      async () =>
        Object.keys(
          ((await storedRecord(store, `quiz:${quiz.lesson}`)) as { answers?: object } | undefined)?.answers ?? {},
        ).length === 2,
      'the second answer was not saved before the reload',
    );

    await page.reload();
    await ready();
    expect(shadow('twitch-lesson')!.querySelector('.slide h2')!.textContent).to.equal(lesson.slides[2]!.heading);
    const root = shadow('twitch-quiz')!;
    expect(root.querySelector('.counter')!.textContent).to.equal(`Question 3 of ${quiz.questions.length}`);
    for (const number of [1, 2]) {
      (page.document.querySelector('twitch-quiz') as HTMLElement & { question?: number }).question = number;
      await waitUntil(() => root.querySelector('legend')?.textContent === quiz.questions[number - 1]!.prompt);
      expect(root.querySelector('[part="feedback"] .verdict')?.textContent, `question ${number}`).to.equal('Right.');
    }
    page.remove();
  });
});
