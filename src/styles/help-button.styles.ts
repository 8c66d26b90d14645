import { css } from 'lit';

/** The "Get help now" button and its dialog, shown by every element that teaches or tests. */
export const helpButtonStyles = css`
  .help-button {
    background: var(--twitch-color-surface, #ffffff);
    color: var(--twitch-color-danger, #b3261e);
    border-color: var(--twitch-color-danger, #b3261e);
    min-height: 36px;
    padding: 0.3em 0.8em;
    font-size: 0.9em;
  }
  .help-dialog {
    width: min(40em, calc(100vw - 16px));
    max-height: calc(100dvh - 16px);
    padding: 8px;
    border: 0;
    border-radius: var(--twitch-radius, 12px);
    background: var(--twitch-color-surface, #ffffff);
    color: var(--twitch-color-text, #1f2a30);
  }
  .help-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .help-dialog > .button {
    margin: 8px;
  }
`;
