// The BUILT embed guide (dist/embed.html, made by `npm run build` before the browser tests), under its own
// Content-Security-Policy, with the built embed.
import { expect, waitUntil } from './testing.js';
import { lessons } from 'virtual:twitch-course/index';
import { openFrame } from './helpers.js';

type Frame = Awaited<ReturnType<typeof openFrame>>;

const field = <T extends HTMLElement>(page: Frame, id: string) => page.document.getElementById(id) as T;
const snippet = (page: Frame) => field(page, 'builder-output').textContent!;
const preview = (page: Frame) => field(page, 'builder-preview').firstElementChild as HTMLElement;

function choose(page: Frame, id: string, value: string) {
  const control = field<HTMLInputElement | HTMLSelectElement>(page, id);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('the embed guide', () => {
  it('builds a snippet from an element, a lesson and colours, with a live preview and a Copy button', async () => {
    const page = await openFrame('/dist/embed.html', 1000);
    await waitUntil(
      () => page.document.getElementById('builder-output')?.textContent,
      'the snippet builder did not start',
    );
    expect(snippet(page)).to.contain('<script type="module" src="/embed/twitch-course.js"></script>');
    expect(snippet(page)).to.contain(`<twitch-lesson lesson="${lessons[0]!.id}"></twitch-lesson>`);
    expect(preview(page).localName).to.equal('twitch-lesson');

    choose(page, 'builder-element', 'twitch-quiz');
    choose(page, 'builder-lesson', lessons[5]!.id);
    choose(page, 'builder-accent', '#aa3300');
    choose(page, 'builder-theme', 'dark');
    expect(snippet(page)).to.contain(`<twitch-quiz quiz="${lessons[5]!.id}" theme="dark"></twitch-quiz>`);
    expect(snippet(page)).to.contain('--twitch-color-accent: #aa3300;');
    expect(snippet(page).trimEnd().endsWith('…')).to.be.false;
    const shown = preview(page);
    expect(shown.localName).to.equal('twitch-quiz');
    expect(shown.getAttribute('quiz')).to.equal(lessons[5]!.id);
    await waitUntil(() => shown.shadowRoot?.querySelector('legend'), 'the preview quiz did not render');
    const button = shown.shadowRoot!.querySelector('[part~="button-check"]')!;
    expect(page.frame.contentWindow!.getComputedStyle(button).borderColor).to.equal('rgb(170, 51, 0)');

    choose(page, 'builder-element', 'twitch-progress');
    expect(field<HTMLSelectElement>(page, 'builder-lesson').disabled, 'the progress summary takes no lesson').to.be
      .true;
    expect(snippet(page)).to.contain('<twitch-progress theme="dark"></twitch-progress>');

    const copied: string[] = [];
    Object.defineProperty(page.frame.contentWindow!.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    field(page, 'builder-copy').click();
    await waitUntil(() => field(page, 'builder-status').textContent!.includes('Copied'), 'no word that it was copied');
    expect(copied).to.deep.equal([snippet(page)]);
    page.remove();
  });

  it("adds preload lines for the element's own files, each a file of the built embed", async () => {
    const page = await openFrame('/dist/embed.html', 1000);
    await waitUntil(() => snippet(page).includes('modulepreload'), 'the snippet has no preload lines');
    const preloaded = () =>
      [...snippet(page).matchAll(/<link rel="modulepreload" href="\/embed\/([^"]+)" \/>/g)].map((m) => m[1]!);
    const id = lessons[2]!.id;
    choose(page, 'builder-lesson', id);
    // The progress store, which every element needs, and the lesson.
    expect(preloaded()).to.have.length(2);
    expect(preloaded()[0]).to.match(/^chunks\/store-[\w-]+\.js$/);
    expect(preloaded()[1]).to.match(new RegExp(`^chunks/lesson-${id}-[\\w-]+\\.js$`));

    choose(page, 'builder-element', 'twitch-quiz');
    choose(page, 'builder-language', 'es');
    const quizFiles = preloaded();
    expect(
      quizFiles.some((file) => /^chunks\/twitch-quiz-[\w-]+\.js$/.test(file)),
      'the quiz element',
    ).to.be.true;
    expect(
      quizFiles.some((file) => new RegExp(`^chunks/quiz-${id}-[\\w-]+\\.es\\.js$`).test(file)),
      'the Spanish quiz',
    ).to.be.true;
    expect(
      quizFiles.some((file) => /^chunks\/es-[\w-]+\.js$/.test(file)),
      'the Spanish sentences',
    ).to.be.true;
    for (const file of quizFiles) {
      const response = await fetch(`/dist/embed/${file}`, { method: 'HEAD' });
      expect(response.status, file).to.equal(200);
    }
    // The lines go in the head with the script, before the element.
    expect(snippet(page).indexOf('modulepreload')).to.be.below(snippet(page).indexOf('<twitch-quiz'));
    page.remove();
  });

  it('offers an iframe of the /frame/ page, with the resizer, for site builders that strip scripts', async () => {
    const page = await openFrame('/dist/embed.html', 1000);
    await waitUntil(
      () => page.document.getElementById('builder-output')?.textContent,
      'the snippet builder did not start',
    );
    const origin = page.frame.contentWindow!.location.origin;
    choose(page, 'builder-route', 'iframe');
    choose(page, 'builder-element', 'twitch-quiz');
    choose(page, 'builder-lesson', lessons[1]!.id);
    choose(page, 'builder-accent', '#aa3300');
    expect(snippet(page)).to.contain(`<iframe src="${origin}/frame/?quiz=${lessons[1]!.id}&amp;accent=aa3300"`);
    expect(snippet(page)).to.contain(`<script src="${origin}/frame/resize.js" async></script>`);
    expect(snippet(page)).not.to.contain('twitch-course.js');
    choose(page, 'builder-element', 'twitch-course');
    choose(page, 'builder-theme', 'dark');
    expect(snippet(page)).to.contain(`<iframe src="${origin}/frame/?course&amp;theme=dark&amp;accent=aa3300"`);
    choose(page, 'builder-language', 'es');
    expect(snippet(page)).to.contain(
      `<iframe src="${origin}/frame/?course&amp;lang=es&amp;theme=dark&amp;accent=aa3300"`,
    );
    choose(page, 'builder-route', 'script');
    expect(snippet(page)).to.contain('<script type="module" src="/embed/twitch-course.js"></script>');
    expect(snippet(page)).to.contain('<twitch-course lang="es" theme="dark"></twitch-course>');
    const shown = preview(page);
    await waitUntil(
      () => shown.shadowRoot?.querySelector('[part="lesson-card"] h3')?.textContent?.includes('¿Qué son'),
      'the preview course is not in Spanish',
    );
    page.remove();
  });

  it('lists every lesson id and lets the builder pick each', async () => {
    const page = await openFrame('/dist/embed.html', 1000);
    await waitUntil(() => page.document.getElementById('builder-output')?.textContent);
    const options = [...field<HTMLSelectElement>(page, 'builder-lesson').options].map((option) => option.value);
    expect(options).to.deep.equal(lessons.map((lesson) => lesson.id));
    const listed = [...page.document.querySelectorAll('#lesson-ids code')].map((code) => code.textContent);
    expect(listed).to.deep.equal(lessons.map((lesson) => lesson.id));
    page.remove();
  });
});
