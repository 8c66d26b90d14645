import { css } from 'lit';

export const lessonStyles = css`
  :host {
    container-type: inline-size;
  }
  /* The room held while loading stays the lesson's least height, and a slide's least height fills most of it, so
     the page below stays where it is when the lesson arrives (unless its first slide needs more) and Previous and
     Next stay put from slide to slide. The host page holds the same room before the embed has run. */
  .base {
    min-height: 36em;
  }
  .lesson-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .lesson-end {
    margin-top: 1.5em;
  }
  .signed-off {
    margin: 0.75em 0 0;
    font-size: 0.9em;
  }
  .lesson-title {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--twitch-color-muted, #56646c);
  }
  .bar {
    margin: 0.6em 0 1.2em;
  }
  .slide {
    min-height: 20em;
    touch-action: pan-y;
  }
  .slide h2 {
    margin: 0 0 0.6em;
    font-size: 1.45em;
    line-height: 1.25;
  }
  .slide h2:not(:focus-visible) {
    outline: none;
  }
  /* After a move, the new slide's text rises into place; it moves up, not sideways or fading, so nothing reaches past
     the frame or drops in contrast while it runs. The heading element stays: only the slide's content is new. */
  .travelled > :not(h2) {
    animation: rise 0.2s ease-out;
  }
  @keyframes rise {
    from {
      transform: translateY(0.5em);
    }
  }
  .slide p,
  .slide ul,
  .slide ol {
    margin: 0 0 0.9em;
  }
  .slide li + li {
    margin-top: 0.3em;
  }
  .recap {
    padding: 0.1em 1em;
    border-inline-start: 4px solid var(--twitch-color-accent, #0f6b5c);
    background: var(--twitch-color-surface-alt, #eef3f4);
  }
  nav {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.5em;
    margin-top: 1.25em;
  }
  /* On a narrow element the slide fills the screen and Previous and Next stay at its foot, where the thumb expects
     them, however long the slide. A frame that grows to its content has no screen of its own to fill (its height would
     feed on itself), so /frame/ sets --_twitch-screen to 0px there. */
  @container (max-width: 480px) {
    .slide {
      min-height: calc(var(--_twitch-screen, 100svh) - 4.5em);
    }
    nav {
      position: sticky;
      bottom: 0;
      padding: 0.5em 0;
      border-top: 1px solid var(--twitch-color-border, #c9d3d8);
      background: var(--twitch-color-surface, #ffffff);
    }
  }
  .counter {
    text-align: center;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .done {
    margin: 1em 0 0;
    font-weight: 600;
  }
  details {
    margin-top: 1.25em;
    font-size: 0.9em;
  }
  summary {
    cursor: pointer;
  }
  details ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
`;
