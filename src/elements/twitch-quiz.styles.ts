import { css } from 'lit';

export const quizStyles = css`
  /* The room held while loading is also a question's least height, so the page below stays where it is when the
     quiz arrives (unless its first question needs more). The host page holds the same before the embed has run. */
  .base {
    min-height: 30em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 1em;
  }
  /* Sized so that the counter and "Get help now" share one row of a 320 px screen. */
  .counter {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .top .help-button {
    padding-inline: 0.6em;
    font-size: 0.85em;
  }
  .bar {
    margin-bottom: 1em;
  }
  .review-note {
    margin: -0.4em 0 1em;
    font-size: 0.9em;
  }
  .scenario {
    margin: 0 0 1em;
    padding: 0.8em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    background: var(--twitch-color-surface-alt, #eef3f4);
  }
  .scenario p {
    margin: 0 0 0.6em;
  }
  .scenario > :last-child {
    margin-bottom: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.4em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .hint {
    margin: 0 0 0.6em;
  }
  .options {
    display: grid;
    gap: 0.6em;
    margin-top: 0.6em;
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
  .option.answered {
    cursor: default;
  }
  .option.correct {
    border-color: var(--twitch-color-success, #1c7a3c);
  }
  .option.chosen-wrong,
  .option.chosen-wrong:has(input:checked) {
    border-color: var(--twitch-color-danger, #b3261e);
    border-style: dashed;
  }
  .mark {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
  }
  .mark.right {
    color: var(--twitch-color-success, #1c7a3c);
  }
  .mark.wrong {
    color: var(--twitch-color-danger, #b3261e);
  }
  .feedback {
    margin-top: 1em;
    padding: 0.8em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border-inline-start: 6px solid;
    background: var(--twitch-color-surface-alt, #eef3f4);
  }
  .feedback.right {
    border-color: var(--twitch-color-success, #1c7a3c);
  }
  .feedback.wrong {
    border-color: var(--twitch-color-danger, #b3261e);
  }
  .feedback p {
    margin: 0 0 0.5em;
  }
  .feedback > :last-child {
    margin-bottom: 0;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--twitch-color-link, #0b5a8c);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-height: 24px;
  }
  .verdict {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.25em;
  }
  .results h2 {
    margin: 0 0 0.5em;
    font-size: 1.4em;
  }
  .results h2:focus {
    outline: none;
  }
  .score {
    font-size: 1.15em;
    font-weight: 600;
  }
  .signed-off {
    margin: 1em 0 0;
    font-size: 0.9em;
  }
`;
