import { css } from 'lit';

export const progressStyles = css`
  /* While loading, hold about the room the content will take, so the page below does not jump when it arrives. */
  .base[aria-busy='true'] {
    min-height: 11em;
  }
  .title {
    margin: 0 0 0.5em;
    font-weight: 700;
    font-size: 1.1em;
  }
  .figures {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar {
    margin: 0.6em 0 0.9em;
  }
  details {
    font-size: 0.95em;
  }
  summary {
    cursor: pointer;
    color: var(--twitch-color-link, #0b5a8c);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .button {
    font-size: 0.95em;
  }
  .confirm {
    margin-top: 0.75em;
    padding: 0.75em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border: 2px solid var(--twitch-color-danger, #b3261e);
  }
  .confirm p {
    margin: 0 0 0.5em;
  }
  .danger {
    background: var(--twitch-color-danger, #b3261e);
    border-color: var(--twitch-color-danger, #b3261e);
  }
  .message:empty {
    display: none;
  }
  .message {
    margin: 0.75em 0 0;
  }
  input[type='file']:focus-visible + label {
    outline: 3px solid var(--twitch-color-focus, #1d5fd6);
    outline-offset: 2px;
  }
`;
