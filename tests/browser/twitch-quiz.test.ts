import { expect, fixture, html, waitUntil } from './testing.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { lessons } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-quiz.js';
import type { Question } from '../../src/content/types.js';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { darkTokens } from '../../src/styles/dark-theme.js';
import { deepActiveElement, loaded, nextEvent, part, text, uniqueStore } from './helpers.js';

const QUIZ = 'what-is-twitching';
const quiz = await loadQuiz(QUIZ);
const total = quiz.questions.length;
const rightIds = (question: Question) => question.options.filter((o) => o.correct).map((o) => o.id);
const wrongId = (question: Question) => question.options.find((o) => !o.correct)?.id;

async function renderQuiz(store = uniqueStore(), theme = '') {
  const el = await fixture<TwitchQuiz>(
    html`<twitch-quiz quiz=${QUIZ} store=${store} theme=${ifDefined(theme || undefined)}></twitch-quiz>`,
  );
  await loaded(el);
  return el;
}

/** Opens a question by its number in the whole quiz, as a host page or the course does. */
async function open(el: TwitchQuiz, number: number) {
  el.question = number;
  await el.updateComplete;
}

/** Relative luminance of a computed `rgb()` colour, 0 (black) to 1 (white). */
function luminance(color: string) {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Chooses options by clicking their labels, then checks the answer. */
async function answer(el: TwitchQuiz, optionIds: string[]) {
  for (const id of optionIds) part(el, `input[value="${id}"]`).click();
  await el.updateComplete;
  part(el, '[part~="button-check"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="feedback"]'), 'the answer was not checked');
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
    let multiple = 0;
    for (let i = 0; i < total; i++) {
      await open(el, i + 1);
      expect(text(el, 'legend')).to.equal(quiz.questions[i]!.prompt);
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
    await waitUntil(() => el.shadowRoot!.querySelector('[part="feedback"]'), 'Enter did not check the answer');
    await waitUntil(
      () => deepActiveElement() === el.shadowRoot!.querySelector('[part~="button-next"]'),
      'focus did not move to Next',
    );
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
    await waitUntil(
      () => el.shadowRoot!.querySelector('.counter')?.textContent?.trim() === `Question 1 of ${total}`,
      'the quiz did not start again',
    );
    expect(el.shadowRoot!.querySelector('[part="feedback"]')).to.not.exist;
  });

  it('shows where the learner is as "Question 3 of 9" and one progress bar, with no stops on the way to the answers', async () => {
    const el = await renderQuiz();
    await answer(el, rightIds(quiz.questions[0]!));
    await next(el);
    await answer(el, rightIds(quiz.questions[1]!));
    await next(el);
    expect(text(el, '.counter')).to.equal(`Question 3 of ${total}`);
    const bars = el.shadowRoot!.querySelectorAll('.bar');
    expect(bars).to.have.length(1);
    expect(Number(bars[0]!.querySelector('.bar-fill')!.getAttribute('width'))).to.be.closeTo((3 / total) * 100, 0.1);
    // Before the first answer, a keyboard user passes the "Get help now" button and nothing else.
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, a, [tabindex]')];
    const before = stops.slice(0, stops.indexOf(part(el, 'input[name="answer"]')));
    expect(before.map((stop) => stop.getAttribute('part'))).to.deep.equal(['button button-help']);
    await expect(el).to.be.accessible();
  });

  it('opens the question its question property names, and tells which one is shown', async () => {
    const el = await renderQuiz();
    expect(el.question).to.equal(1);
    await open(el, 4);
    expect(text(el, 'legend')).to.equal(quiz.questions[3]!.prompt);
    expect(text(el, '.counter')).to.equal(`Question 4 of ${total}`);
    await answer(el, rightIds(quiz.questions[3]!));
    await next(el);
    expect(el.question).to.equal(5);
    await open(el, 4);
    expect(el.shadowRoot!.querySelector('[part="feedback"]'), 'an answered question shows its feedback again').to.exist;
  });

  it('keeps its counter and "Get help now" on one row of a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // As wide as on the standalone page, whose margins are 16 px each side.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px">
        <twitch-quiz quiz=${QUIZ} store=${uniqueStore()}></twitch-quiz>
      </div>`);
      const el = wrapper.querySelector('twitch-quiz')!;
      await loaded(el);
      const counter = part(el, '.counter').getBoundingClientRect();
      const help = part(el, '[part~="button-help"]').getBoundingClientRect();
      expect(help.top, 'the help button wrapped under the counter').to.be.below(counter.bottom);
      expect(counter.top).to.be.below(help.bottom);
      expect(help.right).to.be.at.most(wrapper.getBoundingClientRect().right);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('names the quiz ids there are when its quiz attribute is mistyped', async () => {
    const el = await fixture<TwitchQuiz>(
      html`<twitch-quiz quiz="whats-twitching" store=${uniqueStore()}></twitch-quiz>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no message');
    const message = text(el, '[role="alert"]');
    expect(message).to.contain('"whats-twitching"');
    for (const lesson of lessons) expect(message).to.contain(lesson.id);
    expect(message).not.to.match(/is not a lesson id|fetch|import/i);
    await expect(el).to.be.accessible();
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

  it('numbers questions as in the whole quiz while reviewing, and says review answers leave the best score alone', async () => {
    const el = await renderQuiz();
    await finishWithMistakes(el, new Set([1, 3]));
    part(el, '[part~="button-review"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('legend'));
    expect(text(el, '.counter')).to.equal(`Question 2 of ${total}`);
    expect(text(el, '.review-note')).to.equal(
      'Reviewing what you missed: 1 of 2. These answers do not change your best score.',
    );
    await expect(el).to.be.accessible();
    await answer(el, rightIds(quiz.questions[1]!));
    await next(el);
    expect(text(el, '.counter')).to.equal(`Question 4 of ${total}`);
    expect(text(el, '.review-note')).to.contain('2 of 2');
    await answer(el, rightIds(quiz.questions[3]!));
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="score"]'));
    expect(text(el, '.results')).to.contain('Review answers do not change your best score.');
    const listed = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.answers li')].map((item) => item.value);
    expect(listed, 'the results list the reviewed questions by their own numbers').to.deep.equal([2, 4]);
  });

  it('lists every question on the results screen, right or missed, with no buttons to jump between them', async () => {
    const el = await renderQuiz();
    await finishWithMistakes(el, new Set([2]));
    const items = [...el.shadowRoot!.querySelectorAll('.answers li')];
    expect(items).to.have.length(total);
    expect(items[2]!.textContent).to.contain(quiz.questions[2]!.prompt).and.contain('Missed');
    expect(items[0]!.textContent).to.contain('Right');
    expect(el.shadowRoot!.querySelectorAll('.answers button')).to.have.length(0);
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
        orders.push(
          [...quizEl.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="answer"]')]
            .map((input) => input.value)
            .join(''),
        );
        if (i < quiz.questions.length - 1) await open(quizEl, i + 2);
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

describe('<twitch-quiz> passed', () => {
  async function pass(el: TwitchQuiz) {
    for (const question of quiz.questions) {
      await answer(el, rightIds(question));
      await next(el);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="score"]'));
  }

  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('celebrates a pass: a check mark draws in, and the learner is told what they now know', async () => {
    const lesson = await loadLesson(QUIZ);
    const el = await renderQuiz();
    await pass(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="celebration"] li'), 'no key points');
    const celebration = part(el, '[part="celebration"]');
    expect(celebration.textContent).to.contain(lesson.title);
    for (const point of lesson.keyPoints) expect(celebration.textContent!.replace(/\s+/g, ' ')).to.contain(point);
    const drawing = el
      .shadowRoot!.getAnimations()
      .filter((animation) => celebration.contains((animation.effect as KeyframeEffect).target as Node));
    expect(drawing.length, 'the check mark is drawn in').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('holds the check mark still under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderQuiz();
    await pass(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="celebration"]'));
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    const tick = part(el, '[part="celebration"] svg path');
    expect(getComputedStyle(tick).strokeDashoffset, 'the check mark is drawn in full').to.equal('0px');
  });

  it('does not celebrate a score below the pass mark', async () => {
    const el = await renderQuiz();
    for (const question of quiz.questions) {
      await answer(el, [wrongId(question) ?? rightIds(question)[0]!]);
      await next(el);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="score"]'));
    expect(el.shadowRoot!.querySelector('[part="celebration"]')).to.be.null;
  });
});

describe('<twitch-quiz> dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const surface = (el: TwitchQuiz) => getComputedStyle(part(el, '.base')).backgroundColor;

  it('is light unless asked: theme="dark" draws it dark, with themed radios, and stays accessible', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await renderQuiz();
    expect(luminance(surface(light)), 'a dark device alone changes nothing').to.be.above(0.9);
    const el = await renderQuiz(uniqueStore(), 'dark');
    expect(luminance(surface(el))).to.be.below(0.05);
    expect(getComputedStyle(part(el, 'input[name="answer"]')).accentColor).to.equal(
      getComputedStyle(part(el, '[part~="button-check"]')).backgroundColor,
    );
    expect(getComputedStyle(part(el, '.base')).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    await answer(el, [wrongId(quiz.questions[0]!)!]);
    await expect(el).to.be.accessible();
    await next(el);
    for (const question of quiz.questions.slice(1)) {
      await answer(el, rightIds(question));
      await next(el);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="celebration"] li'), 'no celebration');
    await expect(el).to.be.accessible();
  });

  it('follows the device with theme="auto"', async () => {
    const el = await renderQuiz(uniqueStore(), 'auto');
    expect(luminance(surface(el))).to.be.above(0.9);
    await emulateMedia({ colorScheme: 'dark' });
    expect(luminance(surface(el))).to.be.below(0.05);
    const [r, g, b] = darkTokens['--twitch-color-surface']!.match(/[0-9a-f]{2}/gi)!.map((hex) => parseInt(hex, 16));
    expect(surface(el)).to.equal(`rgb(${r}, ${g}, ${b})`);
  });
});
