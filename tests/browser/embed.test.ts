// The BUILT embed (dist/embed/twitch-course.js, made by `npm run build` before the browser tests) on host pages.
import { expect, waitUntil } from './testing.js';
import { createStore, get } from 'idb-keyval';
import { openFrame } from './helpers.js';

type Frame = Awaited<ReturnType<typeof openFrame>>;
const shadowOf = (page: Frame, tag: string) => page.document.querySelector(tag)?.shadowRoot ?? null;
const recorded = (page: Frame) => (page.frame.contentWindow as Window & { recorded: string[] }).recorded;

/** Renders, answers the first question, and checks it was saved, as any host page must allow. */
async function useTheCourse(page: Frame, store: string) {
  await waitUntil(() => shadowOf(page, 'twitch-lesson')?.querySelector('.slide h2'), 'the lesson did not render', {
    timeout: 5000,
  });
  await waitUntil(() => shadowOf(page, 'twitch-quiz')?.querySelector('legend'), 'the quiz did not render', {
    timeout: 5000,
  });
  const quiz = shadowOf(page, 'twitch-quiz')!;
  quiz.querySelector<HTMLElement>('input[name="answer"]')!.click();
  await waitUntil(() => !quiz.querySelector<HTMLButtonElement>('[part~="button-check"]')?.disabled);
  quiz.querySelector<HTMLElement>('[part~="button-check"]')!.click();
  await waitUntil(() => quiz.querySelector('[part="feedback"]'), 'the answer was not graded');
  await waitUntil(async () => {
    const saved = (await get('quiz:what-is-twitching', createStore(store, 'progress'))) as
      | { answers?: object }
      | undefined;
    return saved && Object.keys(saved.answers ?? {}).length === 1;
  }, 'the answer was not saved');
  expect(recorded(page), 'errors on the host page').to.deep.equal([]);
  const origins = page.frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).origin);
  expect([...new Set(origins)], 'requests that left the host’s origin').to.deep.equal([location.origin]);
}

/** Where the parts of an element sit and how their text is set, to compare two pages. */
function layout(page: Frame, tag: string) {
  const root = shadowOf(page, tag)!;
  const hostBox = page.document.querySelector(tag)!.getBoundingClientRect();
  return [...root.querySelectorAll('.base, h2, legend, p, button, label, input')].map((element) => {
    const box = element.getBoundingClientRect();
    const style = page.frame.contentWindow!.getComputedStyle(element);
    return `${element.localName} ${Math.round(box.left - hostBox.left)},${Math.round(box.top - hostBox.top)} ${Math.round(box.width)}×${Math.round(box.height)} ${style.fontSize} ${style.color}`;
  });
}

describe('the built embed on host pages', () => {
  it('looks the same on a page with hostile global CSS, and leaves the page as it was', async () => {
    const blank = await openFrame('/tests/browser/pages/embed-blank.html');
    const hostile = await openFrame('/tests/browser/pages/embed-hostile.html');
    for (const page of [blank, hostile]) {
      await waitUntil(
        () =>
          shadowOf(page, 'twitch-lesson')?.querySelector('.slide h2') &&
          shadowOf(page, 'twitch-quiz')?.querySelector('legend'),
      );
    }
    for (const tag of ['twitch-lesson', 'twitch-quiz'])
      expect(layout(hostile, tag), tag).to.deep.equal(layout(blank, tag));
    // The host's own text keeps the host's styles: the embed adds no global CSS.
    const hostText = hostile.document.getElementById('host-text')!;
    expect(hostile.frame.contentWindow!.getComputedStyle(hostText).color).to.equal('rgb(255, 0, 0)');
    expect(hostile.document.styleSheets.length).to.equal(1);
    expect(hostile.document.adoptedStyleSheets.length).to.equal(0);
    await useTheCourse(hostile, 'embed-hostile');
    blank.remove();
    hostile.remove();
  });

  it('works on a plain page, from its own origin only', async () => {
    const page = await openFrame('/tests/browser/pages/embed-blank.html');
    await useTheCourse(page, 'embed-blank');
    page.remove();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await openFrame('/tests/browser/pages/embed-csp.html');
    await useTheCourse(page, 'embed-csp');
    // Styles reach the shadow roots through constructed style sheets and the CSS object model, which the policy allows.
    const lesson = shadowOf(page, 'twitch-lesson')!;
    expect(page.frame.contentWindow!.getComputedStyle(lesson.querySelector('.base')!).borderTopLeftRadius).to.equal(
      '12px',
    );
    expect(Number(lesson.querySelector('.bar-fill')!.getAttribute('width'))).to.be.greaterThan(0);
    page.remove();
  });

  it('survives being loaded twice', async () => {
    const page = await openFrame('/tests/browser/pages/embed-twice.html');
    await useTheCourse(page, 'embed-twice');
    page.remove();
  });

  it('takes the page’s typeface with --twitch-font-family: inherit, and one an ancestor names', async () => {
    const page = await openFrame('/tests/browser/pages/embed-page-font.html#/lesson/what-is-twitching');
    const course = () => shadowOf(page, 'twitch-course');
    await waitUntil(
      () => course()?.querySelector('twitch-lesson')?.shadowRoot?.querySelector('.slide h2'),
      'the course did not open its lesson',
      {
        timeout: 5000,
      },
    );
    await waitUntil(() => shadowOf(page, 'twitch-quiz')?.querySelector('legend'), 'the quiz did not render', {
      timeout: 5000,
    });
    const fontOf = (root: ShadowRoot | null | undefined) =>
      page.frame.contentWindow!.getComputedStyle(root!.querySelector('.base')!).fontFamily;
    expect(fontOf(shadowOf(page, 'twitch-lesson')), 'a lesson set to inherit').to.equal('Georgia, serif');
    expect(
      fontOf(course()!.querySelector('twitch-lesson')!.shadowRoot),
      'a lesson inside a course set to inherit',
    ).to.equal('Georgia, serif');
    expect(fontOf(shadowOf(page, 'twitch-quiz')), 'a quiz under an ancestor that names a typeface').to.equal(
      '"Courier New", monospace',
    );
    expect(recorded(page)).to.deep.equal([]);
    page.remove();
  });

  it('copes with a page script that adds and removes the elements', async () => {
    const page = await openFrame('/tests/browser/pages/embed-react-like.html');
    await waitUntil(
      () => (page.frame.contentWindow as Window & { mounted?: boolean }).mounted,
      'the page never settled',
    );
    await useTheCourse(page, 'embed-react-like');
    await waitUntil(
      () => shadowOf(page, 'twitch-course')?.querySelector('[part="lesson-card"]'),
      'the course loaded on demand did not render',
    );
    expect(recorded(page)).to.deep.equal([]);
    page.remove();
  });
});
