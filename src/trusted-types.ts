import { defineOnce } from './define.js';
import { strings } from './strings.js';

/**
 * The embed's first import. Lit creates its Trusted Types policy as it loads; where the page's
 * Content-Security-Policy refuses that, the rest of the embed never runs and its elements would stay blank boxes.
 * The refusal reaches the page as a violation, after the embed has stopped: each element then says why.
 */
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.violatedDirective !== 'trusted-types' || customElements.get('twitch-lesson')) return;
  for (const tag of ['twitch-lesson', 'twitch-quiz', 'twitch-course', 'twitch-progress', 'twitch-help']) {
    defineOnce(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          // Text only: a page that refuses every policy refuses HTML parsed from strings too.
          this.attachShadow({ mode: 'open' }).append(strings.loadFailed(strings.trustedTypesRefused));
        }
      },
    );
  }
});
