import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/twitch-quiz.js';
import type { Question } from '../../src/content/types.js';
import { loadQuiz } from '../../src/course-content.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { deepActiveElement, loaded, nextEvent, part, text, uniqueStore } from './helpers.js';

const QUIZ = 'what-is-twitching';
const quiz = await loadQuiz(QUIZ);
const total = quiz.questions.length;
const rightIds = (question: Question) => question.options.filter((o) => o.correct).map((o) => o.id);
const wrongId = (question: Question) => question.options.find((o) => !o.correct)?.id;

async function renderQuiz(store = uniqueStore()) {
  const el = await fixture<TwitchQuiz>(html`<twitch-quiz quiz=${QUIZ} store=${store}></twitch-quiz>`);
  await loaded(el);
  return el;
}

/** Chooses options by clicking their labels, then checks the answer. */
async function answer(el: TwitchQuiz, optionIds: string[]) {
  for (const id of optionIds) part(el, `input[value="${id}"]`).click();
  await el.updateComplete;
  part(el, '[part~="button-check"]').click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

async function next(el: TwitchQuiz) {
  part(el, '[part~="button-next"]').click();
  await el.updateComplete;
}

describe('<twitch-quiz>', () => {
  it('shows the first question with its options and a disabled Check button', async () => {
    const el = await renderQuiz();
    expect(text(el, '.counter')).to.equal(`Question 1 of ${total}`);
    expect(text(el, 'legend')).to.equal(quiz.questions[0]!.prompt);
    expect(el.shadowRoot!.querySelectorAll('input[name="answer"]')).to.have.length(quiz.questions[0]!.options.length);
    expect(part<HTMLButtonElement>(el, '[part~="button-check"]').disabled).to.be.true;
  });

  it('says "Select all that apply." once on every multiple-select question, and on no other', async () => {
    const el = await renderQuiz();
    const dots = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.dot');
    expect(dots).to.have.length(total);
    let multiple = 0;
    for (const [i, dot] of [...dots].entries()) {
      dot.click();
      await el.updateComplete;
      const checkboxes = el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length > 0;
      if (checkboxes) multiple++;
      const said = text(el, 'fieldset').split('Select all that apply').length - 1;
      expect(said, `question ${i + 1}: ${text(el, 'legend')}`).to.equal(checkboxes ? 1 : 0);
    }
    expect(multiple, 'the quiz has multiple-select questions to check').to.be.greaterThan(0);
  });

  it('grades a right answer and shows the explanation', async () => {
    const el = await renderQuiz();
    const question = quiz.questions[0]!;
    setTimeout(() => answer(el, rightIds(question)));
    const event = await nextEvent(el, 'twitch-answer');
    expect(event.correct).to.be.true;
    await el.updateComplete;
    expect(text(el, '[part="feedback"] .verdict')).to.equal('Right.');
    expect(part(el, '[part="feedback"]').innerHTML).to.contain(question.explanationHtml);
    expect(text(el, '[part="feedback"]')).to.contain(`slide ${question.slide}`);
    expect(part(el, '[role="status"]').contains(part(el, '[part="feedback"]'))).to.be.true;
  });

  it('grades a wrong answer and marks the right option in words, not colour alone', async () => {
    const el = await renderQuiz();
    const question = quiz.questions[0]!;
    await answer(el, [wrongId(question)!]);
    expect(text(el, '[part="feedback"] .verdict')).to.equal('Not quite.');
    expect(text(el, '.option.correct')).to.contain('Right answer');
    expect(text(el, '.option.chosen-wrong')).to.contain('Your answer');
    expect(text(el, '.dot.wrong')).to.contain('1');
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await renderQuiz();
    part(el, 'input[name="answer"]').focus();
    const question = quiz.questions[0]!;
    // Space picks the focused option; for radios, arrows move between them.
    if (question.kind === 'multiple') await sendKeys({ press: 'Space' });
    else {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
    }
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.shadowRoot!.querySelector('[part="feedback"]')).to.exist;
    expect(deepActiveElement()).to.equal(part(el, '[part~="button-next"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '.counter')).to.equal(`Question 2 of ${total}`);
    expect(deepActiveElement()?.localName).to.equal('input');
  });

  it('shows the score at the end and keeps the best one after a retry', async () => {
    const el = await renderQuiz();
    const submitted = nextEvent(el, 'twitch-quiz-submit');
    for (const [i, question] of quiz.questions.entries()) {
      await answer(el, i === 0 ? [wrongId(question)!] : rightIds(question));
      await next(el);
    }
    const expected = Math.round(((total - 1) / total) * 100);
    expect((await submitted).percent).to.equal(expected);
    expect(text(el, '[part="score"]')).to.equal(`You got ${total - 1} of ${total} right (${expected}%).`);
    await expect(el).to.be.accessible();
    part(el, '[part~="button-retry"]').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el, '.counter')).to.equal(`Question 1 of ${total}`);
    expect(el.shadowRoot!.querySelector('[part="feedback"]')).to.not.exist;
  });

  it('has no accessibility violations while asking and after feedback', async () => {
    const el = await renderQuiz();
    await expect(el).to.be.accessible();
    await answer(el, rightIds(quiz.questions[0]!));
    await expect(el).to.be.accessible();
  });
});

