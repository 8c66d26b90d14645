import { css } from 'lit';

/** The "Get help now" button, shown by every element that teaches or tests. */
export const helpButtonStyles = css`
  .help-button {
    background: var(--twitch-color-surface, #ffffff);
    color: var(--twitch-color-danger, #b3261e);
    border-color: var(--twitch-color-danger, #b3261e);
    min-height: 36px;
    padding: 0.3em 0.8em;
    font-size: 0.9em;
  }
  /* The panel waits, unseen, beside its button: out of the flow, it takes no gap in the row the button sits in. */
  .help-button + twitch-help {
    position: absolute;
  }
`;
