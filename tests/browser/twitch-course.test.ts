import { expect, fixture, html, waitUntil } from './testing.js';
import type { LitElement } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/twitch-course.js';
import { lessons } from 'virtual:twitch-course/index';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchCourse } from '../../src/elements/twitch-course.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { lessonKey, quizKey } from '../../src/progress/schema.js';
import { lessonProgressSchema, quizProgressSchema } from '../../src/progress/validation.js';
import { progressStore } from '../../src/progress/store.js';
import { answerByKeyboard, deepActiveElement, openFrame, part, tabTo, text, uniqueStore } from './helpers.js';

async function renderCourse(routing: 'hash' | 'none' = 'none', store = uniqueStore()) {
  const el = await fixture<TwitchCourse>(html`<twitch-course store=${store} routing=${routing}></twitch-course>`);
  await waitUntil(
    () => el.shadowRoot!.querySelector('.base:not([aria-busy]), .toolbar'),
    'twitch-course did not finish loading',
  );
  return el;
}

const inner = <T extends Element>(el: TwitchCourse, tag: 'twitch-lesson' | 'twitch-quiz') =>
  waitUntil(
    () => el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('.base:not([aria-busy])'),
    `${tag} did not load`,
  ).then(() => el.shadowRoot!.querySelector(tag) as unknown as T);

/** Resolves once the quiz has taken the chosen answer and offers to check it. */
const canCheck = (quizEl: Element) =>
  waitUntil(() => !part<HTMLButtonElement>(quizEl, '[part~="button-check"]').disabled, 'Check answer stayed disabled');

/** Every lesson seen to the end and its quiz taken, with the best scores given in course order. */
async function finishedWith(store: string, bests: number[]) {
  const records = progressStore(store);
  for (const [i, summary] of lessons.entries()) {
    const seen = [...Array(summary.slideCount).keys()];
    await records.update(lessonKey(summary.id), lessonProgressSchema, (p) => ({
      ...p,
      slide: seen.length - 1,
      seen,
      completed: true,
    }));
    await records.update(quizKey(summary.id), quizProgressSchema, (p) => ({ ...p, best: bests[i]! }));
  }
}

