import { css } from 'lit';

export const checkStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .intro > :first-child {
    margin-top: 0;
  }
  .disclaimer {
    margin: 0.75em 0 1.25em;
    padding: 0.6em 0.9em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    background: var(--twitch-color-surface-alt, #eef3f4);
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
    line-height: 1.3;
  }
  h3:focus {
    outline: none;
  }
  .counter {
    display: block;
    margin-bottom: 0.2em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--twitch-color-muted, #56646c);
  }
  .detail > :first-child {
    margin-top: 0;
  }
  .detail ul {
    padding-inline-start: 1.3em;
  }
  .options {
    display: grid;
    gap: 0.6em;
    margin-top: 0.75em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.7em;
    padding: 0.75em 0.9em;
    border: 2px solid var(--twitch-color-border, #c9d3d8);
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--twitch-color-accent, #0f6b5c);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--twitch-color-focus, #1d5fd6);
    outline-offset: 2px;
  }
  .option input {
    margin: 0.3em 0 0;
    width: 1.15em;
    height: 1.15em;
    flex: none;
    accent-color: var(--twitch-color-accent, #0f6b5c);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.25em;
  }
  /* The heading says how urgent an outcome is; the frame repeats it, thickest where it is most urgent. */
  .outcome {
    padding: 0.9em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border: 2px solid var(--twitch-color-border, #c9d3d8);
    border-inline-start-width: 8px;
  }
  .outcome-emergency,
  .outcome-care-today {
    background: var(--twitch-color-doctor-surface, #fdf1ec);
    border: 3px solid var(--twitch-color-danger, #b3261e);
    border-inline-start-width: 10px;
  }
  .outcome-book-doctor {
    background: var(--twitch-color-doctor-surface, #fdf1ec);
    border-color: var(--twitch-color-doctor, #a3361b);
    border-style: double;
    border-width: 4px;
    border-inline-start-width: 8px;
  }
  .outcome-harmless {
    border-color: var(--twitch-color-success, #1c7a3c);
  }
  .outcome h3 {
    font-size: 1.35em;
  }
  .outcome p,
  .outcome ul {
    margin: 0.5em 0;
  }
  .outcome ul {
    padding-inline-start: 1.3em;
  }
  .slide-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--twitch-color-link, #0b5a8c);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-height: 24px;
  }
  .slide {
    margin-top: 0.75em;
    padding: 0.75em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    background: var(--twitch-color-surface, #ffffff);
    border: 1px solid var(--twitch-color-border, #c9d3d8);
  }
  .slide h4 {
    margin: 0 0 0.4em;
    font-size: 1.1em;
  }
  .term {
    color: var(--twitch-color-accent, #0f6b5c);
  }
  @media (forced-colors: active) {
    .outcome {
      border-color: CanvasText;
    }
  }
  @media print {
    .help-button,
    .actions {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .outcome,
    .callout {
      break-inside: avoid;
    }
    /* On paper the link cannot be followed: it names the slide for the reader to look up. */
    .slide-link {
      color: inherit;
      text-decoration: none;
    }
  }
`;
