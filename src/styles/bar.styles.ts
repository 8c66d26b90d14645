import { css } from 'lit';

/** The thin progress bar of lessons, course cards and the progress summary. */
export const barStyles = css`
  .bar {
    height: 6px;
    border-radius: 3px;
    background: var(--twitch-color-track, #e3eaed);
    overflow: hidden;
  }
  .bar-fill {
    height: 100%;
    background: var(--twitch-color-accent, #0f6b5c);
    transition: width 200ms ease-out;
  }
  @media (forced-colors: active) {
    .bar-fill {
      background: Highlight;
    }
  }
`;
