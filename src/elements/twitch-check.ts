import { html, nothing } from 'lit';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import { keyed } from 'lit/directives/keyed.js';
import checks from 'virtual:twitch-course/check';
import { checkStrings } from '../check/strings.js';
import { stepAfter } from '../check/walk.js';
import type { CheckOutcome, CheckQuestion, Slide } from '../content/types.js';
import { loadLesson } from '../course-content.js';
import { TwitchCheckOutcomeEvent, TwitchSlideRequestEvent } from '../events.js';
import { contentHtml } from '../help/emergency-number.js';
import { helpButton } from '../help/help-dialog.js';
import { strings } from '../strings.js';
import { contentStyles } from '../styles/content.styles.js';
import { helpButtonStyles } from '../styles/help-button.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import { checkStyles } from './twitch-check.styles.js';

TwitchElement.localized('check', checkStrings);

/**
 * @tagname twitch-check
 * @summary "Should I see a doctor?": a short check, one question a screen, that asks about emergency signs first, then
 * same-day ones, then those for a doctor visit, and ends on what to do: call the emergency number now, get care today,
 * book a doctor visit, or very likely harmless. Each outcome says why, opens the lesson slide that explains it, and
 * prints. The answers are kept only in the element while it is on the page: never stored, put in the URL or sent.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * @csspart base - The check's frame.
 * @csspart question - The group of options of the current question.
 * @csspart option - An answer option.
 * @csspart disclaimer - "This check is not a diagnosis…", on the first screen and with every outcome.
 * @csspart outcome - Where the check ends; also `outcome-emergency`, `outcome-care-today`, `outcome-book-doctor` or `outcome-harmless`.
 * @csspart slide-link - The button that opens the lesson slide explaining the outcome.
 * @csspart slide - That slide, shown in the check when the page does not show it itself.
 * @csspart callout - Evidence notes and "See a doctor" boxes in that slide; also `callout-evidence`, `callout-doctor` and `callout-emergency`.
 * @csspart term - A glossary term in that slide; `definition` is its definition once opened.
 * @csspart emergency-number - Each place the emergency number is shown.
 * @csspart button - Every button; also `button-next`, `button-back`, `button-restart`, `button-print` and `button-help`.
 * @csspart help-dialog - The "Get help now" dialog; its button is `button-help`.
 *
 * @fires twitch-check-outcome - The learner reached an outcome (`outcome`: `emergency`, `care-today`, `book-doctor` or `harmless`); nothing of the answers.
 * @fires twitch-slide-request - The learner asked for the slide that explains the outcome (`lesson`, `slide`, 0-based). Call `preventDefault()` to show it yourself; otherwise the check shows it.
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers; the frame of emergency signs and the "Get help now" button.
 * @cssprop [--twitch-color-doctor=#a3361b] - Border and icon of "See a doctor" boxes.
 * @cssprop [--twitch-color-doctor-surface=#fdf1ec] - Background of "See a doctor" boxes.
 * @cssprop [--twitch-color-evidence=#2f5d8a] - Border and icon of evidence notes.
 * @cssprop [--twitch-color-evidence-surface=#eef4fb] - Background of evidence notes.
 * @cssprop [--twitch-color-focus=#1d5fd6] - Focus rings.
 * @cssprop [--twitch-color-link=#0b5a8c] - Links.
 * @cssprop [--twitch-color-muted=#56646c] - Secondary text: counters, notes, meta lines.
 * @cssprop [--twitch-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--twitch-color-success=#1c7a3c] - Right answers; the frame of a "very likely harmless" outcome.
 * @cssprop [--twitch-color-surface=#ffffff] - Background of the frame.
 * @cssprop [--twitch-color-surface-alt=#eef3f4] - Background of glossary definitions, quiz cases and feedback; the disclaimer.
 * @cssprop [--twitch-color-text=#1f2a30] - Body text.
 * @cssprop [--twitch-font-family=inherit] - Typeface: the page's own, unless this names one (`Georgia, serif`).
 * @cssprop [--twitch-font-size=16px] - Base text size; set it to `1rem` to follow the page's root size.
 * @cssprop [--twitch-radius=12px] - Corner radius of frames (inner parts use three quarters of it).
 * @cssprop [--twitch-space=clamp(16px, 4vw, 24px)] - Inner padding of frames.
 */
