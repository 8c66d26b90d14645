import { expect, fixture, html, waitUntil } from './testing.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/twitch-course.js';
import '../../src/elements/twitch-help.js';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import type { TwitchCourse } from '../../src/elements/twitch-course.js';
import type { TwitchHelp } from '../../src/elements/twitch-help.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import type { TwitchQuiz } from '../../src/elements/twitch-quiz.js';
import { deepActiveElement, loaded, part, uniqueStore } from './helpers.js';

const DEFAULT_NUMBERS = '999 (UK), 112 (EU) or 911 (US and Canada)';

/** All the text an element shows, including that of the elements inside its shadow tree. */
function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const numbersShown = (root: Element) => {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    node.querySelectorAll('.emergency-number').forEach((span) => found.push(span.textContent ?? ''));
    node.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
  };
  walk(root.shadowRoot!);
  return found;
};

const helpPanelIn = (host: Element, selector: string) =>
  waitUntil(
    () => host.shadowRoot!.querySelector<TwitchHelp>(selector)?.shadowRoot?.querySelector('.tier'),
    `${selector} did not render`,
  ).then(() => host.shadowRoot!.querySelector<TwitchHelp>(selector)!);

async function renderLesson(lesson: string, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><twitch-lesson lesson="${lesson}" store="${uniqueStore()}" ${attributes}></twitch-lesson></div>`,
  );
  const el = wrapper.querySelector<TwitchLesson>('twitch-lesson')!;
  await loaded(el);
  return el;
}

describe('<twitch-help>', () => {
  it('lists where to turn, most urgent first, with the default emergency numbers', async () => {
    const el = await fixture<TwitchHelp>(html`<twitch-help></twitch-help>`);
    const headings = [...el.shadowRoot!.querySelectorAll('.tier h3')].map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(headings.length).to.be.at.least(3);
    expect(headings[0]).to.equal(`Call ${DEFAULT_NUMBERS} now`);
    expect(deepText(el)).to.match(/rhabdomyolysis/i);
    expect(el.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('shows a host’s own emergency number instead, and escapes it', async () => {
    const el = await fixture<TwitchHelp>(html`<twitch-help emergency-number="000 <b>"></twitch-help>`);
    expect(numbersShown(el).every((shown) => shown === '000 <b>')).to.be.true;
    expect(el.shadowRoot!.querySelector('b')).to.be.null;
    el.emergencyNumber = '000';
    await el.updateComplete;
    expect(deepText(el))
      .to.contain('Call 000 now')
      .and.not.match(/999|911|112/);
  });
});

describe('a lesson embedded alone', () => {
  it('ends with the help panel after its last slide, and the panel passes axe', async () => {
    const el = await renderLesson('workouts');
    expect(el.shadowRoot!.querySelector('.lesson-end')).to.be.null;
    part(el, '.slide').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    const panel = await helpPanelIn(el, '.lesson-end twitch-help');
    const section = part(el, '.lesson-end');
    // After the slide and its controls: the last thing the lesson shows before its sources.
    expect(part(el, 'nav').compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(deepText(panel))
      .to.contain(`Call ${DEFAULT_NUMBERS} now`)
      .and.match(/FAST/)
      .and.match(/dark, brown/i);
    await expect(el).to.be.accessible();
  });

  it('replaces the default numbers everywhere with emergency-number="000"', async () => {
    const lesson = await loadLesson('how-serious');
    const el = await renderLesson('how-serious', 'emergency-number="000"');
    const seen: string[] = [];
    for (let i = 0; i < lesson.slides.length; i++) {
      el.goTo(i);
      await el.updateComplete;
      seen.push(...numbersShown(el));
      expect(deepText(el.shadowRoot!), `slide ${i + 1}`).not.to.contain(DEFAULT_NUMBERS);
    }
    await helpPanelIn(el, '.lesson-end twitch-help');
    seen.push(...numbersShown(el));
    expect(deepText(el.shadowRoot!)).not.to.match(/\b(999|911|112)\b/);
    expect(seen.length, 'places that name the number').to.be.at.least(3);
    expect(new Set(seen)).to.deep.equal(new Set(['000']));
  });
});

describe('"Get help now"', () => {
  it('opens from a lesson in one step as a modal dialog that Escape closes, focus going back', async () => {
    const el = await renderLesson('what-is-twitching', 'emergency-number="000"');
    const button = part<HTMLButtonElement>(el, '[part~="button-help"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const panel = await helpPanelIn(el, 'twitch-help[modal]');
    const dialog = await waitUntil(
      () => panel.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'),
      'the dialog did not open',
    ).then(() => part<HTMLDialogElement>(panel, 'dialog'));
    expect(dialog.matches(':modal')).to.be.true;
    expect(deepText(panel)).to.contain('Call 000 now');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(button);
  });

  it('opens from a quiz, and a quiz shows the host’s number in every question, option and explanation', async () => {
    const quiz = await loadQuiz('how-serious');
    const wrapper = await fixture(
      `<div><twitch-quiz quiz="how-serious" store="${uniqueStore()}" emergency-number="000"></twitch-quiz></div>`,
    );
    const el = wrapper.querySelector<TwitchQuiz>('twitch-quiz')!;
    await loaded(el);
    for (let i = 0; i < quiz.questions.length; i++) {
      part<HTMLInputElement>(el, 'input').click();
      await el.updateComplete;
      part<HTMLButtonElement>(el, '[part~="button-check"]').click();
      await el.updateComplete;
      expect(deepText(el.shadowRoot!), `question ${i + 1}`).not.to.contain(DEFAULT_NUMBERS);
      part<HTMLButtonElement>(el, '[part~="button-next"]').click();
      await el.updateComplete;
    }
    part<HTMLButtonElement>(el, '[part~="button-help"]').click();
    const panel = await helpPanelIn(el, 'twitch-help[modal]');
    await waitUntil(() => panel.shadowRoot!.querySelector('dialog[open]'), 'the dialog did not open');
    expect(deepText(panel)).to.contain('Call 000 now');
  });

  it('opens from the course overview, and the course hands its number to every lesson and quiz', async () => {
    const el = await fixture<TwitchCourse>(
      html`<twitch-course store=${uniqueStore()} emergency-number="000"></twitch-course>`,
    );
    await loaded(el);
    part<HTMLButtonElement>(el, '[part~="button-help"]').click();
    const panel = await helpPanelIn(el, 'twitch-help[modal]');
    const dialog = await waitUntil(
      () => panel.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'),
      'the dialog did not open',
    ).then(() => part<HTMLDialogElement>(panel, 'dialog'));
    expect(deepText(panel)).to.contain('Call 000 now');
    part<HTMLButtonElement>(panel, '[part~="button-close"]').click();
    expect(dialog.open).to.be.false;
    part<HTMLButtonElement>(el, '.card .button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('twitch-lesson'));
    expect(el.shadowRoot!.querySelector('twitch-lesson')!.emergencyNumber).to.equal('000');
  });
});

describe('review sign-off', () => {
  it('shows the host’s reviewer and date on lessons and quizzes, and nothing when they are absent', async () => {
    const plain = await renderLesson('workouts');
    expect(plain.shadowRoot!.querySelector('[part="signed-off"]')).to.be.null;
    const signed = await renderLesson(
      'workouts',
      'reviewed-by="Physiotherapy team, Example Clinic" reviewed-on="2026-11-25"',
    );
    expect(part(signed, '[part="signed-off"]').textContent).to.equal(
      'Reviewed by Physiotherapy team, Example Clinic on 25 November 2026.',
    );
    const wrapper = await fixture(
      `<div><twitch-quiz quiz="workouts" store="${uniqueStore()}" reviewed-by="Dr Example"></twitch-quiz></div>`,
    );
    const quiz = wrapper.querySelector<TwitchQuiz>('twitch-quiz')!;
    await loaded(quiz);
    expect(part(quiz, '[part="signed-off"]').textContent).to.equal('Reviewed by Dr Example.');
  });
});
