import { css } from 'lit';

/**
 * Compiled lesson content that more than one element shows: glossary terms and their definitions, evidence notes,
 * "See a doctor" and emergency boxes.
 */
export const contentStyles = css`
  .term {
    cursor: pointer;
    text-decoration: underline dotted 2px;
    text-underline-offset: 0.2em;
  }
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  /* Inline, so the sentence goes on after it; each of its lines is framed on its own. */
  .definition {
    margin-inline-start: 0.25em;
    padding: 0.1em 0.35em;
    border: 1px solid var(--twitch-color-border, #c9d3d8);
    border-radius: 4px;
    background: var(--twitch-color-surface-alt, #eef3f4);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .callout {
    display: flex;
    gap: 0.75em;
    margin: 1em 0;
    padding: 0.9em 1em;
    border-radius: calc(var(--twitch-radius, 12px) * 0.75);
    border: 1px solid;
    border-inline-start-width: 6px;
  }
  .callout-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin-top: 0.05em;
  }
  .callout-evidence .callout-icon {
    color: var(--twitch-color-evidence, #2f5d8a);
  }
  .callout-doctor .callout-icon {
    color: var(--twitch-color-doctor, #a3361b);
  }
  .callout-emergency .callout-icon {
    color: var(--twitch-color-danger, #b3261e);
  }
  .callout-body > :first-child {
    margin-top: 0;
  }
  .callout-body > :last-child {
    margin-bottom: 0;
  }
  .callout-evidence {
    color: var(--twitch-color-text, #1f2a30);
    background: var(--twitch-color-evidence-surface, #eef4fb);
    border-color: var(--twitch-color-evidence, #2f5d8a);
  }
  .callout-doctor {
    background: var(--twitch-color-doctor-surface, #fdf1ec);
    border-color: var(--twitch-color-doctor, #a3361b);
    border-style: double;
    border-inline-start-width: 8px;
  }
  /* Go-now signs: a thick solid frame in the danger colour, set apart from the double frame of "See a doctor". */
  .callout-emergency {
    background: var(--twitch-color-doctor-surface, #fdf1ec);
    border: 3px solid var(--twitch-color-danger, #b3261e);
    border-inline-start-width: 10px;
  }
  .emergency-number {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .callout {
      border-color: CanvasText;
    }
  }
`;