export class TwitchCheck extends TwitchElement {
  static override styles = [hostStyles, contentStyles, helpButtonStyles, checkStyles];

  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    answers: { state: true, attribute: false },
    choice: { state: true, attribute: false },
    slide: { state: true, attribute: false },
  };

  /** The number to call in an emergency where the host's learners live; without it, 999 (UK), 112 (EU) and 911 (US and Canada). */
  emergencyNumber = '';

  /** The option chosen at each question so far: the whole walk, held here and nowhere else. */
  private answers: number[] = [];
  /** The option picked on the current screen, not yet confirmed with Next. */
  private choice: number | null = null;
  /**
   * The slide that explains the outcome, shown in the check: null while it is hidden, `loading`, then the slide or why
   * it could not be loaded. The lesson chunk is fetched only when asked for.
   */
  private slide: { for: CheckOutcome; content: Slide | 'loading' | { error: string } } | null = null;
  private focusHeading = false;

  /** The check in the element's language. */
  private get check() {
    return this.inLanguage(checks);
  }

  private go(answers: number[], choice: number | null) {
    this.answers = answers;
    this.choice = choice;
    this.slide = null;
    this.focusHeading = true;
  }

  private next(event: Event) {
    event.preventDefault();
    if (this.choice === null) return;
    const answers = [...this.answers, this.choice];
    this.go(answers, null);
    const step = stepAfter(this.check, answers);
    if (step?.outcome) this.dispatchEvent(new TwitchCheckOutcomeEvent(step.outcome.level));
  }

  /** Back to the question before, with the answer given there still chosen. */
  private back() {
    this.go(this.answers.slice(0, -1), this.answers.at(-1) ?? null);
  }

  private restart() {
    this.go([], null);
  }

  private async toggleSlide(outcome: CheckOutcome) {
    if (this.slide) {
      this.slide = null;
      return;
    }
    // A course, or a host page that listens, shows the slide itself; alone on a page, the check shows it.
    if (!this.dispatchEvent(new TwitchSlideRequestEvent(outcome.lesson, outcome.slide - 1))) return;
    const shown = (this.slide = { for: outcome, content: 'loading' });
    let content: Slide | { error: string };
    try {
      content = (await loadLesson(outcome.lesson, this.language)).slides[outcome.slide - 1]!;
    } catch (error) {
      content = { error: (error as Error).message };
    }
    // Unless the learner has moved on or closed it meanwhile.
    if (this.slide === shown) this.slide = { for: outcome, content };
  }

  private toggleTerm(event: Event) {
    const term = (event.target as Element).closest('button.term');
    if (!term) return;
    const definition = this.renderRoot.querySelector(`#${term.getAttribute('aria-controls')}`);
    const open = term.getAttribute('aria-expanded') !== 'true';
    term.setAttribute('aria-expanded', String(open));
    definition?.toggleAttribute('hidden', !open);
  }

  override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render() {
    // Answers are only ever made from the check's own options, so they always lead somewhere.
    const step = stepAfter(this.check, this.answers)!;
    return step.outcome ? this.renderOutcome(step.outcome) : this.renderQuestion(step.question);
  }

  private compiled(html: string) {
    return contentHtml(html, this.emergencyNumber);
  }

  private renderTop() {
    return html`<div class="top">
      <h2>${this.check.title}</h2>
      ${helpButton(this.emergencyNumber, this.language)}
    </div>`;
  }

  private renderDisclaimer() {
    return html`<p class="disclaimer" part="disclaimer">${this.compiled(this.check.disclaimerHtml)}</p>`;
  }

  private renderRestart() {
    return html`
      <button type="button" class="button secondary" part="button button-back" @click=${this.back}>${checkStrings.back}</button>
      <button type="button" class="button secondary" part="button button-restart" @click=${this.restart}>${checkStrings.startAgain}</button>
    `;
  }

  private renderQuestion(question: CheckQuestion) {
    const first = this.answers.length === 0;
    return html`
      <form class="base" part="base" @submit=${this.next} novalidate>
        ${this.renderTop()}
        ${first ? html`<div class="intro">${this.compiled(this.check.introHtml)}</div>${this.renderDisclaimer()}` : nothing}
        <fieldset part="question" aria-describedby=${question.detailHtml ? 'question-detail' : nothing}>
          <legend>
            <h3 tabindex="-1"><span class="counter">${checkStrings.questionNumber(this.answers.length + 1)}</span> ${this.compiled(question.html)}</h3>
          </legend>
          ${question.detailHtml ? html`<div class="detail" id="question-detail" @click=${this.toggleTerm}>${this.compiled(question.detailHtml)}</div>` : nothing}
          <div class="options">
            ${keyed(
              // New inputs for every screen: a reused radio would keep the checked state of the question before.
              `${this.answers.join()}/${question.id}`,
              question.options.map(
                (option, i) => html`<label class="option" part="option">
                  <input type="radio" name="answer" .checked=${this.choice === i} @change=${() => (this.choice = i)} />
                  <span>${this.compiled(option.html)}</span>
                </label>`,
              ),
            )}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" part="button button-next" ?disabled=${this.choice === null}>${checkStrings.next}</button>
          ${first ? nothing : this.renderRestart()}
        </div>
      </form>
    `;
  }

  private renderOutcome(outcome: CheckOutcome) {
    return html`
      <section class="base" part="base" aria-labelledby="outcome-heading">
        ${this.renderTop()}
        <div class="outcome outcome-${outcome.level}" part="outcome outcome-${outcome.level}">
          <h3 id="outcome-heading" tabindex="-1">${this.compiled(outcome.headingHtml)}</h3>
          ${this.compiled(outcome.html)}
          <p>
            <button
              type="button"
              class="slide-link"
              part="slide-link"
              aria-expanded=${this.slide ? 'true' : 'false'}
              aria-controls="slide"
              @click=${() => this.toggleSlide(outcome)}
            >
              ${checkStrings.slideLink(outcome.lessonTitle, outcome.slide, outcome.slideHeading)}
            </button>
          </p>
          <section class="slide" part="slide" id="slide" aria-label=${outcome.slideHeading} ?hidden=${!this.slide} @click=${this.toggleTerm}>
            ${this.renderSlide()}
          </section>
        </div>
        ${this.renderDisclaimer()}
        <div class="actions">
          <button type="button" class="button" part="button button-print" @click=${() => window.print()}>${checkStrings.print}</button>
          ${this.renderRestart()}
        </div>
      </section>
    `;
  }

  private renderSlide() {
    const content = this.slide?.content;
    if (!content) return nothing;
    if (content === 'loading') return html`<p aria-busy="true">${strings.loading}</p>`;
    if ('error' in content) return html`<p role="alert">${strings.loadFailed(content.error)}</p>`;
    return html`<h4>${content.heading}</h4>
      ${this.compiled(content.html)}`;
  }
}

defineOnce('twitch-check', TwitchCheck);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-check': TwitchCheck;
  }
}
