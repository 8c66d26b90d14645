import { expect, fixture, html, waitUntil } from './testing.js';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/twitch-lesson.js';
import { loadLesson } from '../../src/course-content.js';
import { humanDate, strings } from '../../src/strings.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import type { TwitchProgressEvent } from '../../src/events.js';
import { lessonKey, type LessonProgress } from '../../src/progress/schema.js';
import { lessonProgressSchema } from '../../src/progress/validation.js';
import { progressStore } from '../../src/progress/store.js';
import { deepActiveElement, loaded, nextEvent, part, text, uniqueStore } from './helpers.js';

const LESSON = 'what-is-twitching';
const lesson = await loadLesson(LESSON);
const total = lesson.slides.length;
const OTHER_LESSON = 'lactic-acid';
const otherLesson = await loadLesson(OTHER_LESSON);

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
    expect(text(el, 'details summary')).to.contain(
      `Last reviewed ${humanDate(lesson.reviewed)} · next review due ${humanDate(lesson.nextReview)}`,
    );
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
    expect(el.slide).to.equal(2);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(el, '[part="counter"]')).to.equal(`Slide ${total} of ${total}`);
    expect(text(el, '[part~="button-next"]')).to.equal('Finish lesson');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.slide).to.equal(total - 1);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.slide).to.equal(1);
  });

  it('leaves the arrow keys to the "Get help now" dialog while it is open', async () => {
    const el = await renderLesson();
    part(el, '[part~="button-help"]').click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('twitch-help')?.shadowRoot?.querySelector('dialog[open]'),
      'the dialog did not open',
    );
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.slide).to.equal(1);
    await sendKeys({ press: 'Escape' });
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
    const term = part(el, '.term');
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
    expect(second.slide).to.equal(3);
  });

  it('says so when the lesson does not exist', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson lesson="no-such-lesson" store=${uniqueStore()}></twitch-lesson>`,
    );
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
    await waitUntil(() => el.slide === 2, 'a swipe to the left did not move to slide 2');
    await executeServerCommand('swipe', { from: { x: box.left + 20, y }, to: { x: box.right - 20, y } });
    await waitUntil(() => el.slide === 1, 'a swipe to the right did not move back');
  });

  it('does not move on a vertical swipe', async () => {
    const el = await renderLesson();
    const box = part(el, '.slide').getBoundingClientRect();
    const x = box.left + box.width / 2;
    await executeServerCommand('swipe', { from: { x, y: box.top + 10 }, to: { x: x - 30, y: box.bottom - 10 } });
    // The swipe command returns once the touch events have been handled; a move would have been rendered by now.
    await el.updateComplete;
    expect(el.slide).to.equal(1);
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

/** The slide of the lesson whose body holds this text, 0-based. */
const slideWith = (fragment: string) => lesson.slides.findIndex((slide) => slide.html.includes(fragment));

/** The glossary term on the slide with this text, opened. */
async function openTerm(el: TwitchLesson, termText: string) {
  el.goTo(slideWith(`>${termText}</`));
  await el.updateComplete;
  const term = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.term')].find(
    (candidate) => candidate.textContent === termText,
  )!;
  term.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return { term, definition: part(el, `#${term.getAttribute('aria-controls')}`) };
}

/** The boxes of the text right after an element, up to the end of its text node. */
function textAfter(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element.nextSibling!);
  return [...range.getClientRects()];
}

