import { css } from 'lit';

export const courseStyles = css`
  /* While loading, hold about the room the content will take, so the page below does not jump when it arrives. */
  .base[aria-busy='true'] {
    min-height: 100vh;
  }
  .overview-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .overview-header h2 {
    margin: 0;
  }
  .intro {
    margin-bottom: 1.25em;
  }
  .intro p {
    margin: 0 0 0.3em;
  }
  .red-flags {
    margin-top: 1em;
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.4em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--twitch-color-focus, #1d5fd6);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em 1em;
    margin-bottom: 1.25em;
    padding: 0.9em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border: 2px solid var(--twitch-color-accent, #0f6b5c);
    background: var(--twitch-color-accent-surface, #e8f4f1);
  }
  .banner p {
    margin: 0;
  }
  .cards {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 1em;
    border: 1px solid var(--twitch-color-border, #c9d3d8);
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
  }
  .card-head {
    display: flex;
    gap: 0.8em;
    align-items: flex-start;
  }
  .number {
    flex: none;
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 2px solid var(--twitch-color-accent, #0f6b5c);
    color: var(--twitch-color-accent, #0f6b5c);
    font-weight: 700;
  }
  .card.done .number {
    background: var(--twitch-color-accent, #0f6b5c);
    color: var(--twitch-color-on-accent, #ffffff);
  }
  h3 {
    margin: 0.1em 0 0.1em;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .meta {
    margin: 0;
    font-size: 0.9em;
  }
  .card-status {
    margin: 0.2em 0 0;
    font-weight: 600;
    color: var(--twitch-color-danger, #b3261e);
  }
  .left {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .left li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--twitch-color-border, #c9d3d8);
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
  }
  .left li > div {
    flex: 1 1 16em;
  }
  .card-summary {
    margin: 0.6em 0 0.8em;
  }
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
  }
  /* On a phone a long label ("Try the quiz again") would squeeze the bar to a stub: the button moves under it. */
  .card-foot .bar {
    flex: 1 1 6em;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    margin-inline-start: auto;
  }
  .view-header {
    container-type: inline-size;
    margin-bottom: 0.75em;
    padding: 0 0.625em;
    border: 1px solid var(--twitch-color-border, #c9d3d8);
    border-radius: var(--twitch-radius, 12px);
    background: var(--twitch-color-surface, #ffffff);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.875em;
  }
  /* Links rather than framed buttons, so the way back and on fits one row of a 320 px screen. */
  .toolbar .button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--twitch-color-link, #0b5a8c);
    font-size: 0.875em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .lesson-number {
    margin-inline-start: auto;
    font-size: 0.875em;
  }
  /* The lesson's title says which lesson it is; on a narrow screen its number gives way to the buttons. */
  @container (max-width: 26em) {
    .lesson-number {
      display: none;
    }
  }
  .return {
    margin-bottom: 0.75em;
  }
  .quiz-heading {
    margin: 0 0 0.5em;
    font-size: 1.3em;
  }
  .after-quiz {
    display: flex;
    justify-content: flex-end;
    margin-top: 1em;
  }
  .disclaimer {
    margin: 1.25em 0 0;
    font-size: 0.9em;
  }
  table {
    width: 100%;
    margin: 1em 0;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.4em;
  }
  th,
  td {
    padding: 0.45em 0.5em;
    border-bottom: 1px solid var(--twitch-color-border, #c9d3d8);
    text-align: start;
    vertical-align: top;
  }
  td {
    white-space: nowrap;
  }
  thead th {
    font-size: 0.9em;
  }
  tbody th {
    font-weight: 400;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .summary {
    margin-top: 2em;
    padding-top: 1.25em;
    border-top: 1px solid var(--twitch-color-border, #c9d3d8);
  }
  .summary h4 {
    margin: 1em 0 0.3em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .print-only {
    display: none;
  }
  @media (max-width: 30em) {
    td {
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    .card.done .number {
      background: Highlight;
      color: HighlightText;
    }
    .banner,
    .card,
    .left li {
      border-color: CanvasText;
    }
  }
  @media print {
    .no-print,
    .view-header {
      display: none;
    }
    .red-flags {
      --twitch-font-size: 9.5pt;
      --twitch-space: 0;
    }
    .red-flags::part(base) {
      columns: 2;
      column-gap: 2em;
    }
    .base {
      border: 0;
      padding: 0;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .summary {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .summary h4 {
      margin-top: 0.5em;
      break-after: avoid;
    }
    .print-only {
      display: block;
      margin: 0 0 0.5em;
    }
    /* Two columns of key points and boxes, so the summary and the help panel fit on two sheets. */
    .summary-lessons {
      columns: 2;
      column-gap: 2em;
    }
    .summary-lessons h4:first-child {
      margin-top: 0;
    }
    .callout {
      margin: 0.4em 0;
      padding: 0.4em 0.6em;
      gap: 0.5em;
      font-size: 9.5pt;
      break-inside: avoid;
    }
  }
`;
