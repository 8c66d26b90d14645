import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/twitch-lesson.js';
import { loadLesson } from '../../src/course-content.js';
import { humanDate } from '../../src/strings.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import { deepActiveElement, loaded, nextEvent, part, text, uniqueStore } from './helpers.js';

const LESSON = 'what-is-twitching';
const lesson = await loadLesson(LESSON);
const total = lesson.slides.length;

async function renderLesson(store = uniqueStore()) {
  const el = await fixture<TwitchLesson>(html`<twitch-lesson lesson=${LESSON} store=${store}></twitch-lesson>`);
  await loaded(el);
  return el;
}

describe('<twitch-lesson>', () => {
  it('shows the first slide with its heading, counter and sources', async () => {
    const el = await renderLesson();
    expect(text(el, '.slide h2')).to.equal(lesson.slides[0]!.heading);
    expect(text(el, '[part="counter"]')).to.equal(`Slide 1 of ${total}`);
    expect(part<HTMLButtonElement>(el, '[part~="button-previous"]').disabled).to.be.true;
    expect(text(el, 'details summary')).to.contain(`Last reviewed ${humanDate(lesson.reviewed)} · next review due ${humanDate(lesson.nextReview)}`);
    expect(el.shadowRoot!.querySelectorAll('details li a')).to.have.length(lesson.sources.length);
  });

  it('moves with Next and Previous, focuses the new heading and announces the slide', async () => {
    const el = await renderLesson();
    setTimeout(() => part(el, '[part~="button-next"]').click());
    const event = await nextEvent(el, 'twitch-slide-change');
    expect(event.slide).to.equal(1);
    await el.updateComplete;
    expect(text(el, '.slide h2')).to.equal(lesson.slides[1]!.heading);
    expect(deepActiveElement()).to.equal(part(el, '.slide h2'));
    expect(text(el, '[role="status"]')).to.equal(`Slide 2 of ${total}`);
    part(el, '[part~="button-previous"]').click();
    await el.updateComplete;
    expect(text(el, '[part="counter"]')).to.equal(`Slide 1 of ${total}`);
  });

  it('moves with the arrow keys, Home and End while it has focus', async () => {
    const el = await renderLesson();
    part(el, '[part~="button-next"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.slide).to.equal(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(el, '[part="counter"]')).to.equal(`Slide ${total} of ${total}`);
    expect(text(el, '[part~="button-next"]')).to.equal('Finish lesson');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.slide).to.equal(total - 2);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.slide).to.equal(0);
  });

  it('fires twitch-lesson-complete from the last slide', async () => {
    const el = await renderLesson();
    el.goTo(total - 1);
    await el.updateComplete;
    setTimeout(() => part(el, '[part~="button-next"]').click());
    const event = await nextEvent(el, 'twitch-lesson-complete');
    expect(event.lesson).to.equal(LESSON);
  });

  it('opens a glossary definition in place', async () => {
    const el = await renderLesson();
    const slideWithTerm = lesson.slides.findIndex((slide) => slide.html.includes('class="term"'));
    expect(slideWithTerm, 'the lesson links at least one glossary term').to.be.greaterThan(-1);
    el.goTo(slideWithTerm);
    await el.updateComplete;
    const term = part(el, 'button.term');
    const definition = part(el, `#${term.getAttribute('aria-controls')}`);
    expect(definition.hidden).to.be.true;
    term.focus();
    await sendKeys({ press: 'Enter' });
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.be.false;
    expect(definition.textContent).to.contain(':');
  });

  it('keeps the slide when a new element opens the same lesson', async () => {
    const store = uniqueStore();
    const first = await renderLesson(store);
    first.goTo(2);
    await first.updateComplete;
    const second = await renderLesson(store);
    expect(second.slide).to.equal(2);
  });

  it('says so when the lesson does not exist', async () => {
    const el = await fixture<TwitchLesson>(html`<twitch-lesson lesson="no-such-lesson" store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.contain('There is no lesson called "no-such-lesson"');
  });

  it('has no accessibility violations on any slide', async () => {
    const el = await renderLesson();
    for (let i = 0; i < total; i++) {
      el.goTo(i);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<twitch-lesson> on a touch screen', () => {
  it('moves to the next slide on a swipe to the left and back on a swipe to the right', async () => {
    const el = await renderLesson();
    const box = part(el, '.slide').getBoundingClientRect();
    const y = box.top + box.height / 2;
    await executeServerCommand('swipe', { from: { x: box.right - 20, y }, to: { x: box.left + 20, y } });
    await waitUntil(() => el.slide === 1, 'a swipe to the left did not move to slide 2');
    await executeServerCommand('swipe', { from: { x: box.left + 20, y }, to: { x: box.right - 20, y } });
    await waitUntil(() => el.slide === 0, 'a swipe to the right did not move back');
  });

  it('does not move on a vertical swipe', async () => {
    const el = await renderLesson();
    const box = part(el, '.slide').getBoundingClientRect();
    const x = box.left + box.width / 2;
    await executeServerCommand('swipe', { from: { x, y: box.top + 10 }, to: { x: x - 30, y: box.bottom - 10 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.slide).to.equal(0);
  });
});

describe('<twitch-lesson> on a page in another language', () => {
  it('says its text is English, unless the page sets a language on it', async () => {
    const wrapper = await fixture(html`<div lang="de">
      <twitch-lesson lesson="what-is-twitching" store=${uniqueStore()}></twitch-lesson>
      <twitch-lesson lang="en-GB" lesson="what-is-twitching" store=${uniqueStore()}></twitch-lesson>
    </div>`);
    const [plain, chosen] = [...wrapper.querySelectorAll('twitch-lesson')];
    expect(plain!.lang).to.equal('en');
    expect(chosen!.lang).to.equal('en-GB');
  });
});
