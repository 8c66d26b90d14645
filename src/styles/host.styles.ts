import { css } from 'lit';
import { darkThemeStyles } from './dark-theme.js';

/**
 * Shared by every element, listed first in its styles. Type, colour and spacing are set on the element's own
 * root rather than inherited from the host page, so global page CSS cannot restyle the inside of the course.
 * Every token has a fallback, so the elements look right with no CSS from the host.
 */
export const hostStyles = [
  css`
  :host {
    display: block;
    box-sizing: border-box;
    contain: content;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base,
  .frame {
    /* Every inherited property is set here, so a host page's global rules (* { color: red }) stop at the door.
       The size is in px, not rem: a page that sets * { font-size: 30px } changes rem too.
       The typeface alone is the page's unless the token names one. A custom property never holds the keyword
       inherit (the keyword applies to the property itself), so --twitch-font-family: inherit can only read as
       "not set"; a system font when it is not set would make it do nothing. */
    font-family: var(--twitch-font-family, inherit);
    font-size: var(--twitch-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    line-height: 1.6;
    color: var(--twitch-color-text, #1f2a30);
    text-align: start;
    overflow-wrap: break-word;
  }
  /* The framed box every element draws; .frame alone holds views that hold other elements' frames. */
  .base {
    background: var(--twitch-color-surface, #ffffff);
    border: 1px solid var(--twitch-color-border, #c9d3d8);
    border-radius: var(--twitch-radius, 12px);
    padding: var(--twitch-space, clamp(16px, 4vw, 24px));
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border: 2px solid var(--twitch-color-accent, #0f6b5c);
    background: var(--twitch-color-accent, #0f6b5c);
    color: var(--twitch-color-on-accent, #ffffff);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--twitch-color-accent, #0f6b5c);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
  :focus-visible {
    outline: 3px solid var(--twitch-color-focus, #1d5fd6);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--twitch-color-muted, #56646c);
  }
  a {
    color: var(--twitch-color-link, #0b5a8c);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`,
  darkThemeStyles,
];
