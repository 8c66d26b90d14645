import { defaultStore } from 'virtual:twitch-course/defaults';
import { html, nothing, type PropertyValues } from 'lit';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import { ContentController } from '../controllers/content-controller.js';
import { ProgressController } from '../controllers/progress-controller.js';
import { loadLesson } from '../course-content.js';
import { TwitchLessonCompleteEvent, TwitchSlideChangeEvent } from '../events.js';
import { afterFinish, afterMove, openingSlide } from '../lesson/progress.js';
import { slideNumber } from '../numbers.js';
import { emptyLessonProgress, lessonKey, srcLessonKey } from '../progress/schema.js';
import { humanDate, strings } from '../strings.js';
import { bar, barStyles } from '../styles/bar.js';
import { contentStyles } from '../styles/content.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import { lessonStyles } from './twitch-lesson.styles.js';
import { contentHtml } from '../help/emergency-number.js';
import { helpButton, loadHelpElement } from '../help/help-dialog.js';
import { helpButtonStyles } from '../styles/help-button.styles.js';

// A host's own lesson file is loaded by URL; the content key says which kind of lesson it is.
const SRC_PREFIX = 'src:';
const loadContent = (key: string, language: string) =>
  key.startsWith(SRC_PREFIX)
    ? import('../content/runtime-lesson.js').then(({ fetchLesson }) => fetchLesson(key.slice(SRC_PREFIX.length)))
    : loadLesson(key, language);

/** The end of a lesson: its key points, the way to its quiz and the help panel, loaded once a last slide is shown. */
let lessonEnd: typeof import('../lesson/end.js') | undefined;

/**
 * @tagname twitch-lesson
 * @summary One lesson, shown a slide at a time.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * @csspart base - The lesson's frame.
 * @csspart slide - The current slide.
 * @csspart nav - The row of slide controls.
 * @csspart button - Every button; also `button-previous`, `button-next`, `button-help` and `button-quiz` (to the lesson's quiz on the same page, once the lesson is finished).
 * @csspart counter - "Slide 2 of 6".
 * @csspart callout - Evidence notes and "See a doctor" boxes; also `callout-evidence` and `callout-doctor`.
 * @csspart term - A glossary term; `definition` is its definition, opened inside the sentence.
 * @csspart recap - The lesson's key points, at the end of its last slide.
 * @csspart sources - The lesson's sources and review dates.
 * @csspart signed-off - The host's own review line (`reviewed-by`, `reviewed-on`).
 * @csspart help-dialog - The "Get help now" dialog; its button is `button-help`.
 * @csspart lesson-end - The help panel that closes the last slide.
 *
 * @fires twitch-slide-change - The learner moved to another slide.
 * @fires twitch-lesson-complete - The learner finished the last slide.
 *
 * @fires twitch-progress - The learner's progress in this lesson changed (`key`, `record`).
 * @fires twitch-progress-error - Progress can no longer be saved on this device.
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers; the frame of emergency signs and the "Get help now" button.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-doctor=#a3361b] - Border and icon of "See a doctor" boxes.
 * @cssprop [--twitch-color-doctor-surface=#fdf1ec] - Background of "See a doctor" boxes.
 * @cssprop [--twitch-color-evidence=#2f5d8a] - Border and icon of evidence notes.
 * @cssprop [--twitch-color-evidence-surface=#eef4fb] - Background of evidence notes.
 * @cssprop [--twitch-color-focus=#1d5fd6] - Focus rings.
 * @cssprop [--twitch-color-link=#0b5a8c] - Links.
 * @cssprop [--twitch-color-muted=#56646c] - Secondary text: counters, notes, meta lines.
 * @cssprop [--twitch-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--twitch-color-surface=#ffffff] - Background of the frame.
 * @cssprop [--twitch-color-surface-alt=#eef3f4] - Background of glossary definitions, quiz cases and feedback.
 * @cssprop [--twitch-color-text=#1f2a30] - Body text.
 * @cssprop [--twitch-color-track=#e3eaed] - The empty part of progress bars.
 * @cssprop [--twitch-font-family=inherit] - Typeface: the page's own, unless this names one (`Georgia, serif`).
 * @cssprop [--twitch-font-size=16px] - Base text size; set it to `1rem` to follow the page's root size.
 * @cssprop [--twitch-radius=12px] - Corner radius of frames (inner parts use three quarters of it).
 * @cssprop [--twitch-space=clamp(16px, 4vw, 24px)] - Inner padding of frames.
 */
export class TwitchLesson extends TwitchElement {
  static override styles = [hostStyles, barStyles, contentStyles, helpButtonStyles, lessonStyles];

  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties = {
    lesson: { reflect: true },
    src: {},
    allowMediaFrom: { attribute: 'allow-media-from' },
    store: {},
    slide: { type: Number },
    emergencyNumber: { attribute: 'emergency-number' },
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    index: { state: true, attribute: false },
    finished: { state: true, attribute: false },
  };

