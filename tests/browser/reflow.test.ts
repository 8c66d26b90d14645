import { expect } from './testing.js';
import { lessons } from 'virtual:twitch-course/index';
import { openCourseFrame, uniqueStore } from './helpers.js';

function everyElement(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? everyElement(element.shadowRoot) : []),
  ]);
}

describe('the course on a 320 px wide screen', () => {
  for (const hash of ['', `#/lesson/${lessons[4]!.id}/slide/2`, `#/quiz/${lessons[4]!.id}`]) {
    it(`needs no sideways scrolling ${hash ? `at ${hash}` : 'on the overview'}`, async () => {
      const page = await openCourseFrame(`/tests/browser/pages/whole-course.html?store=${uniqueStore()}${hash}`, 320);
      const root = page.document.documentElement;
      expect(root.scrollWidth, 'page wider than the screen').to.be.at.most(320);
      // The elements contain their paint, so overflow inside them would be clipped rather than scroll: look inside.
      const cutOff = everyElement(page.document)
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((element) => `${element.localName}.${element.className}`);
      expect(cutOff, 'parts reaching past the right edge').to.deep.equal([]);
      page.remove();
    });
  }
});
