import { expect, fixture, html, waitUntil } from './testing.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import checks from 'virtual:twitch-course/check';
import '../../src/elements/twitch-check.js';
import { allPaths, CHECK_LEVELS, type CheckPath } from '../../src/check/walk.js';
import type { TwitchCheck } from '../../src/elements/twitch-check.js';
import type { TwitchCheckOutcomeEvent } from '../../src/events.js';
import { deepActiveElement, nextEvent, part, text } from './helpers.js';

const check = checks.en!;
const paths = allPaths(check);
/** The first way through that ends on each level, e.g. the emergency number for trouble breathing. */
const pathTo = Object.fromEntries(
  CHECK_LEVELS.map((level) => [level, paths.find((path) => path.outcome.level === level)!]),
);
/** The longest way through asks every question. */
const everyQuestion = paths.reduce((longest, path) =>
  path.questions.length > longest.questions.length ? path : longest,
);

const render = (number?: string) =>
  fixture<TwitchCheck>(
    number ? html`<twitch-check emergency-number=${number}></twitch-check>` : html`<twitch-check></twitch-check>`,
  );

const heading = (el: TwitchCheck) => text(el, 'h3');
const radios = (el: TwitchCheck) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

/** Answers with the keyboard alone: Tab into the options, Space and arrows to choose, Enter for Next. */
async function answerByKeyboard(el: TwitchCheck, option: number) {
  for (let i = 0; i < 12 && (deepActiveElement() as HTMLInputElement | null)?.type !== 'radio'; i++)
    await sendKeys({ press: 'Tab' });
  expect((deepActiveElement() as HTMLInputElement).type, 'Tab reaches the options').to.equal('radio');
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < option; i++) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(radios(el)[option]!.checked).to.be.true;
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Answers with clicks, for tests about what is shown rather than how it is reached. */
async function answer(el: TwitchCheck, option: number) {
  radios(el)[option]!.click();
  await el.updateComplete;
  part<HTMLButtonElement>(el, '[part~="button-next"]').click();
  await el.updateComplete;
}

async function walk(el: TwitchCheck, path: CheckPath, by = answer) {
  for (const option of path.answers) await by(el, option);
}

/** What a page could keep about the learner, besides the element's own memory. */
async function traces() {
  const databases = (await indexedDB.databases()).map((database) => database.name).sort();
  return {
    databases,
    url: location.href,
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  };
}

