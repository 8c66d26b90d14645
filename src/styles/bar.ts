import { css, svg } from 'lit';

/**
 * The thin progress bar of lessons, course cards and the progress summary. It is drawn as SVG, whose width is an
 * attribute: a style attribute would be blocked by a host page's strict Content-Security-Policy.
 */
export const bar = (fraction: number) =>
  svg`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect
    class="bar-fill" width=${Math.round(Math.min(Math.max(fraction, 0), 1) * 1000) / 10} height="6"></rect></svg>`;

export const barStyles = css`
  .bar {
    display: block;
    width: 100%;
    height: 6px;
    border-radius: 3px;
    background: var(--twitch-color-track, #e3eaed);
    overflow: hidden;
  }
  .bar-fill {
    fill: var(--twitch-color-accent, #0f6b5c);
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar-fill {
      fill: Highlight;
    }
  }
`;
