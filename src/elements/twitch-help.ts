import { css, html } from 'lit';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import helpIn from 'virtual:twitch-course/help';
import { contentHtml } from '../help/emergency-number.js';
import { contentStyles } from '../styles/content.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import { strings } from '../strings.js';

/**
 * @tagname twitch-help
 * @summary "Get help now": the signs that need an ambulance, the emergency department, care today or a doctor
 * soon, most urgent first. Lessons, quizzes and the course open it in one step; it can also stand alone on a page.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * @csspart base - The panel's frame.
 * @csspart tier - One level of urgency; also `tier-1` (most urgent) to `tier-4`.
 * @csspart emergency-number - Each place the emergency number is shown.
 * @csspart dialog - The dialog the panel opens in when it is `modal`.
 * @csspart button - The dialog's Close button; also `button-close`.
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--twitch-color-focus=#1d5fd6] - Focus rings.
 * @cssprop [--twitch-color-muted=#56646c] - Secondary text: counters, notes, meta lines.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers; the frame of emergency signs and the "Get help now" button.
 * @cssprop [--twitch-color-doctor=#a3361b] - Border and icon of "See a doctor" boxes.
 * @cssprop [--twitch-color-doctor-surface=#fdf1ec] - Background of "See a doctor" boxes.
 * @cssprop [--twitch-color-link=#0b5a8c] - Links.
 * @cssprop [--twitch-color-surface=#ffffff] - Background of the frame.
 * @cssprop [--twitch-color-text=#1f2a30] - Body text.
 * @cssprop [--twitch-font-family=inherit] - Typeface: the page's own, unless this names one (`Georgia, serif`).
 * @cssprop [--twitch-font-size=16px] - Base text size; set it to `1rem` to follow the page's root size.
 * @cssprop [--twitch-radius=12px] - Corner radius of frames (inner parts use three quarters of it).
 * @cssprop [--twitch-space=clamp(16px, 4vw, 24px)] - Inner padding of frames.
 */
export class TwitchHelp extends TwitchElement {
  static override styles = [
    hostStyles,
    contentStyles,
    css`
      h2 {
        margin: 0 0 0.5em;
        font-size: 1.35em;
        line-height: 1.25;
      }
      h3 {
        margin: 0 0 0.3em;
        font-size: 1.1em;
        line-height: 1.3;
      }
      .tier {
        margin-top: 0.9em;
        padding: 0.7em 0.9em;
        border-radius: calc(var(--twitch-radius, 12px) * 0.75);
        border: 1px solid var(--twitch-color-border, #c9d3d8);
        border-inline-start-width: 6px;
      }
      /* Urgency is said in each heading; the frames only repeat it, thickest where it is most urgent. */
      .tier-1,
      .tier-2 {
        background: var(--twitch-color-doctor-surface, #fdf1ec);
        border: 3px solid var(--twitch-color-danger, #b3261e);
        border-inline-start-width: 10px;
      }
      .tier-3 {
        border-color: var(--twitch-color-doctor, #a3361b);
        border-style: double;
        border-inline-start-width: 8px;
      }
      .tier > :last-child {
        margin-bottom: 0;
      }
      p,
      ul {
        margin: 0.4em 0;
      }
      ul {
        padding-inline-start: 1.3em;
      }
      dialog {
        width: min(40em, calc(100vw - 16px));
        max-height: calc(100dvh - 16px);
        padding: 0;
        border: 0;
        border-radius: var(--twitch-radius, 12px);
        background: var(--twitch-color-surface, #ffffff);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      dialog .base {
        border: 0;
      }
      dialog .button {
        float: inline-end;
        margin: 8px 8px 0 0.5em;
      }
      @media (forced-colors: active) {
        .tier {
          border-color: CanvasText;
        }
      }
      @media print {
        .tier {
          break-inside: avoid;
        }
      }
    `,
  ];

  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    modal: { type: Boolean, reflect: true },
  };

  /** The number to call in an emergency where the host's learners live; without it, 999 (UK), 112 (EU) and 911 (US and Canada). */
  emergencyNumber = '';

  /** Shown only when opened with `show()`, as a modal dialog over the page, rather than in the page's flow. */
  modal = false;

  /** Opens the panel as a modal dialog; Escape or its Close button closes it, and focus goes back where it was. */
  async show(): Promise<void> {
    this.modal = true;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')!.showModal();
  }

  override render() {
    if (!this.modal) return this.renderPanel();
    // Close comes first, so it takes focus on opening and the panel shows from its top.
    return html`<dialog part="dialog" aria-labelledby="help-heading">
      <button type="button" class="button secondary" part="button button-close" @click=${this.close}>${strings.close}</button>
      ${this.renderPanel()}
    </dialog>`;
  }

  private close() {
    this.renderRoot.querySelector('dialog')!.close();
  }

  private renderPanel() {
    const help = this.inLanguage(helpIn);
    return html`
      <section class="base" part="base" aria-labelledby="help-heading">
        <h2 id="help-heading">${help.title}</h2>
        ${help.sections.map(
          (section, i) => html`<section class="tier tier-${i + 1}" part="tier tier-${i + 1}">
            <h3>${contentHtml(section.headingHtml, this.emergencyNumber)}</h3>
            ${contentHtml(section.html, this.emergencyNumber)}
          </section>`,
        )}
      </section>
    `;
  }
}

defineOnce('twitch-help', TwitchHelp);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-help': TwitchHelp;
  }
}