describe('<twitch-check>', () => {
  it('starts on the first question, with the disclaimer, and its heading says which question it is', async () => {
    const el = await render();
    expect(el.getAttribute('lang')).to.equal('en');
    expect(heading(el)).to.match(/^Question 1\b/);
    expect(text(el, 'legend')).to.contain(check.questions[0]!.html.replace(/<[^>]+>/g, ''));
    expect(text(el, '[part="disclaimer"]'))
      .to.match(/not a diagnosis/)
      .and.match(/worried, see a doctor/);
    expect(radios(el)).to.have.length(check.questions[0]!.options.length);
    expect(part<HTMLButtonElement>(el, '[part~="button-next"]').disabled).to.be.true;
    expect(el.shadowRoot!.querySelector('[part~="button-back"]'), 'nothing to go back to').to.be.null;
    await expect(el).to.be.accessible();
  });

  for (const level of CHECK_LEVELS) {
    it(`reaches "${level}" by keyboard alone, says only that in its event, and keeps nothing`, async () => {
      const before = await traces();
      const el = await render();
      const path = pathTo[level]!;
      const events: TwitchCheckOutcomeEvent[] = [];
      document.addEventListener('twitch-check-outcome', (event) => events.push(event));
      for (const [i, option] of path.answers.entries()) {
        await answerByKeyboard(el, option);
        if (i < path.answers.length - 1) {
          expect(heading(el), 'focus follows to the new question').to.match(new RegExp(`^Question ${i + 2}\\b`));
          expect(deepActiveElement()).to.equal(part(el, 'h3'));
          expect(location.href, 'nothing in the URL').to.equal(before.url);
        }
      }
      expect(deepActiveElement(), 'focus on the outcome').to.equal(part(el, 'h3'));
      expect(part(el, `[part~="outcome-${level}"]`)).to.exist;
      expect(text(el, '[part="disclaimer"]')).to.match(/not a diagnosis/);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.outcome).to.equal(level);
      expect(
        Object.keys(event!).filter((key) => key !== 'isTrusted'),
        'the event’s own fields',
      ).to.deep.equal(['outcome']);
      expect(Object.getOwnPropertyNames(Object.getPrototypeOf(event)), 'no getters on the event').to.deep.equal([
        'constructor',
      ]);
      expect(event!.bubbles && event!.composed).to.be.true;
      expect(await traces(), 'no database, storage, cookie or URL change').to.deep.equal(before);
    });
  }

  it('shows the host’s emergency number, and no other', async () => {
    const el = await render('000');
    await walk(el, pathTo.emergency!);
    expect(heading(el)).to.equal('Call 000 now');
    const spreading = paths.find((path) => path.outcome.id === 'spreading-weakness')!;
    part<HTMLButtonElement>(el, '[part~="button-restart"]').click();
    await el.updateComplete;
    await walk(el, spreading);
    expect(text(el, '[part~="outcome"]')).to.contain('call 000');
    expect(el.shadowRoot!.textContent).not.to.match(/\b(999|112|911)\b/);
  });

  it('passes axe on every question', async () => {
    const el = await render();
    for (const option of everyQuestion.answers) {
      await expect(el, heading(el)).to.be.accessible();
      await answer(el, option);
    }
  });

  it('passes axe on every outcome', async () => {
    const el = await render();
    for (const path of paths) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-restart"]')?.click();
      await el.updateComplete;
      await walk(el, path);
      expect(part(el, '[part~="outcome"]').getAttribute('part')).to.contain(path.outcome.level);
      await expect(el, path.outcome.id).to.be.accessible();
    }
  }).timeout(30000);

  it('goes back to the question before with its answer still chosen, and Start again clears everything', async () => {
    const el = await render();
    const path = pathTo['book-doctor']!;
    await walk(el, path);
    part<HTMLButtonElement>(el, '[part~="button-back"]').click();
    await el.updateComplete;
    expect(heading(el)).to.match(new RegExp(`^Question ${path.answers.length}\\b`));
    expect(deepActiveElement()).to.equal(part(el, 'h3'));
    expect(radios(el)[path.answers.at(-1)!]!.checked).to.be.true;
    part<HTMLButtonElement>(el, '[part~="button-back"]').click();
    await el.updateComplete;
    expect(heading(el)).to.match(new RegExp(`^Question ${path.answers.length - 1}\\b`));
    part<HTMLButtonElement>(el, '[part~="button-restart"]').click();
    await el.updateComplete;
    expect(heading(el)).to.match(/^Question 1\b/);
    expect(deepActiveElement()).to.equal(part(el, 'h3'));
    expect(radios(el).some((radio) => radio.checked)).to.be.false;
    expect(el.shadowRoot!.querySelector('[part~="button-back"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the slide that explains an outcome in place, unless the page shows it itself', async () => {
    const el = await render();
    await walk(el, pathTo['care-today']!);
    const { lesson, slide, slideHeading } = pathTo['care-today']!.outcome;
    const link = part<HTMLButtonElement>(el, '[part="slide-link"]');
    expect(link.textContent).to.contain(slideHeading).and.contain(`slide ${slide}`);
    setTimeout(() => link.click());
    const request = await nextEvent(el, 'twitch-slide-request');
    expect([request.lesson, request.slide]).to.deep.equal([lesson, slide - 1]);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="slide"] h4'), 'the slide was not shown');
    expect(text(el, '[part="slide"] h4')).to.equal(slideHeading);
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    link.click();
    await el.updateComplete;
    expect(part(el, '[part="slide"]').hidden).to.be.true;

    const host = (event: Event) => event.preventDefault();
    el.addEventListener('twitch-slide-request', host);
    link.click();
    await el.updateComplete;
    el.removeEventListener('twitch-slide-request', host);
    expect(part(el, '[part="slide"]').hidden, 'the page showed it').to.be.true;
    expect(link.getAttribute('aria-expanded')).to.equal('false');
  });

  it('reflows at 320 px, the slide shown in place included', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><twitch-check></twitch-check></div>`);
    const el = wrapper.querySelector('twitch-check')!;
    const fits = () => {
      const base = part(el, '.base');
      expect(base.scrollWidth, heading(el)).to.be.at.most(base.clientWidth);
    };
    fits();
    for (const option of pathTo['care-today']!.answers) {
      await answer(el, option);
      fits();
    }
    part<HTMLButtonElement>(el, '[part="slide-link"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="slide"] h4'), 'the slide was not shown');
    fits();
  });

  it('prints the outcome without its buttons', async () => {
    const el = await render();
    await walk(el, pathTo.harmless!);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      part<HTMLButtonElement>(el, '[part~="button-print"]').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(part(el, '.actions')).display).to.equal('none');
      expect(getComputedStyle(part(el, '[part~="button-help"]')).display).to.equal('none');
      expect(getComputedStyle(part(el, '[part~="outcome"]')).display).to.equal('block');
      expect(getComputedStyle(part(el, '[part="disclaimer"]')).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