  /** Id of the lesson to show (the `id` in its front matter). */
  lesson = '';

  /** URL of a lesson file of the host's own, in the same Markdown format, loaded and sanitised at run time. */
  src = '';

  /**
   * Origins besides the page's own that a `src` lesson's images, video and other media may load from, separated by
   * spaces, e.g. `https://cdn.example.org`.
   */
  allowMediaFrom = '';

  /** Name of the database progress is kept in (`twitch-course` unless the course config names another); courses that share an origin keep theirs apart with it. */
  store: string = defaultStore;

  /** The number to call in an emergency where the host's learners live; without it, 999 (UK), 112 (EU) and 911 (US and Canada). */
  emergencyNumber = '';

  /** Who checked the course for the host, e.g. "Physiotherapy team, Example Clinic"; shown under the lesson. */
  reviewedBy = '';

  /** When they did, as YYYY-MM-DD (shown as "25 November 2026") or in words. */
  reviewedOn = '';

  private readonly content = new ContentController(this, loadContent);
  private readonly progress = new ProgressController(this, emptyLessonProgress);
  private announcement = '';
  private finished = false;
  /** The slide asked for by the `slide` attribute or property, as given. */
  private requested: unknown = null;
  /** 0-based slide shown; null until the lesson and its progress have loaded. */
  private index: number | null = null;
  private focusWhenLoaded = false;
  private swipeStart: { x: number; y: number } | null = null;
  private moved = false;
  /** Whether the learner has moved yet: from then on a new slide's text rises into place, but not on opening. */
  private travelled = false;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('lesson') || changed.has('src')) {
      this.index = null;
      this.finished = false;
    }
    const contentKey = this.src ? `${SRC_PREFIX}${this.src}\n${this.allowMediaFrom}` : this.lesson;
    if (contentKey) void this.content.load(contentKey);
    // A lesson from a file is known by its URL: the id in its front matter may be anyone's, even a built-in lesson's.
    const key = this.src
      ? srcLessonKey(Object.assign(document.createElement('a'), { href: this.src }).href)
      : this.lesson && lessonKey(this.lesson);
    if (key) void this.progress.bind(key, this.store);
    const lesson = this.content.value;
    if (lesson && this.progress.ready)
      this.index ??= openingSlide(this.requested, this.progress.value, lesson.slides.length);
  }

  /** Moves focus to the slide's heading, now or as soon as the lesson has loaded. */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot?.querySelector<HTMLElement>('.slide h2');
    if (heading) heading.focus(options);
    else this.focusWhenLoaded = true;
  }

  /**
   * 1-based slide shown, like the attribute. Setting either opens that slide, as a link to it does, held within the
   * lesson; it counts as seen only once the learner moves on or finishes.
   */
  get slide(): number {
    // Before the lesson has loaded, the slide asked for, held within the lesson once it has.
    return (this.index ?? openingSlide(this.requested, this.progress.value, Infinity)) + 1;
  }

  set slide(value: number) {
    this.requested = value;
    this.index = null;
  }

  /** Shows another slide (0-based) as if the learner had moved there: it is recorded, focus follows and the move is announced. */
  goTo(index: number): void {
    const lesson = this.content.value;
    const from = this.index;
    const target = slideNumber(index, 0, (lesson?.slides.length ?? 0) - 1);
    if (!lesson || from === null || target === null || target === from) return;
    this.index = target;
    void this.progress.update((current) => afterMove(current, from, target));
    this.moved = this.travelled = true;
    this.announcement = strings.slideOf(target + 1, lesson.slides.length);
    this.dispatchEvent(new TwitchSlideChangeEvent(lesson.id, target, lesson.slides.length));
  }

  private finish() {
    const last = this.index!;
    this.finished = true;
    this.announcement = strings.lessonDone;
    void this.progress.update((current) => afterFinish(current, last));
    this.dispatchEvent(new TwitchLessonCompleteEvent(this.content.value!.id));
  }

  /** Opens or closes a term's definition, which sits in the sentence right after it. */
  private toggleTerm(term: Element, open = term.getAttribute('aria-expanded') !== 'true') {
    term.setAttribute('aria-expanded', String(open));
    term.nextElementSibling?.toggleAttribute('hidden', !open);
  }

  private onKeyDown(event: KeyboardEvent) {
    const target = event.target as Element;
    // Keys pressed in the "Get help now" panel are its own: the slide behind it stays put.
    if (event.altKey || event.ctrlKey || event.metaKey || target.localName === 'twitch-help') return;
    const term = target.closest('.term');
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.toggleTerm(term);
      return;
    }
    if (event.key === 'Escape') {
      // Closes the open definitions; focus stays where it is, as definitions hold nothing to focus.
      for (const open of this.renderRoot.querySelectorAll('.term[aria-expanded="true"]')) this.toggleTerm(open, false);
      return;
    }
    const index = this.index!;
    const moves: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: this.content.value!.slides.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.goTo(moves[event.key]!);
  }

  // Touch swipes move between slides; a mostly vertical gesture is left to scrolling.
  private onPointerDown(event: PointerEvent) {
    this.swipeStart = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY };
  }

  private onPointerUp(event: PointerEvent) {
    if (!this.swipeStart) return;
    const dx = event.clientX - this.swipeStart.x;
    const dy = event.clientY - this.swipeStart.y;
    this.swipeStart = null;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    this.goTo(this.index! + (dx < 0 ? 1 : -1));
  }

  private onSlideClick(event: Event) {
    const term = (event.target as Element).closest('.term');
    if (term) this.toggleTerm(term);
  }

  override updated(): void {
    // The end of a lesson is the one part of it that loads on demand, with the help panel it holds.
    if (!lessonEnd && this.index === (this.content.value?.slides.length ?? 0) - 1) {
      void Promise.all([import('../lesson/end.js'), loadHelpElement()]).then(([end]) => {
        lessonEnd = end;
        TwitchElement.localized('lessonEnd', end.endStrings);
        this.requestUpdate();
      });
    }
    if (this.moved || this.focusWhenLoaded) {
      const heading = this.renderRoot.querySelector<HTMLElement>('.slide h2');
      if (!heading) return;
      this.moved = this.focusWhenLoaded = false;
      heading.focus();
    }
  }

  override render() {
    const { status, value: lesson, error } = this.content;
    if (status === 'error') return this.renderFailure(error);
    if (this.progress.failed) return this.renderFailure(strings.checkConnection);
    if (status === 'idle') return html`<div class="base" part="base">${strings.noLesson}</div>`;
    const index = this.index;
    if (!lesson || index === null) return this.renderLoading();
    const slide = lesson.slides[index]!;
    const total = lesson.slides.length;
    const last = index === total - 1;
    return html`
      <article class="base" part="base" aria-label=${lesson.title} @keydown=${this.onKeyDown}>
        <div class="lesson-header">
          <p class="lesson-title">${lesson.title}</p>
          ${helpButton(this.emergencyNumber, this.language)}
        </div>
        ${bar((index + 1) / total)}
        ${this.progress.memoryOnly ? html`<p class="storage-notice muted" role="note">${strings.memoryOnly}</p>` : nothing}
        <section
          class="slide ${this.travelled ? 'travelled' : ''}"
          part="slide"
          @click=${this.onSlideClick}
          @pointerdown=${this.onPointerDown}
          @pointerup=${this.onPointerUp}
          @pointercancel=${() => (this.swipeStart = null)}
        >
          <h2 tabindex="-1">${slide.heading}</h2>
          ${contentHtml(slide.html, this.emergencyNumber)}
          ${last ? lessonEnd?.recap(lesson) : nothing}
        </section>
        <nav part="nav" aria-label=${strings.slidesLabel}>
          <button class="button secondary" part="button button-previous" ?disabled=${index === 0} @click=${() => this.goTo(index - 1)}>
            ${strings.previous}
          </button>
          <span class="counter muted" part="counter">${strings.slideOf(index + 1, total)}</span>
          ${
            last
              ? html`<button class="button" part="button button-next" @click=${this.finish}>${strings.finishLesson}</button>`
              : html`<button class="button" part="button button-next" @click=${() => this.goTo(index + 1)}>${strings.next}</button>`
          }
        </nav>
        ${this.finished && last ? html`<p class="done">${strings.lessonDone} ${lessonEnd?.quizButton(this, lesson.id)}</p>` : nothing}
        ${last ? lessonEnd?.helpPanel(this.emergencyNumber, this.language) : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <details part="sources">
          <summary>${strings.sources} · ${strings.reviewed(humanDate(lesson.reviewed), humanDate(lesson.nextReview))}</summary>
          <ul>
            ${lesson.sources.map((source) => html`<li><a href=${source.url} target="_blank" rel="noopener noreferrer">${source.title}</a></li>`)}
          </ul>
        </details>
        ${this.reviewedBy ? html`<p class="signed-off muted" part="signed-off">${strings.signedOff(this.reviewedBy, humanDate(this.reviewedOn))}</p>` : nothing}
      </article>
    `;
  }
}

defineOnce('twitch-lesson', TwitchLesson);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-lesson': TwitchLesson;
  }
}