describe('<twitch-course>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists every lesson with its length and a Start button', async () => {
    const el = await renderCourse();
    const cards = [...el.shadowRoot!.querySelectorAll('[part="lesson-card"]')];
    expect(cards).to.have.length(lessons.length);
    expect(cards.map((card) => card.querySelector('h3')!.textContent)).to.deep.equal(
      lessons.map((lesson) => lesson.title),
    );
    expect(cards[0]!.querySelector('button')!.getAttribute('aria-label')).to.equal(`Start: ${lessons[0]!.title}`);
    expect(text(el, '.disclaimer')).to.contain('does not replace advice from a doctor');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone, and shows the real scores at the end', async function () {
    this.timeout(180000);
    const el = await renderCourse();
    for (const [index, summary] of lessons.entries()) {
      const lesson = await loadLesson(summary.id);
      const quiz = await loadQuiz(summary.id);
      if (index === 0) {
        await tabTo(
          (active) => active.getAttribute('aria-label') === `Start: ${summary.title}`,
          `Start for ${summary.id}`,
        );
        await sendKeys({ press: 'Enter' });
      }
      const lessonEl = await inner<HTMLElement>(el, 'twitch-lesson');
      await waitUntil(() => deepActiveElement()?.localName === 'h2', 'the slide heading did not take focus');
      for (let slide = 1; slide < lesson.slides.length; slide++) {
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(
          () => text(lessonEl, '[part="counter"]') === `Slide ${slide + 1} of ${lesson.slides.length}`,
          `slide ${slide + 1}`,
        );
      }
      expect(text(lessonEl, '[part="counter"]')).to.equal(`Slide ${lesson.slides.length} of ${lesson.slides.length}`);
      await tabTo((active) => active.getAttribute('part')?.includes('button-next') ?? false, 'Finish lesson');
      await sendKeys({ press: 'Enter' });

      const quizEl = await inner<HTMLElement>(el, 'twitch-quiz');
      await tabTo((active) => active.localName === 'input', 'the first option');
      // Get one answer wrong in the first lesson, so the scores differ but every quiz passes.
      for (const [q, question] of quiz.questions.entries()) {
        const wrong = index === 0 && q === 1;
        const wanted = new Set(
          question.options
            .filter((option) => option.correct !== wrong)
            .map((option) => option.id)
            .slice(0, wrong ? 1 : undefined),
        );
        await answerByKeyboard(quizEl, question.kind, wanted);
        await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="feedback"]'), `no feedback for ${question.id}`);
        expect(text(quizEl, '.verdict')).to.equal(wrong ? 'Not quite.' : 'Right.');
        await waitUntil(
          () => deepActiveElement()?.getAttribute('part')?.includes('button-next'),
          'focus did not move to Next',
        );
        await sendKeys({ press: 'Enter' });
        await waitUntil(
          () => !quizEl.shadowRoot!.querySelector('[part="feedback"]'),
          `the quiz stayed on ${question.id}`,
        );
      }
      await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="score"]'), 'no score');
      const last = index === lessons.length - 1;
      const onward = last ? 'See your course results' : `Next lesson: ${lessons[index + 1]!.title}`;
      const button = await tabTo((active) => active.textContent?.includes(onward) ?? false, onward);
      expect(button.localName).to.equal('button');
      await sendKeys({ press: 'Enter' });
    }
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'no completion screen');
    const firstQuiz = await loadQuiz(lessons[0]!.id);
    const firstScore = Math.round(((firstQuiz.questions.length - 1) / firstQuiz.questions.length) * 100);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.have.length(lessons.length);
    expect(rows[0]).to.equal(`${lessons[0]!.title} ${firstScore}% Passed`);
    for (const [i, row] of rows.slice(1).entries()) expect(row).to.equal(`${lessons[i + 1]!.title} 100% Passed`);
    expect(text(el, '.complete p')).to.contain(`Lessons done: ${lessons.length} of ${lessons.length}.`);
    expect(el.shadowRoot!.querySelectorAll('.summary h4')).to.have.length(lessons.length);
    const redFlags = el.shadowRoot!.querySelector('.summary twitch-help');
    await waitUntil(() => redFlags?.shadowRoot?.querySelector('.tier'), 'the summary does not repeat the red flags');
    await expect(el).to.be.accessible();
  });

  it('counts a lesson done only once its quiz reaches the pass mark', async () => {
    const store = uniqueStore();
    await finishedWith(
      store,
      lessons.map(() => 56),
    );
    const el = await renderCourse('none', store);
    const cards = [...el.shadowRoot!.querySelectorAll('[part="lesson-card"]')];
    for (const card of cards) {
      const title = card.querySelector('h3')!.textContent;
      expect(card.querySelector('.number')!.textContent, title!).not.to.equal('✓');
      expect(card.textContent!.replace(/\s+/g, ' '), title!)
        .to.contain('Quiz not passed yet: try again')
        .and.not.contain('Done');
    }
    expect(el.shadowRoot!.textContent, 'the course is not finished').not.to.contain('See your course results');
    await expect(el).to.be.accessible();
    part(el, `[aria-label="Try the quiz again: ${lessons[1]!.title}"]`).click();
    const quizEl = await inner<HTMLElement>(el, 'twitch-quiz');
    expect(quizEl.getAttribute('quiz')).to.equal(lessons[1]!.id);
  });

  it('takes its pass mark from the pass-mark attribute', async () => {
    const store = uniqueStore();
    await finishedWith(
      store,
      lessons.map(() => 56),
    );
    const el = await fixture<TwitchCourse>(html`<twitch-course store=${store} pass-mark="50"></twitch-course>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="continue"]'), 'no banner');
    expect(text(el, '[part="continue"]')).to.contain('See your course results');
    expect([...el.shadowRoot!.querySelectorAll('.number')].map((number) => number.textContent)).to.deep.equal(
      lessons.map(() => '✓'),
    );
    part(el, '[part="continue"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'no completion screen');
    expect(text(el, '.complete h2')).to.equal('You finished the course');
  });

  it('says what is left when the completion screen is reached early', async () => {
    const store = uniqueStore();
    await finishedWith(
      store,
      lessons.map((_, i) => (i === 0 ? 90 : 56)),
    );
    await progressStore(store).update(lessonKey(lessons[2]!.id), lessonProgressSchema, (p) => ({
      ...p,
      completed: false,
    }));
    history.replaceState(null, '', '#/complete');
    const el = await renderCourse('hash', store);
    expect(text(el, 'h2')).to.equal('You have not finished the course yet');
    expect(el.shadowRoot!.querySelector('.summary'), 'no course summary to print').to.be.null;
    const left = [...el.shadowRoot!.querySelectorAll('.left li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(left).to.have.length(lessons.length - 1);
    expect(left[0]).to.contain(lessons[1]!.title).and.contain('Pass the quiz: your best is 56%, the pass mark is 80%.');
    expect(left[1]).to.contain(lessons[2]!.title).and.contain('See the lesson to its last slide.');
    await expect(el).to.be.accessible();
    part(el, `.left [aria-label="Try the quiz again: ${lessons[1]!.title}"]`).click();
    await waitUntil(() => location.hash === `#/quiz/${lessons[1]!.id}`, 'the item did not open its quiz');
  });

  it('opens the slide a deep link names, and Back returns to the overview', async () => {
    const lesson = await loadLesson(lessons[1]!.id);
    history.replaceState(null, '', `#/lesson/${lesson.id}/slide/3`);
    const el = await renderCourse('hash');
    const lessonEl = await inner<HTMLElement>(el, 'twitch-lesson');
    await waitUntil(
      () => text(lessonEl, '.slide h2') === lesson.slides[2]!.heading,
      'the deep link did not open slide 3',
    );
    await expect(el).to.be.accessible();

    part(el, '.toolbar button').click(); // All lessons
    await waitUntil(() => location.hash === '#/');
    part(el, `[aria-label="Start: ${lessons[0]!.title}"], [aria-label="Continue: ${lessons[0]!.title}"]`).click();
    await waitUntil(() => location.hash === `#/lesson/${lessons[0]!.id}`);
    history.back();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'), 'Back did not return to the overview');
    expect(location.hash).to.equal('#/');
  });

  it('keeps the address in step with the slide without adding history entries', async () => {
    history.replaceState(null, '', `#/lesson/${lessons[0]!.id}`);
    const el = await renderCourse('hash');
    const lessonEl = await inner<HTMLElement>(el, 'twitch-lesson');
    const before = history.length;
    part(lessonEl, '[part~="button-next"]').click();
    await waitUntil(() => location.hash === `#/lesson/${lessons[0]!.id}/slide/2`);
    expect(history.length).to.equal(before);
  });

  it('offers to continue where the learner left off', async () => {
    const store = uniqueStore();
    const first = await renderCourse('none', store);
    part(first, `[aria-label="Start: ${lessons[2]!.title}"]`).click();
    await inner(first, 'twitch-lesson');
    first.remove();
    const second = await renderCourse('none', store);
    await waitUntil(() => second.shadowRoot!.querySelector('[part="continue"]'), 'no continue banner');
    expect(text(second, '[part="continue"]')).to.contain(lessons[2]!.title);
    part(second, '[part="continue"] button').click();
    const lessonEl = await inner<HTMLElement>(second, 'twitch-lesson');
    expect(lessonEl.getAttribute('lesson')).to.equal(lessons[2]!.id);
  });

  it('takes the learner from a quiz answer back to the slide that teaches it', async () => {
    const quiz = await loadQuiz(lessons[0]!.id);
    const question = quiz.questions[0]!;
    history.replaceState(null, '', `#/quiz/${quiz.lesson}`);
    const el = await renderCourse('hash');
    const quizEl = await inner<HTMLElement>(el, 'twitch-quiz');
    part(quizEl, 'input[name="answer"]').click();
    await canCheck(quizEl);
    part(quizEl, '[part~="button-check"]').click();
    await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="slide-link"]'));
    part(quizEl, '[part="slide-link"]').click();
    const lesson = await loadLesson(quiz.lesson);
    const lessonEl = await inner<HTMLElement>(el, 'twitch-lesson');
    await waitUntil(
      () => text(lessonEl, '.slide h2') === lesson.slides[question.slide - 1]!.heading,
      'not on the slide named',
    );
    expect(location.hash).to.equal(`#/lesson/${quiz.lesson}/slide/${question.slide}`);
  });

  it('introduces the course on the overview: what it teaches, how many lessons, how long in all', async () => {
    const el = await renderCourse();
    const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    const intro = text(el, '[part="intro"]');
    expect(intro).to.contain('What you will learn');
    expect(intro).to.contain(`${lessons.length} lessons`).and.contain(`${minutes} minutes`);
    await expect(el).to.be.accessible();
  });

  it('leads to a lesson’s quiz from its overview card and from the toolbar on any slide', async () => {
    const el = await renderCourse();
    part(el, `[aria-label="Take the quiz: ${lessons[1]!.title}"]`).click();
    const quizEl = await inner<HTMLElement>(el, 'twitch-quiz');
    expect(quizEl.getAttribute('quiz')).to.equal(lessons[1]!.id);
    for (const slide of [1, 3]) {
      part(el, '.toolbar button').click(); // All lessons
      await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'));
      part(el, `[aria-label="Start: ${lessons[2]!.title}"], [aria-label="Continue: ${lessons[2]!.title}"]`).click();
      const lessonEl = await inner<HTMLElement & { goTo(index: number): void }>(el, 'twitch-lesson');
      lessonEl.goTo(slide - 1);
      await waitUntil(() => text(lessonEl, '[part="counter"]').startsWith(`Slide ${slide} of`));
      await expect(el).to.be.accessible();
      const take = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find(
        (b) => b.textContent!.trim() === 'Take the quiz',
      );
      expect(take, `no "Take the quiz" on slide ${slide}`).to.exist;
      take!.click();
      const quiz = await inner<HTMLElement>(el, 'twitch-quiz');
      expect(quiz.getAttribute('quiz')).to.equal(lessons[2]!.id);
    }
  });

  it('after "See slide N of the lesson", "Back to the question" returns to the same question', async () => {
    const quiz = await loadQuiz(lessons[0]!.id);
    history.replaceState(null, '', `#/quiz/${quiz.lesson}`);
    const el = await renderCourse('hash');
    let quizEl = await inner<TwitchQuiz>(el, 'twitch-quiz');
    for (const question of quiz.questions.slice(0, 2)) {
      await waitUntil(() => text(quizEl, 'legend') === question.prompt);
      part(quizEl, 'input[name="answer"]').click();
      await canCheck(quizEl);
      part(quizEl, '[part~="button-check"]').click();
      await waitUntil(() => quizEl.shadowRoot!.querySelector('[part~="button-next"]'));
      if (question === quiz.questions[0]) part(quizEl, '[part~="button-next"]').click();
    }
    part(quizEl, '[part="slide-link"]').click();
    await inner(el, 'twitch-lesson');
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find((b) =>
      b.textContent!.includes('Back to the question'),
    );
    expect(back, 'no way back to the question').to.exist;
    await expect(el).to.be.accessible();
    back!.click();
    quizEl = await inner<TwitchQuiz>(el, 'twitch-quiz');
    await waitUntil(() => text(quizEl, 'legend') === quiz.questions[1]!.prompt, 'not back on question 2');
    expect(text(quizEl, '.counter')).to.equal(`Question 2 of ${quiz.questions.length}`);
    expect(quizEl.shadowRoot!.querySelector('[part="feedback"]'), 'its feedback is shown again').to.exist;
    expect(location.hash).to.equal(`#/quiz/${quiz.lesson}`);
    part(el, '.toolbar button').click(); // All lessons
    await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'));
    part(el, `[aria-label="Start: ${lessons[1]!.title}"]`).click();
    await inner(el, 'twitch-lesson');
    const toolbar = text(el, '[part="toolbar"]');
    expect(toolbar, 'the way back is only for the lesson the learner came from').not.to.contain('Back to the question');
  });

  it('names the view in the document title when routing="hash", and leaves it alone otherwise', async () => {
    document.title = 'Test page';
    const base = document.title;
    const lesson = await loadLesson(lessons[1]!.id);
    history.replaceState(null, '', `#/lesson/${lesson.id}/slide/3`);
    const el = await renderCourse('hash');
    const lessonEl = await inner<HTMLElement>(el, 'twitch-lesson');
    await waitUntil(
      () => document.title === `${lesson.title}, slide 3 of ${lesson.slides.length} – ${base}`,
      `title: ${document.title}`,
    );
    part(lessonEl, '[part~="button-next"]').click();
    await waitUntil(() => document.title.startsWith(`${lesson.title}, slide 4 of`), `title: ${document.title}`);
    history.pushState(null, '', `#/quiz/${lesson.id}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(() => document.title === `Quiz: ${lesson.title} – ${base}`, `title: ${document.title}`);
    history.pushState(null, '', '#/complete');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(
      () => document.title === `You have not finished the course yet – ${base}`,
      `title: ${document.title}`,
    );
    part(el, '.actions button').click(); // All lessons
    await waitUntil(() => document.title === base, `title: ${document.title}`);
    el.remove();

    const plain = await renderCourse('none');
    part(plain, `[aria-label="Start: ${lessons[0]!.title}"]`).click();
    const plainLesson = await inner<LitElement>(plain, 'twitch-lesson');
    await Promise.all([plain.updateComplete, plainLesson.updateComplete]);
    expect(document.title).to.equal(base);
  });

  it('prints the course title, the date, the page’s address and every "See a doctor" and emergency box', async () => {
    const store = uniqueStore();
    await finishedWith(
      store,
      lessons.map(() => 100),
    );
    history.replaceState(null, '', '#/complete');
    const el = await renderCourse('hash', store);
    await waitUntil(() => el.shadowRoot!.querySelector('.summary twitch-help'), 'no summary');
    const summary = part(el, '.summary');
    const said = summary.textContent!.replace(/\s+/g, ' ');
    expect(text(el, '.summary h3')).to.contain('Muscle twitching after exercise');
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    expect(said).to.contain(`Printed on ${today} from ${location.href.split('#')[0]}`);
    const all = await Promise.all(lessons.map((lesson) => loadLesson(lesson.id)));
    const count = (kind: string) =>
      all
        .flatMap((lesson) => lesson.slides)
        .reduce(
          (n, slide) => n + (slide.html.match(new RegExp(`class="callout callout-${kind}"`, 'g'))?.length ?? 0),
          0,
        );
    expect(count('doctor')).to.be.greaterThan(0);
    expect(summary.querySelectorAll('.callout-doctor')).to.have.length(count('doctor'));
    expect(summary.querySelectorAll('.callout-emergency')).to.have.length(count('emergency'));
    await expect(el).to.be.accessible();
  });

  it('shows which view it is in as a CSS state, for the page around it', async () => {
    const el = await renderCourse();
    expect(el.matches(':state(overview)')).to.be.true;
    part(el, `[aria-label="Start: ${lessons[0]!.title}"]`).click();
    await inner(el, 'twitch-lesson');
    expect(el.matches(':state(lesson)')).to.be.true;
    expect(el.matches(':state(overview)')).to.be.false;
  });

  it('is accessible in its dark theme, on the overview, in a lesson and in a quiz', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const store = uniqueStore();
      await finishedWith(
        store,
        lessons.map((_, i) => (i === 0 ? 56 : 100)),
      );
      const el = await fixture<TwitchCourse>(html`<twitch-course store=${store} theme="auto"></twitch-course>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'));
      await expect(el).to.be.accessible();
      part(el, `[aria-label="Review: ${lessons[4]!.title}"]`).click();
      await inner(el, 'twitch-lesson');
      await expect(el).to.be.accessible();
      part(el, '.toolbar button').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'));
      part(el, `[aria-label="Try the quiz again: ${lessons[0]!.title}"]`).click();
      const quizEl = await inner<HTMLElement>(el, 'twitch-quiz');
      part(quizEl, 'input[name="answer"]').click();
      await canCheck(quizEl);
      part(quizEl, '[part~="button-check"]').click();
      await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="feedback"]'));
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the way back and on in one row of a 320 px screen, above a lesson and a quiz', async () => {
    for (const hash of [`#/lesson/${lessons[1]!.id}/slide/2`, `#/quiz/${lessons[1]!.id}`]) {
      const page = await openFrame(`/tests/browser/pages/whole-course.html?store=${uniqueStore()}${hash}`, 320);
      const course = () => page.document.querySelector('twitch-course')?.shadowRoot;
      await waitUntil(() => course()?.querySelector('.toolbar button'), 'no toolbar');
      const shown = [...course()!.querySelectorAll('.toolbar > *')].filter(
        (item) => item.getBoundingClientRect().width > 0,
      );
      expect(shown.length, 'the way back and the way on').to.be.at.least(2);
      const tops = shown.map((item) =>
        Math.round(item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2),
      );
      expect(
        Math.max(...tops) - Math.min(...tops),
        `${hash}: ${shown.map((item) => item.textContent!.trim()).join(' | ')}`,
      ).to.be.at.most(2);
      page.remove();
    }
  });

  it('leads to "Should I see a doctor?" from the overview and from the lesson on red flags, with the course’s emergency number', async () => {
    history.replaceState(null, '', '#/');
    const el = await fixture<TwitchCourse>(
      html`<twitch-course store=${uniqueStore()} routing="hash" emergency-number="000"></twitch-course>`,
    );
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="button-check-start"]'),
      'no way to the check on the overview',
    );
    part(el, '[part~="button-check-start"]').click();
    const check = await waitUntil(
      () => el.shadowRoot!.querySelector('twitch-check')?.shadowRoot?.querySelector('fieldset'),
      'the check did not open',
    ).then(() => el.shadowRoot!.querySelector('twitch-check')!);
    expect(check.getAttribute('emergency-number')).to.equal('000');
    expect(location.hash).to.equal('#/check');
    expect(document.title.startsWith('Should I see a doctor?')).to.be.true;
    await expect(el).to.be.accessible();

    part(el, '.toolbar button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="lesson-card"]'));
    history.replaceState(null, '', '#/lesson/how-serious');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await inner(el, 'twitch-lesson');
    part(el, '.toolbar [part~="button-check-start"]').click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('twitch-check'),
      'the lesson on red flags does not lead to the check',
    );
    history.replaceState(null, '', '#/');
  });
});
