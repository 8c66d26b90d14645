import { expect, fixture, waitUntil } from './testing.js';
import '../../src/elements/twitch-check.js';
import '../../src/elements/twitch-course.js';
import '../../src/elements/twitch-help.js';
import '../../src/elements/twitch-progress.js';
import type { TwitchElement } from '../../src/elements/twitch-element.js';
import { uniqueStore } from './helpers.js';

const TAGS = ['twitch-lesson', 'twitch-quiz', 'twitch-course', 'twitch-progress', 'twitch-help', 'twitch-check'];

describe('what every element shares', () => {
  for (const tag of TAGS) {
    it(`<${tag}> takes its theme as a property as well as an attribute, and says its language`, async () => {
      const el = await fixture<TwitchElement>(`<${tag} store="${uniqueStore()}"></${tag}>`);
      expect(el.getAttribute('lang')).to.equal('en');
      expect(el.theme).to.equal(undefined);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      // The dark token set is chosen by the attribute the property reflects to.
      const scheme = () => getComputedStyle(el).getPropertyValue('color-scheme');
      await waitUntil(() => scheme().includes('dark'), `${tag} did not turn dark`);
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      expect(el.theme).to.equal('auto');
    });
  }
});
