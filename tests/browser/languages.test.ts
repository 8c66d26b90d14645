// The course in Spanish: every element follows its `lang`, loads that language's content and sentences, and keeps the
// learner's progress when the language changes, since both languages share lesson, question and option ids.
import { sendKeys } from '@web/test-runner-commands';
import { lessonsIn } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-course.js';
import '../../src/elements/twitch-lesson.js';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchCourse } from '../../src/elements/twitch-course.js';
import { lessonKey, quizKey } from '../../src/progress/schema.js';
import {
  answerByKeyboard,
  deepActiveElement,
  loaded,
  part,
  storedRecord,
  tabTo,
  text,
  uniqueStore,
} from './helpers.js';
import { expect, fixture, html, waitUntil } from './testing.js';

const spanish = lessonsIn.es!;
const english = lessonsIn.en!;

const inner = (course: TwitchCourse, tag: 'twitch-lesson' | 'twitch-quiz') =>
  waitUntil(
    () => course.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('.base:not([aria-busy])'),
    `${tag} did not load`,
  ).then(() => course.shadowRoot!.querySelector<HTMLElement>(tag)!);

describe('the course in Spanish', () => {
  it('is a second language with the same lessons and ids, in other words', () => {
    expect(spanish.map((lesson) => lesson.id)).to.deep.equal(english.map((lesson) => lesson.id));
    expect(spanish.map((lesson) => lesson.title)).not.to.deep.equal(english.map((lesson) => lesson.title));
  });

  it('takes a Spanish lesson and quiz by keyboard, then switches to English and finds its progress', async function () {
    this.timeout(60000);
    const store = uniqueStore();
    const course = await fixture<TwitchCourse>(html`<twitch-course lang="es" store=${store}></twitch-course>`);
    const [first] = spanish;
    const lesson = await loadLesson(first!.id, 'es');
    const quiz = await loadQuiz(first!.id, 'es');

    await waitUntil(() => course.shadowRoot!.querySelector('[part="lesson-card"]'), 'no overview');
    expect(text(course, '[part="lesson-card"] h3')).to.contain(first!.title);
    await tabTo((active) => active.getAttribute('aria-label') === `Empezar: ${first!.title}`, 'Empezar');
    await sendKeys({ press: 'Enter' });

    const lessonEl = await inner(course, 'twitch-lesson');
    expect(lessonEl.lang).to.equal('es');
    expect(text(lessonEl, 'h2')).to.equal(lesson.slides[0]!.heading);
    await waitUntil(() => deepActiveElement()?.localName === 'h2', 'the slide heading did not take focus');
    for (let slide = 1; slide < lesson.slides.length; slide++) {
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(
        () => text(lessonEl, '[part="counter"]') === `Diapositiva ${slide + 1} de ${lesson.slides.length}`,
        `diapositiva ${slide + 1}`,
      );
    }
    const finish = await tabTo((active) => active.getAttribute('part')?.includes('button-next') ?? false, 'finish');
    expect(finish.textContent!.trim()).to.equal('Terminar la lección');
    await sendKeys({ press: 'Enter' });

    const quizEl = await inner(course, 'twitch-quiz');
    await tabTo((active) => active.localName === 'input', 'the first option');
    for (const question of quiz.questions) {
      expect(text(quizEl, 'legend')).to.contain(question.prompt);
      const right = new Set(question.options.filter((option) => option.correct).map((option) => option.id));
      await answerByKeyboard(quizEl, question.kind, right);
      await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="feedback"]'), `no feedback for ${question.id}`);
      expect(text(quizEl, '.verdict')).to.equal('Correcto.');
      await waitUntil(() => deepActiveElement()?.getAttribute('part')?.includes('button-next'), 'Next');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !quizEl.shadowRoot!.querySelector('[part="feedback"]'), `stuck on ${question.id}`);
    }
    await waitUntil(() => quizEl.shadowRoot!.querySelector('[part="score"]'), 'no score');
    expect(text(quizEl, '[part="score"]')).to.contain(`Acertó ${quiz.questions.length} de ${quiz.questions.length}`);

    // Mid-course, the learner switches to English: the same quiz, in English, with the score kept.
    course.lang = 'en';
    const englishQuiz = await loadQuiz(first!.id, 'en');
    await waitUntil(
      // While the English quiz loads, the element shows its loading frame: no score to read yet.
      () => quizEl.shadowRoot!.querySelector('[part="score"]')?.textContent?.trim().startsWith('You got'),
      'the quiz did not switch to English',
    );
    expect(text(quizEl, '[part="score"]')).to.contain(
      `You got ${englishQuiz.questions.length} of ${englishQuiz.questions.length} right (100%)`,
    );
    await tabTo((active) => active.textContent?.includes('All lessons') ?? false, 'All lessons');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => course.shadowRoot!.querySelector('[part="lesson-card"] h3')?.textContent?.includes(english[0]!.title),
      'the overview is not in English',
    );
    expect(text(course, '[part="lesson-card"]')).to.contain('Quiz best: 100%');

    // What the database holds, read past the store: the ids both languages share.
    expect(await storedRecord(store, lessonKey(first!.id))).to.include({ completed: true });
    expect(await storedRecord(store, quizKey(first!.id))).to.include({ best: 100 });
    await expect(course).to.be.accessible();
  });

  it('writes review dates and the emergency numbers of its language', async () => {
    const el = await fixture(
      html`<twitch-lesson lang="es" lesson="how-serious" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    const sources = part(el, '[part="sources"] summary');
    expect(sources.textContent).to.match(/Última revisión: \d{1,2} de [a-z]+ de \d{4}/);
    const lesson = await loadLesson('how-serious', 'es');
    const last = lesson.slides.length - 1;
    (el as HTMLElement & { slide: number }).slide = last;
    await waitUntil(() => el.shadowRoot!.querySelector('.emergency-number'), 'no emergency number on the slide');
    expect(el.shadowRoot!.querySelector('.emergency-number')!.textContent).to.equal('112 o 911');
    await expect(el).to.be.accessible();
  });

  it('follows the language around it when it has none of its own (es-MX is Spanish), and says which it shows', async () => {
    const page = await fixture(
      html`<div lang="es-MX"><twitch-lesson lesson="what-is-twitching" store=${uniqueStore()}></twitch-lesson></div>`,
    );
    const el = page.querySelector('twitch-lesson')!;
    await loaded(el);
    expect(el.getAttribute('lang')).to.equal('es');
    const spanishLesson = await loadLesson('what-is-twitching', 'es');
    await waitUntil(() => text(el, '[part~="button-next"]') === 'Siguiente', 'the lesson is not in Spanish');
    expect(text(el, 'h2')).to.equal(spanishLesson.slides[0]!.heading);
  });

  it('shows the default language where the course lacks the one asked for', async () => {
    const el = await fixture(
      html`<twitch-lesson lang="fr" lesson="what-is-twitching" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    const englishLesson = await loadLesson('what-is-twitching', 'en');
    expect(text(el, 'h2')).to.equal(englishLesson.slides[0]!.heading);
    expect(text(el, '[part~="button-next"]')).to.equal('Next');
  });
});