describe('<twitch-quiz> attempts', () => {
  async function finishWithMistakes(el: TwitchQuiz, wrongQuestions: Set<number>) {
    for (const [i, question] of quiz.questions.entries()) {
      await answer(el, wrongQuestions.has(i) ? [wrongId(question)!] : rightIds(question));
      await next(el);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="score"]'));
  }

  it('reviews only the missed questions, then keeps the best full score', async () => {
    const el = await renderQuiz();
    await finishWithMistakes(el, new Set([1, 3]));
    const full = Math.round(((total - 2) / total) * 100);
    expect(text(el, '[part~="button-review"]')).to.equal('Review what you missed (2)');
    part(el, '[part~="button-review"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('legend'));
    expect(text(el, '.counter')).to.equal('Review: question 1 of 2');
    expect(text(el, 'legend')).to.equal(quiz.questions[1]!.prompt);
    await answer(el, rightIds(quiz.questions[1]!));
    await next(el);
    expect(text(el, 'legend')).to.equal(quiz.questions[3]!.prompt);
    await answer(el, rightIds(quiz.questions[3]!));
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="score"]'));
    expect(text(el, '[part="score"]')).to.equal('You got 2 of the 2 questions you missed before right.');
    expect(text(el, '.results .muted')).to.equal(`Your best score: ${full}%.`);
    expect(el.shadowRoot!.querySelector('[part~="button-review"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('shuffles options on a retry, and a reload keeps the order of the attempt', async () => {
    const store = uniqueStore();
    const el = await renderQuiz(store);
    await finishWithMistakes(el, new Set());
    const written = quiz.questions.map((question) => question.options.map((o) => o.id).join(''));
    part(el, '[part~="button-retry"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('legend'));
    const shown = async (quizEl: TwitchQuiz) => {
      const orders: string[] = [];
      for (const [i, question] of quiz.questions.entries()) {
        await waitUntil(() => text(quizEl, 'legend') === question.prompt);
        orders.push([...quizEl.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="answer"]')].map((input) => input.value).join(''));
        if (i < quiz.questions.length - 1) {
          (quizEl.shadowRoot!.querySelectorAll<HTMLElement>('.dot')[i + 1]!).click();
          await quizEl.updateComplete;
        }
      }
      return orders;
    };
    const retryOrder = await shown(el);
    expect(retryOrder, 'a retry shows some options in a new order').to.not.deep.equal(written);
    el.remove();
    const again = await renderQuiz(store);
    expect(await shown(again), 'the same attempt keeps its order').to.deep.equal(retryOrder);
  });
});
