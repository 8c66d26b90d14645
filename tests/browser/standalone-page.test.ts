// The standalone course page (index.html with page.css and src/standalone.ts), as the dev server serves it.
import { expect, waitUntil } from './testing.js';
import { emulateMedia } from '@web/test-runner-commands';
import { lessons } from 'virtual:twitch-course/index';
import { openCourseFrame } from './helpers.js';

type Frame = Awaited<ReturnType<typeof openCourseFrame>>;

const openCourse = (hash = '', width = 800) => openCourseFrame(`/index.html${hash}`, width);

const styleOf = (page: Frame, selector: string) =>
  page.frame.contentWindow!.getComputedStyle(page.document.querySelector(selector)!);
const headerHeight = (page: Frame) => page.document.querySelector('.page-header')!.getBoundingClientRect().height;

describe('the standalone course page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('links to the guide for putting the course on another site', async () => {
    const page = await openCourse();
    const link = page.document.querySelector<HTMLAnchorElement>('a[href="/embed.html"]');
    expect(link, 'no link to the embed guide').to.exist;
    expect(link!.textContent!.trim().length).to.be.greaterThan(10);
    page.remove();
  });

  it('keeps its header compact outside the overview', async () => {
    const overview = await openCourse('', 360);
    const full = headerHeight(overview);
    expect(styleOf(overview, '.page-header p').display).not.to.equal('none');
    overview.remove();
    for (const hash of [`#/lesson/${lessons[1]!.id}/slide/2`, `#/quiz/${lessons[1]!.id}`]) {
      const page = await openCourse(hash, 360);
      await waitUntil(
        () => headerHeight(page) < full * 0.6,
        `the header is ${headerHeight(page)} px high at ${hash}, ${full} px on the overview`,
      );
      expect(styleOf(page, '.page-header p').display).to.equal('none');
      page.remove();
    }
  });

  it('follows the device’s colour scheme, the course inside it too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await openCourse();
    const luminance = (color: string) =>
      color
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, c) => sum + Number(c), 0) /
      (3 * 255);
    expect(luminance(styleOf(page, 'body').backgroundColor), 'page background').to.be.below(0.15);
    expect(luminance(styleOf(page, 'body').color), 'page text').to.be.above(0.8);
    const base = page.document.querySelector('twitch-course')!.shadowRoot!.querySelector('.base')!;
    expect(luminance(page.frame.contentWindow!.getComputedStyle(base).backgroundColor), 'course frame').to.be.below(
      0.2,
    );
    await emulateMedia({ colorScheme: 'light' });
    expect(luminance(styleOf(page, 'body').backgroundColor)).to.be.above(0.9);
    page.remove();
  });
});
