import { expect, fixture, html } from './testing.js';
import { setViewport } from '@web/test-runner-commands';
import { lessons } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-lesson.js';
import { loadLesson } from '../../src/course-content.js';
import type { TwitchLesson } from '../../src/elements/twitch-lesson.js';
import { loaded, uniqueStore } from './helpers.js';

/** Every slide of the course that holds a figure, as `[lesson id, 1-based slide]`. */
const slidesWithFigures: [string, number][] = [];
for (const { id } of lessons) {
  (await loadLesson(id)).slides.forEach((slide, i) => {
    if (slide.html.includes('class="figure"')) slidesWithFigures.push([id, i + 1]);
  });
}

async function renderSlide(id: string, slide: number, theme = '') {
  const el = await fixture<TwitchLesson>(
    html`<twitch-lesson lesson=${id} slide=${slide} theme=${theme} store=${uniqueStore()}></twitch-lesson>`,
  );
  await loaded(el);
  return el;
}

/** The text of the elements an `aria-labelledby` or `aria-describedby` names, inside the same shadow root. */
const textOf = (root: ShadowRoot, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();

describe('figures in lessons', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('are on the slides the lessons place them', () => {
    expect(slidesWithFigures).to.deep.equal([
      ['what-is-twitching', 2],
      ['what-is-twitching', 4],
      ['lactic-acid', 4],
      ['motor-neurons', 4],
      ['how-serious', 2],
    ]);
  });

  for (const [id, slide] of slidesWithFigures) {
    it(`${id}, slide ${slide}: inline SVG with a name, a description and a caption; axe passes, light and dark`, async () => {
      const el = await renderSlide(id, slide);
      const root = el.shadowRoot!;
      const figure = root.querySelector('.slide [role="figure"]')!;
      expect(figure, 'the figure').to.exist;
      expect(figure.querySelector('img, object, iframe'), 'nothing loaded from elsewhere').to.be.null;
      const svg = figure.querySelector('svg')!;
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('role')).to.equal('img');
      expect(textOf(root, svg.getAttribute('aria-labelledby')), 'accessible name').to.have.length.above(10);
      expect(textOf(root, svg.getAttribute('aria-describedby')), 'description').to.have.length.above(40);
      expect(textOf(root, figure.getAttribute('aria-labelledby')), 'caption').to.have.length.above(10);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('give the lactate chart its numbers as a table a screen reader can reach', async () => {
    const el = await renderSlide('lactic-acid', 4);
    const table = el.shadowRoot!.querySelector('.figure details table')!;
    expect(table, 'the chart data').to.exist;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).to.include('Blood lactate (mmol/L)');
    expect(table.querySelectorAll('tbody tr')).to.have.length(3);
  });

  it('fit a 320 px screen, every label inside its drawing', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const [id, slide] of slidesWithFigures) {
      const el = await renderSlide(id, slide);
      const slideBox = el.shadowRoot!.querySelector('.slide')!.getBoundingClientRect();
      const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.figure svg')!;
      const box = svg.getBoundingClientRect();
      expect(box.width, `${id} ${slide}: drawn`).to.be.above(200);
      expect(box.right, `${id} ${slide}: within the slide`).to.be.at.most(slideBox.right + 0.5);
      const { width, height } = svg.viewBox.baseVal;
      for (const label of svg.querySelectorAll<SVGTextElement>('text')) {
        const { x, y, width: w, height: h } = label.getBBox();
        const where = `${id} ${slide}: "${label.textContent}"`;
        expect(x, where).to.be.at.least(0);
        expect(y, where).to.be.at.least(0);
        expect(x + w, where).to.be.at.most(width);
        expect(y + h, where).to.be.at.most(height);
      }
    }
  });
});
