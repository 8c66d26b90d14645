import { expect, fixture, html, waitUntil } from './testing.js';
import '../../src/elements/twitch-lesson.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import { progressStore } from '../../src/progress/store.js';
import { loaded, part, text, uniqueStore } from './helpers.js';

declare global {
  interface Window {
    hostileRan?: string;
  }
}

describe('<twitch-lesson src> (a host’s own lesson file)', () => {
  it('renders the lesson without running anything the file smuggles in', async () => {
    const store = uniqueStore();
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson src="/tests/browser/fixtures/clinic-lesson.md" store=${store}></twitch-lesson>`,
    );
    await loaded(el);
    expect(text(el, '.slide h2')).to.equal('Stretch your calves');
    const slide = part(el, '.slide');
    // Wait for the broken image to fail: a handler left on it would have run by then.
    const image = slide.querySelector('img');
    expect(image, 'the image itself is kept').to.exist;
    if (!image!.complete) await new Promise((resolve) => image!.addEventListener('error', resolve, { once: true }));
    part(el, '.slide p:last-of-type').click();
    expect(window.hostileRan).to.equal(undefined);
    expect(slide.querySelector('script, [onerror], [onclick]')).to.equal(null);
    // The javascript: link keeps its text but loses its target.
    expect([...slide.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      'https://example.org/calves',
    ]);
    expect(slide.textContent).to.contain('See the glossary for words.');
    await expect(el).to.be.accessible();

    el.goTo(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.callout-doctor')).to.exist;
    const key = `lesson:src:${new URL('/tests/browser/fixtures/clinic-lesson.md', location.href).href}`;
    await waitUntil(async () => (await progressStore(store).entries()).some(([saved]) => saved === key));
  });

  it('shows what is wrong with a malformed file, with its line', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson src="/tests/browser/fixtures/broken-lesson.md" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.equal(
      'This content could not be shown. /tests/browser/fixtures/broken-lesson.md:1: front matter is missing `title`',
    );
  });

  it('says so when the file cannot be fetched', async () => {
    const el = await fixture<TwitchLesson>(
      html`<twitch-lesson src="/tests/browser/fixtures/no-such-lesson.md" store=${uniqueStore()}></twitch-lesson>`,
    );
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.match(/no-such-lesson\.md: the lesson could not be loaded \(404/);
  });
});