describe('<twitch-lesson> glossary terms', () => {
  it('opens a definition inside the sentence: the text after it goes on on the same line', async () => {
    const el = await renderLesson();
    const { term, definition } = await openTerm(el, 'fasciculation');
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.be.false;
    const lastLine = [...definition.getClientRects()].at(-1)!;
    const after = textAfter(definition)[0]!;
    expect(after.top, 'the text after the definition starts a new line').to.be.within(lastLine.top, lastLine.bottom);
    expect(after.left).to.be.closeTo(lastLine.right, 2);
    await expect(el).to.be.accessible();
  });

  it('lets a term of several words in an evidence note wrap like the words around it on a 360 px screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <twitch-lesson lesson=${LESSON} store=${uniqueStore()}></twitch-lesson>
    </div>`);
    const el = wrapper.querySelector('twitch-lesson')!;
    await loaded(el);
    el.goTo(slideWith('>Benign fasciculation syndrome</'));
    await el.updateComplete;
    const term = [...el.shadowRoot!.querySelectorAll('.callout .term')].find(
      (candidate) => candidate.textContent === 'Benign fasciculation syndrome',
    )!;
    const before = document.createRange();
    before.selectNodeContents(term.previousSibling!);
    const lines = [...term.getClientRects()];
    expect(lines.length, 'the term wraps over lines as words do').to.be.greaterThan(1);
    expect(lines[0]!.top, 'the term starts on a line of its own').to.be.closeTo(
      [...before.getClientRects()].at(-1)!.top,
      2,
    );
  });

  it('closes a definition with Escape and keeps focus on its term', async () => {
    const el = await renderLesson();
    const { term, definition } = await openTerm(el, 'fasciculation');
    await sendKeys({ press: 'Escape' });
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.be.true;
    expect(deepActiveElement()).to.equal(term);
  });

  it('opens and closes a definition with Space as well as Enter', async () => {
    const el = await renderLesson();
    const { term, definition } = await openTerm(el, 'fasciculation');
    await sendKeys({ press: 'Space' });
    expect(definition.hidden).to.be.true;
    await sendKeys({ press: 'Space' });
    expect(definition.hidden).to.be.false;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<twitch-lesson> progress', () => {
  /** Every twitch-progress event of the lesson, from before it is put on the page. */
  function recordProgress() {
    const events: TwitchProgressEvent[] = [];
    const listener = (event: TwitchProgressEvent) => event.key === lessonKey(LESSON) && events.push(event);
    document.addEventListener('twitch-progress', listener);
    return { events, stop: () => document.removeEventListener('twitch-progress', listener) };
  }

  it('records nothing when a page with the lesson opens, only once the learner moves', async () => {
    const progress = recordProgress();
    try {
      const el = await renderLesson();
      part(el, '[part~="button-next"]').click();
      await waitUntil(() => progress.events.length > 0, 'no progress was recorded for a move');
      const first = progress.events[0]!.record as LessonProgress;
      expect(first.slide, 'the first record is of the move, not of opening the page').to.equal(1);
      expect(first.seen).to.deep.equal([0, 1]);
    } finally {
      progress.stop();
    }
  });

  it('shows the slide a deep link names (slide="3") but counts it only once the learner moves on from it', async () => {
    const progress = recordProgress();
    try {
      const el = await fixture<TwitchLesson>(
        html`<twitch-lesson lesson=${LESSON} slide="3" store=${uniqueStore()}></twitch-lesson>`,
      );
      await loaded(el);
      expect(text(el, '[part="counter"]')).to.equal(`Slide 3 of ${total}`);
      part(el, '[part~="button-next"]').click();
      await waitUntil(() => progress.events.length > 0, 'no progress was recorded for a move');
      expect(progress.events[0]!.record).to.include({ slide: 3 });
      expect((progress.events[0]!.record as LessonProgress).seen).to.deep.equal([2, 3]);
    } finally {
      progress.stop();
    }
  });

  it('resumes at the saved slide, and records the finish of the lesson', async () => {
    const store = uniqueStore();
    await progressStore(store).update(lessonKey(LESSON), lessonProgressSchema, (p) => ({
      ...p,
      slide: total - 1,
      seen: [0, total - 1],
    }));
    const el = await renderLesson(store);
    expect(text(el, '[part="counter"]')).to.equal(`Slide ${total} of ${total}`);
    setTimeout(() => part(el, '[part~="button-next"]').click());
    const saved = await nextEvent(el, 'twitch-progress');
    expect(saved.record).to.include({ completed: true, slide: total - 1 });
  });
});

describe('<twitch-lesson> properties', () => {
  it('has a 1-based slide property that works both ways, as frameworks set it', async () => {
    const el = document.createElement('twitch-lesson');
    // React 19, Vue and Preact set properties, in any order, maybe before the element is on the page.
    Object.assign(el, { slide: 3, store: uniqueStore(), lesson: LESSON });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.equal(`Slide 3 of ${total}`);
    expect(el.slide).to.equal(3);
    el.slide = 5;
    await el.updateComplete;
    expect(text(el, '.slide h2')).to.equal(lesson.slides[4]!.heading);
    el.goTo(1);
    await el.updateComplete;
    expect(el.slide, 'slide says where the learner is').to.equal(2);
    el.slide = 99;
    await el.updateComplete;
    expect(el.slide).to.equal(total);
    el.setAttribute('slide', '2');
    await el.updateComplete;
    expect(el.slide).to.equal(2);
  });

  it('gives every attribute a property of the same name', async () => {
    const el = await renderLesson();
    const attributes = (el.constructor as typeof HTMLElement & { observedAttributes: string[] }).observedAttributes;
    const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    expect(attributes.filter((name) => !(camel(name) in el))).to.deep.equal([]);
  });

  it('does not carry "finished" over to another lesson', async () => {
    const el = await renderLesson();
    el.goTo(total - 1);
    await el.updateComplete;
    part(el, '[part~="button-next"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.done')).to.exist;
    el.lesson = OTHER_LESSON;
    await waitUntil(
      () => el.shadowRoot!.querySelector('.lesson-title')?.textContent === otherLesson.title,
      'the other lesson did not open',
    );
    el.goTo(otherLesson.slides.length - 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.done')).to.be.null;
  });
});

describe('<twitch-lesson> end', () => {
  /** The end of a lesson loads with its last slide. */
  const recapShown = (el: TwitchLesson) =>
    waitUntil(() => el.shadowRoot!.querySelector('[part="recap"]'), 'the key points did not show');

  async function finishOnPage(withQuiz: boolean) {
    const store = uniqueStore();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <twitch-lesson lesson=${LESSON} store=${store}></twitch-lesson>
      <p style="height: 1500px">The host's own text.</p>
      ${withQuiz ? html`<twitch-quiz quiz=${LESSON} store=${store}></twitch-quiz>` : ''}
      <p style="height: 1500px">More of the host's text.</p>
    </div>`);
    const el = wrapper.querySelector('twitch-lesson')!;
    await loaded(el);
    el.goTo(total - 1);
    await el.updateComplete;
    part(el, '[part~="button-next"]').click();
    await recapShown(el);
    await el.updateComplete;
    return { el, quiz: wrapper.querySelector('twitch-quiz') };
  }

  it('recaps the key points after the last slide, before the learner finishes or moves on to a quiz', async () => {
    const el = await renderLesson();
    expect(el.shadowRoot!.querySelector('[part="recap"]'), 'no recap before the last slide').to.be.null;
    el.goTo(total - 1);
    await recapShown(el);
    const recap = part(el, '[part="recap"]');
    expect([...recap.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(lesson.keyPoints);
    expect(
      recap.compareDocumentPosition(part(el, 'nav')) & Node.DOCUMENT_POSITION_FOLLOWING,
      'the recap comes before Finish',
    ).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('ends a lesson embedded alone on its key points, the help panel and a way to the quiz on the page', async () => {
    const { el, quiz } = await finishOnPage(true);
    expect(text(el, '.done')).to.contain(strings.lessonDone);
    expect(el.shadowRoot!.querySelectorAll('[part="recap"] li')).to.have.length(lesson.keyPoints.length);
    expect(el.shadowRoot!.querySelector('.lesson-end twitch-help')).to.exist;
    await expect(el).to.be.accessible();
    part(el, '[part~="button-quiz"]').click();
    expect(document.activeElement, 'the quiz has focus').to.equal(quiz);
    expect(quiz!.getBoundingClientRect().top, 'the quiz is scrolled to').to.be.closeTo(0, 1);
  });

  it('offers no quiz when the page has none', async () => {
    const { el } = await finishOnPage(false);
    expect(text(el, '.done')).to.contain(strings.lessonDone);
    expect(el.shadowRoot!.querySelector('[part~="button-quiz"]')).to.be.null;
  });
});

describe('<twitch-lesson> motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const slideAnimations = (el: TwitchLesson) =>
    el
      .shadowRoot!.getAnimations()
      .filter((animation) => part(el, '.slide').contains((animation.effect as KeyframeEffect).target as Node));

  it('animates a change of slide', async () => {
    const el = await renderLesson();
    part(el, '[part~="button-next"]').click();
    await el.updateComplete;
    expect(slideAnimations(el).length).to.be.greaterThan(0);
  });

  it('holds still under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderLesson();
    part(el, '[part~="button-next"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });
});

describe('<twitch-lesson> on a 360 px screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps Previous and Next in one place, however long the slide', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await renderLesson();
    const byLength = lesson.slides
      .map((slide, i) => ({ i, length: slide.html.length }))
      .sort((a, b) => a.length - b.length);
    const navTopOn = async (index: number) => {
      el.goTo(index);
      await el.updateComplete;
      window.scrollTo(0, 0);
      return part(el, 'nav').getBoundingClientRect().top;
    };
    const short = await navTopOn(byLength[0]!.i);
    const long = await navTopOn(byLength.at(-1)!.i);
    expect(long, 'the nav moved with the length of the slide').to.be.closeTo(short, 1);
    expect(short + part(el, 'nav').offsetHeight, 'the nav is on the screen').to.be.at.most(640);
    await expect(el).to.be.accessible();
  });
});
