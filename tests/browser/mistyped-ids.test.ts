import { expect, fixture, html, waitUntil } from './testing.js';
import { lessons } from 'virtual:twitch-course/index';
import '../../src/elements/twitch-lesson.js';
import '../../src/elements/twitch-quiz.js';
import { text, uniqueStore } from './helpers.js';

describe('a mistyped lesson or quiz id', () => {
  for (const [tag, attribute] of [
    ['twitch-lesson', 'lesson'],
    ['twitch-quiz', 'quiz'],
  ] as const) {
    it(`in <${tag} ${attribute}> is answered with the ids there are; the browser's own reason goes to the console`, async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const el = await fixture(html`<div></div>`);
        const element = document.createElement(tag);
        element.setAttribute(attribute, 'whats-twitching');
        element.setAttribute('store', uniqueStore());
        el.append(element);
        await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), 'no message');
        const message = text(element, '[role="alert"]');
        expect(message).to.contain('There is no');
        expect(message).to.contain('"whats-twitching"');
        for (const lesson of lessons) expect(message).to.contain(lesson.id);
        expect(message).not.to.match(/is not a lesson id|fetch|import/i);
        expect(logged.flat().map(String).join(' ')).to.contain('whats-twitching');
        await expect(element).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  }
});
