import { css } from 'lit';

/** The results screen's check mark, key points and answer list; adopted with them, when an attempt first ends. */
export const resultsStyles = css`
  .results h3 {
    margin: 1.25em 0 0.4em;
    font-size: 1.05em;
  }
  .answers {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .answers li + li {
    margin-top: 0.35em;
  }
  .answers .mark {
    display: inline;
    margin-inline-start: 0.4em;
    white-space: nowrap;
  }
  .celebration {
    display: flex;
    align-items: flex-start;
    gap: 0.9em;
    margin: 0 0 1em;
    padding: 0.9em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border-inline-start: 6px solid var(--twitch-color-success, #1c7a3c);
    background: var(--twitch-color-surface-alt, #eef3f4);
  }
  .celebration p {
    margin: 0 0 0.4em;
  }
  .celebration ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .celebration-title {
    font-weight: 700;
  }
  /* The check mark draws itself: first its ring, then the tick. Its resting state is the finished drawing, so with
     motion reduced (the shared styles stop every animation) it is simply there. */
  .tick {
    flex: none;
    width: 2.75em;
    height: 2.75em;
    fill: none;
    stroke: var(--twitch-color-success, #1c7a3c);
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-dasharray: 1;
  }
  .tick circle {
    animation: draw 0.6s ease-out both;
  }
  .tick path {
    animation: draw 0.35s 0.45s ease-out both;
  }
  @keyframes draw {
    from {
      stroke-dashoffset: 1;
    }
  }
  @media (forced-colors: active) {
    .tick {
      stroke: CanvasText;
    }
  }
`;
