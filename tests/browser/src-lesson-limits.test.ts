// A host's own lesson file that asks for more than it may: media from elsewhere, the course's look, another
// lesson's progress, or more slides than a page can parse without stalling.
import { expect, fixture, html, waitUntil } from './testing.js';
import { createStore, get, set } from 'idb-keyval';
import '../../src/elements/twitch-lesson.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import { strings } from '../../src/strings.js';
import { loaded, nextEvent, part, text, uniqueStore } from './helpers.js';

const LESSON = 'what-is-twitching';
const progressOf = (store: string) => createStore(store, 'progress');

describe('media, styles and targets in a src lesson', () => {
  const SRC = '/tests/browser/fixtures/media-lesson.md';
  const slideOf = (el: Element) => part(el, '.slide');
  const attribute = (el: Element, id: string, name: string) =>
    slideOf(el).querySelector(`#${id}`)?.getAttribute(name) ?? null;

  it('loads media only from its own origin, and strips style, part, slot and targets but _blank', async () => {
    const el = await fixture<TwitchLesson>(html`<twitch-lesson src=${SRC} store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(attribute(el, 'here', 'src')).to.equal('/favicon.svg');
    expect(attribute(el, 'elsewhere', 'src')).to.equal(null);
    expect(attribute(el, 'protocol-relative', 'src')).to.equal(null);
    expect(attribute(el, 'srcset', 'srcset')).to.equal(null);
    expect(attribute(el, 'poster', 'poster')).to.equal(null);
    expect(attribute(el, 'background', 'background')).to.equal(null);
    expect(attribute(el, 'svg-image', 'href')).to.equal(null);
    expect(attribute(el, 'masked', 'mask')).to.equal(null);
    expect(attribute(el, 'styled', 'style')).to.equal(null);
    expect(getComputedStyle(slideOf(el).querySelector('#styled')!).color).not.to.equal('rgb(255, 0, 0)');
    expect(attribute(el, 'dressed-up', 'part')).to.equal(null);
    expect(attribute(el, 'dressed-up', 'class')).to.equal(null);
    expect(attribute(el, 'slotted', 'slot')).to.equal(null);
    expect(attribute(el, 'top', 'target')).to.equal(null);
    expect(attribute(el, 'blank', 'target')).to.equal('_blank');
    expect(attribute(el, 'blank', 'rel')?.split(' ')).to.include('noopener');
    // What the course itself writes stays: a doctor box can still be themed.
    el.goTo(1);
    await el.updateComplete;
    expect(part(el, '.callout-doctor').getAttribute('part')).to.equal('callout callout-doctor');
  });

  it('loads media from the origins named in allow-media-from, and follows the property too', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson src=${SRC} allow-media-from="https://cdn.example.org http://127.0.0.1:9" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    expect(attribute(el, 'elsewhere', 'src')).to.equal('http://127.0.0.1:9/photo.png');
    expect(attribute(el, 'srcset', 'srcset')).to.equal('/favicon.svg 1x, http://127.0.0.1:9/photo-2x.png 2x');
    expect(attribute(el, 'poster', 'poster')).to.equal('http://127.0.0.1:9/poster.png');
    expect(attribute(el, 'styled', 'style')).to.equal(null);
    (el as TwitchLesson & { allowMediaFrom: string }).allowMediaFrom = 'http://127.0.0.1:90';
    await waitUntil(
      () => slideOf(el).querySelector('#elsewhere') && attribute(el, 'elsewhere', 'src') === null,
      'the property did not apply',
    );
  });
});

describe('the progress and events of a src lesson', () => {
  it('keeps its own progress even when its id is a built-in lesson’s', async () => {
    const store = uniqueStore();
    const builtIn = { version: 2, slide: 2, seen: [0, 1, 2], completed: false };
    await set(`lesson:${LESSON}`, builtIn, progressOf(store));
    const src = '/tests/browser/fixtures/same-id-lesson.md';
    const el = await fixture<TwitchLesson>(html`<twitch-lesson src=${src} store=${store}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.equal('Slide 1 of 2');
    setTimeout(() => el.goTo(1));
    const progress = await nextEvent(el, 'twitch-progress');
    const key = `lesson:src:${new URL(src, location.href).href}`;
    expect(progress.key).to.equal(key);
    await waitUntil(async () => ((await get(key, progressOf(store))) as { slide?: number } | undefined)?.slide === 1);
    expect(await get(`lesson:${LESSON}`, progressOf(store))).to.deep.equal(builtIn);
  });

  it('names the lesson by its id in twitch-lesson-complete', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson src="/tests/browser/fixtures/clinic-lesson.md" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    el.goTo(1);
    await el.updateComplete;
    setTimeout(() => part(el, '[part~="button-next"]').click());
    expect((await nextEvent(el, 'twitch-lesson-complete')).lesson).to.equal('clinic-stretching');
  });
});

describe('src lessons too large to show', () => {
  const front =
    '---\nid: big\ntitle: Big\nsummary: Big.\nminutes: 1\nobjectives: [Read]\nsources:\n  - title: A\n    url: https://example.org\nreviewed: 2026-01-01\nnextReview: 2027-01-01\nclaims: [C01]\n---\n';
  const lessonUrl = (body: string) => URL.createObjectURL(new Blob([front + body], { type: 'text/markdown' }));

  it('refuses a 100,000-slide file before parsing it, and says why', async () => {
    const src = lessonUrl(Array.from({ length: 100_000 }, (_, i) => `## Slide ${i}\n\nText.\n`).join('\n---\n\n'));
    const started = performance.now();
    const el = await fixture<TwitchLesson>(html`<twitch-lesson src=${src} store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.equal(
      `${strings.loadFailed('')}${src}: the lesson file is larger than 256 KB.`,
    );
    expect(performance.now() - started).to.be.below(2000);
  });

  it('refuses a file of more than 100 slides before parsing it, and says why', async () => {
    const src = lessonUrl(Array.from({ length: 101 }, (_, i) => `## Slide ${i}\n\nText.\n`).join('\n---\n\n'));
    const el = await fixture<TwitchLesson>(html`<twitch-lesson src=${src} store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.equal(
      `${strings.loadFailed('')}${src}: the lesson has more than 100 slides.`,
    );
  });

  it('shows a file of 100 slides', async () => {
    const src = lessonUrl(Array.from({ length: 100 }, (_, i) => `## Slide ${i}\n\nText.\n`).join('\n---\n\n'));
    const el = await fixture<TwitchLesson>(html`<twitch-lesson src=${src} store=${uniqueStore()}></twitch-lesson>`);
    await loaded(el);
    expect(text(el, '[part="counter"]')).to.equal('Slide 1 of 100');
  });
});
