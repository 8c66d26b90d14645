import { defaultStore } from 'virtual:twitch-course/defaults';
import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import type { Lesson } from '../content/types.js';
import { CourseProgressController } from '../controllers/course-progress-controller.js';
import { loadLesson } from '../course-content.js';
import {
  averageBest,
  courseComplete,
  courseLength,
  lessonAfter,
  lessonStage,
  nextStep,
  slidesSeen,
  stillToDo,
  type LessonStage,
  type LessonState,
} from '../course/overview.js';
import { documentTitle, parseRoute, routeHash, type Route } from '../course/route.js';
import { courseStrings } from '../course/strings.js';
import { localDay, warningBoxes } from '../course/summary.js';
import { passMark } from '../numbers.js';
import type { TwitchSlideChangeEvent, TwitchSlideRequestEvent } from '../events.js';
import { humanDate, strings } from '../strings.js';
import { bar, barStyles } from '../styles/bar.js';
import { contentStyles } from '../styles/content.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import './twitch-lesson.js';
import './twitch-quiz.js';
import { courseStyles } from './twitch-course.styles.js';
import { contentHtml } from '../help/emergency-number.js';
import { helpButton, loadHelpElement } from '../help/help-dialog.js';
import type { TwitchQuiz } from './twitch-quiz.js';
import { helpButtonStyles } from '../styles/help-button.styles.js';

TwitchElement.localized('course', courseStrings);

// Names of sentences rather than the sentences, which change with the page's language.
const ACTIONS = {
  new: 'start',
  started: 'continue',
  'not-passed': 'retryQuiz',
  done: 'review',
} as const;

/**
 * @tagname twitch-course
 * @summary The whole course: an overview of the lessons, each lesson followed by its quiz, and a completion screen
 * with a printable summary.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * Its lessons and quizzes take it on.
 * @cssstate overview - The overview of the lessons is shown; also `lesson`, `quiz` and `complete` for the other views
 * (`twitch-course:state(lesson)`), so the page around the course can fit itself to the view.
 * @cssstate loading - No view yet: the learner's progress is still being read (an overview built into the page stays
 * until then, so a page that opens on another view keeps it out of sight in this state).
 * @csspart base - The course's frame.
 * @csspart intro - What the course teaches, how many lessons it has and how long they take, on the overview.
 * @csspart lesson-card - A lesson on the overview.
 * @csspart continue - The "Continue where you left off" banner.
 * @csspart toolbar - The row above a lesson or quiz with the way back, and the way to the quiz.
 * @csspart summary - The printable course summary.
 * @csspart button - Every button of the course itself; `button-help` opens "Get help now".
 * @csspart help-dialog - The "Get help now" dialog.
 *
 * @fires twitch-progress - Where the learner is in the course changed (`key` is `course`).
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-accent-surface=#e8f4f1] - Background of the "Continue where you left off" banner.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers, and the confirmation before clearing progress.
 * @cssprop [--twitch-color-doctor=#a3361b] - Border and icon of "See a doctor" boxes.
 * @cssprop [--twitch-color-doctor-surface=#fdf1ec] - Background of "See a doctor" boxes.
 * @cssprop [--twitch-color-evidence=#2f5d8a] - Border and icon of evidence notes.
 * @cssprop [--twitch-color-evidence-surface=#eef4fb] - Background of evidence notes.
 * @cssprop [--twitch-color-focus=#1d5fd6] - Focus rings.
 * @cssprop [--twitch-color-link=#0b5a8c] - Links.
 * @cssprop [--twitch-color-muted=#56646c] - Secondary text: counters, notes, meta lines.
 * @cssprop [--twitch-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--twitch-color-success=#1c7a3c] - Right answers.
 * @cssprop [--twitch-color-surface=#ffffff] - Background of the frame.
 * @cssprop [--twitch-color-surface-alt=#eef3f4] - Background of glossary definitions, quiz cases and feedback.
 * @cssprop [--twitch-color-text=#1f2a30] - Body text.
 * @cssprop [--twitch-color-track=#e3eaed] - The empty part of progress bars.
 * @cssprop [--twitch-font-family=inherit] - Typeface: the page's own, unless this names one (`Georgia, serif`).
 * @cssprop [--twitch-font-size=16px] - Base text size; set it to `1rem` to follow the page's root size.
 * @cssprop [--twitch-radius=12px] - Corner radius of frames (inner parts use three quarters of it).
 * @cssprop [--twitch-space=clamp(16px, 4vw, 24px)] - Inner padding of frames.
 */
export class TwitchCourse extends TwitchElement {
  static override styles = [hostStyles, barStyles, contentStyles, helpButtonStyles, courseStyles];

  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties = {
    store: {},
    passMark: { type: Number, attribute: 'pass-mark' },
    routing: {},
    emergencyNumber: { attribute: 'emergency-number' },
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    route: { state: true, attribute: false },
    lessons: { state: true, attribute: false },
    returnTo: { state: true, attribute: false },
  };

  /** Name of the database progress is kept in: `twitch-course` unless the course config names another. */
  store: string = defaultStore;

  /** Quiz score in per cent needed to pass. */
  passMark = 80;

  /**
   * `hash` mirrors where the learner is in the page URL (`#/lesson/ID/slide/N`), for deep links and Back, and in the
   * document title.
   */
  routing: 'hash' | 'none' = 'none';

  /** The number to call in an emergency where the host's learners live; without it, 999 (UK), 112 (EU) and 911 (US and Canada). */
  emergencyNumber = '';

  /** Who checked the course for the host, e.g. "Physiotherapy team, Example Clinic"; shown on lessons, quizzes and the printout. */
  reviewedBy = '';

  /** When they did, as YYYY-MM-DD (shown as "25 November 2026") or in words. */
  reviewedOn = '';

  /** The pass mark as the quizzes hold it: 0 to 100, 80 when it is no number. */
  private get mark() {
    return passMark(this.passMark);
  }

  private route: Route = { view: 'overview' };
  private lessons: Lesson[] | null = null;
  /** The quiz question the learner left for the slide that teaches it, while they are on that lesson. */
  private returnTo: { lesson: string; question: number } | null = null;
  /** The view rendered last: the route's, unless it names a lesson the course does not have. */
  private shownView: Route['view'] = 'overview';
  /** The page's own title, put back when the course stops naming views in it. */
  private pageTitle: string | null = null;

  private readonly progress = new CourseProgressController(this);
  /**
   * The overview the standalone page was built with (declarative shadow DOM): it stays on screen until the course's
   * own first view is ready to take its place, so the page never flashes "Loading…" in between.
   */
  private prerendered: ChildNode[] = [];
  private readonly internals = this.attachInternals?.();
  private focusView = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.restoreTitle();
  }

  // The printout is dated the day it is printed, not the day the results screen was opened.
  private readonly onBeforePrint = () => this.requestUpdate();

  protected override languageChanged(): void {
    void this.progress.refresh();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('store')) void this.progress.bind(this.store);
    if (changed.has('routing') && this.routing === 'hash' && !isServer) this.route = parseRoute(location.hash);
    if (this.route.view === 'complete' && !this.lessons && this.progress.ready) void this.loadSummary();
    // The check loads only when opened; what the learner answers there stays in it and goes with it.
    if (this.route.view === 'check') void import('./twitch-check.js');
  }

  private readonly onHashChange = () => {
    if (this.routing !== 'hash') return;
    const route = parseRoute(location.hash);
    const back = this.returnTo;
    // Back from the slide a quiz answer pointed to returns to that answer, as the "Back to the question" button does.
    this.returnTo = route.view === 'lesson' && route.lesson === back?.lesson ? back : null;
    this.route = route.view === 'quiz' && route.lesson === back?.lesson ? { ...route, question: back.question } : route;
    this.focusView = true;
  };

  private navigate(route: Route, returnTo: TwitchCourse['returnTo'] = null) {
    this.returnTo = returnTo;
    this.route = route;
    this.focusView = true;
    if (route.view === 'lesson' || route.view === 'quiz')
      void this.progress.setLast({ view: route.view, lesson: route.lesson });
    if (this.routing === 'hash') history.pushState(null, '', routeHash(route));
  }

  private async loadSummary() {
    [this.lessons] = await Promise.all([
      Promise.all(this.progress.states.map((state) => loadLesson(state.summary.id, this.language))),
      loadHelpElement(),
    ]);
  }

  private onSlideChange(event: TwitchSlideChangeEvent) {
    if (this.route.view !== 'lesson') return;
    this.route = { view: 'lesson', lesson: event.lesson, slide: event.slide + 1 };
    // A new history entry per slide would make Back step through slides; Back should leave the lesson.
    if (this.routing === 'hash') history.replaceState(null, '', routeHash(this.route));
  }

  private onSlideRequest(event: TwitchSlideRequestEvent) {
    event.preventDefault();
    const { question } = event.target as TwitchQuiz;
    this.navigate(
      { view: 'lesson', lesson: event.lesson, slide: event.slide + 1 },
      question ? { lesson: event.lesson, question } : null,
    );
  }

  private restoreTitle() {
    if (this.pageTitle === null) return;
    document.title = this.pageTitle;
    this.pageTitle = null;
  }

  protected override createRenderRoot() {
    this.prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Lit renders before a shadow root's first node, which here is built content about to go.
    if (this.prerendered.length) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    if (this.progress.ready) for (const node of this.prerendered.splice(0)) node.remove();
    super.update(changed);
  }

  override updated(): void {
    if (this.routing === 'hash' && this.progress.ready) {
      this.pageTitle ??= document.title;
      document.title = documentTitle(this.route, this.progress.states, this.pageTitle, this.mark);
    } else this.restoreTitle();
    const states = this.internals?.states;
    try {
      const shown = this.progress.ready ? this.shownView : 'loading';
      for (const state of STATES) states?.[state === shown ? 'add' : 'delete'](state);
    } catch {
      // Browsers from before CSS custom states were settled take only --dashed names: the page keeps its one layout.
    }
    if (!this.focusView) return;
    const target = this.renderRoot.querySelector<HTMLElement>('[data-view-focus]');
    if (!target) return;
    this.focusView = false;
    target.focus();
  }

  override render() {
    if (!this.progress.ready) return this.prerendered.length ? nothing : this.renderLoading();
    const states = this.progress.states;
    const route = this.route;
    const state = 'lesson' in route ? states.find((s) => s.summary.id === route.lesson) : undefined;
    this.shownView = route.view === 'complete' || route.view === 'check' || state ? route.view : 'overview';
    if (route.view === 'lesson' && state) return this.renderLesson(states, state, route.slide);
    if (route.view === 'quiz' && state) return this.renderQuiz(states, state, route.question);
    if (route.view === 'complete') return this.renderComplete(states);
    if (route.view === 'check') return this.renderCheck();
    return this.renderOverview(states);
  }

  private renderOverview(states: LessonState[]) {
    const last = this.progress.course.last;
    const lastState = last && states.find((state) => state.summary.id === last.lesson);
    const complete = courseComplete(states, this.mark);
    const length = courseLength(states.map((state) => state.summary));
    return html`
      <div class="base" part="base">
        <div class="overview-header">
          <h2 tabindex="-1" data-view-focus>${courseStrings.lessonsHeading}</h2>
          ${helpButton(this.emergencyNumber, this.language)}
        </div>
        <div class="intro" part="intro">
          <p><strong>${courseStrings.whatYouLearn}</strong> ${courseStrings.learn}</p>
          <p class="muted">${courseStrings.courseLength(length.lessons, length.minutes)}</p>
          ${this.checkButton()}
        </div>
        ${
          complete
            ? html`<div class="banner" part="continue">
              <p>${courseStrings.courseDoneBanner}</p>
              <button class="button" part="button" @click=${() => this.navigate({ view: 'complete' })}>${courseStrings.seeResults}</button>
            </div>`
            : lastState
              ? html`<div class="banner" part="continue">
                <p>
                  <strong>${courseStrings.continueWhere}</strong><br />
                  ${last.view === 'quiz' ? courseStrings.continueQuiz(lastState.summary.title) : courseStrings.continueLesson(lastState.summary.title)}
                </p>
                <button class="button" part="button" @click=${() => this.navigate({ view: last.view, lesson: last.lesson })}>
                  ${courseStrings.continue}
                </button>
              </div>`
              : nothing
        }
        <ol class="cards">
          ${states.map((state, i) => this.renderCard(state, i, states.length))}
        </ol>
        <p class="disclaimer muted">${courseStrings.disclaimer}</p>
      </div>
    `;
  }

  private renderCard(state: LessonState, index: number, total: number) {
    const { summary } = state;
    const stage = lessonStage(state, this.mark);
    const seen = slidesSeen(state);
    return html`
      <li class="card ${stage}" part="lesson-card">
        <div class="card-head">
          <span class="number" aria-hidden="true">${stage === 'done' ? '✓' : index + 1}</span>
          <div>
            <h3>${summary.title}</h3>
            <p class="meta muted">
              <span class="visually-hidden">${courseStrings.lessonNumber(index + 1, total)}.</span>
              ${courseStrings.minutes(summary.minutes)} · ${stage === 'done' ? courseStrings.done : courseStrings.slidesSeen(Math.round(seen * summary.slideCount), summary.slideCount)}
              · ${courseStrings.quizBest(state.quiz.best)}
            </p>
            ${stage === 'not-passed' ? html`<p class="card-status">${courseStrings.notPassedYet}</p>` : nothing}
          </div>
        </div>
        <p class="card-summary">${summary.summary}</p>
        <div class="card-foot">
          ${bar(seen)}
          <div class="card-actions">
            ${this.renderGoOn(state, stage)}
            ${
              summary.questionCount > 0 && nextStep(state, this.mark) !== 'quiz'
                ? html`<button
                  class="button secondary"
                  part="button"
                  aria-label=${courseStrings.actionFor(courseStrings.takeQuiz, summary.title)}
                  @click=${() => this.navigate({ view: 'quiz', lesson: summary.id })}
                >
                  ${courseStrings.takeQuiz}
                </button>`
                : nothing
            }
          </div>
        </div>
      </li>
    `;
  }

  /** The button to what the lesson still needs (a quiz not passed first), or back to its first slide once it is done. */
  private renderGoOn(state: LessonState, stage: LessonStage) {
    const { id, title } = state.summary;
    const step = nextStep(state, this.mark);
    const action = courseStrings[ACTIONS[stage]];
    return html`<button
      class="button ${stage === 'done' ? 'secondary' : ''}"
      part="button"
      aria-label=${courseStrings.actionFor(action, title)}
      @click=${() => this.navigate(step === 'quiz' ? { view: 'quiz', lesson: id } : { view: 'lesson', lesson: id, ...(step ? {} : { slide: 1 }) })}
    >
      ${action}
    </button>`;
  }

  /**
   * The way back and on, above a lesson or quiz, with what follows it (a heading, the way back to a question). It is
   * a panel of its own rather than text on the host's page, whose background may not suit the course's colours.
   */
  private renderToolbar(states: LessonState[], state: LessonState, extra: unknown, below: unknown) {
    const index = states.indexOf(state);
    return html`
      <div class="view-header" part="toolbar">
        <div class="toolbar">
          <button class="button" part="button" @click=${() => this.navigate({ view: 'overview' })}>
            <span aria-hidden="true">←</span> ${courseStrings.allLessons}
          </button>
          ${extra}
          <span class="lesson-number muted">${courseStrings.lessonNumber(index + 1, states.length)}</span>
        </div>
        ${below}
      </div>
    `;
  }

  private renderLesson(states: LessonState[], state: LessonState, slide: number | undefined) {
    const { id, questionCount } = state.summary;
    const back = this.returnTo?.lesson === id ? this.returnTo : null;
    return html`<div class="frame">
      ${this.renderToolbar(
        states,
        state,
        html`${
          questionCount > 0
            ? html`<button class="button" part="button" @click=${() => this.navigate({ view: 'quiz', lesson: id })}>${courseStrings.takeQuiz}</button>`
            : nothing
        }${id === CHECK_LESSON ? this.checkButton() : nothing}`,
        back
          ? html`<button class="button return" part="button" @click=${() => this.navigate({ view: 'quiz', lesson: id, question: back.question })}>
              <span aria-hidden="true">←</span> ${courseStrings.backToQuestion}
            </button>`
          : nothing,
      )}
      <twitch-lesson
        lang=${this.language}
        lesson=${state.summary.id}
        store=${this.store}
        emergency-number=${this.emergencyNumber}
        reviewed-by=${this.reviewedBy}
        reviewed-on=${this.reviewedOn}
        slide=${ifDefined(slide)}
        data-view-focus
        @twitch-slide-change=${this.onSlideChange}
        @twitch-lesson-complete=${() => this.navigate({ view: 'quiz', lesson: state.summary.id })}
      ></twitch-lesson>
    </div>`;
  }

  private checkButton() {
    return html`<button class="button secondary" part="button button-check-start" @click=${() => this.navigate({ view: 'check' })}>
      ${courseStrings.checkHeading}
    </button>`;
  }

  private renderCheck() {
    return html`<div class="frame">
      <div class="view-header" part="toolbar">
        <div class="toolbar">
          <button class="button" part="button" @click=${() => this.navigate({ view: 'overview' })}>
            <span aria-hidden="true">←</span> ${courseStrings.allLessons}
          </button>
        </div>
        <h2 class="quiz-heading" tabindex="-1" data-view-focus>${courseStrings.checkHeading}</h2>
      </div>
      <twitch-check lang=${this.language} emergency-number=${this.emergencyNumber} @twitch-slide-request=${this.onSlideRequest}></twitch-check>
    </div>`;
  }

  private renderQuiz(states: LessonState[], state: LessonState, question: number | undefined) {
    const next = lessonAfter(states, state.summary.id);
    const nextState = next ? states.find((s) => s.summary.id === next) : null;
    const taken = state.quiz.best !== null;
    return html`<div class="frame">
      ${this.renderToolbar(
        states,
        state,
        html`<button class="button" part="button" @click=${() => this.navigate({ view: 'lesson', lesson: state.summary.id })}>
          ${courseStrings.backToLesson}
        </button>`,
        html`<h2 class="quiz-heading" tabindex="-1" data-view-focus>${courseStrings.quizHeading(state.summary.title)}</h2>`,
      )}
      <twitch-quiz
        lang=${this.language}
        quiz=${state.summary.id}
        store=${this.store}
        pass-mark=${this.passMark}
        emergency-number=${this.emergencyNumber}
        reviewed-by=${this.reviewedBy}
        reviewed-on=${this.reviewedOn}
        .question=${question}
        @twitch-slide-request=${this.onSlideRequest}
      ></twitch-quiz>
      ${
        taken
          ? html`<div class="after-quiz">
            ${
              nextState
                ? html`<button class="button" part="button" @click=${() => this.navigate({ view: 'lesson', lesson: nextState.summary.id })}>
                  ${courseStrings.nextLesson(nextState.summary.title)} <span aria-hidden="true">→</span>
                </button>`
                : html`<button class="button" part="button" @click=${() => this.navigate({ view: 'complete' })}>
                  ${courseComplete(states, this.mark) ? courseStrings.seeResults : courseStrings.seeWhatIsLeft}
                </button>`
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderComplete(states: LessonState[]) {
    const done = states.filter((state) => lessonStage(state, this.mark) === 'done').length;
    if (done < states.length) return this.renderLeft(states, done);
    return html`
      <div class="base complete" part="base">
        <div class="no-print">
          <h2 tabindex="-1" data-view-focus>${courseStrings.completeHeading}</h2>
          <p>${courseStrings.lessonsDone(done, states.length)} ${courseStrings.averageScore(averageBest(states))}</p>
          <table>
            <caption>${courseStrings.scoreTableCaption}</caption>
            <thead>
              <tr><th scope="col">${courseStrings.lessonColumn}</th><th scope="col">${courseStrings.bestColumn}</th><th scope="col">${courseStrings.resultColumn}</th></tr>
            </thead>
            <tbody>
              ${states.map(
                (state) => html`<tr>
                  <th scope="row">${state.summary.title}</th>
                  <td>${state.quiz.best === null ? '–' : `${state.quiz.best}%`}</td>
                  <td>${state.quiz.best === null ? '–' : state.quiz.best >= this.mark ? courseStrings.passedShort : courseStrings.notPassedShort}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <div class="actions">
            <button class="button" part="button" @click=${() => window.print()}>${courseStrings.print}</button>
            <button class="button secondary" part="button" @click=${() => this.navigate({ view: 'overview' })}>${courseStrings.allLessons}</button>
          </div>
        </div>
        ${this.lessons ? this.renderSummary(this.lessons) : html`<p aria-busy="true">${strings.loading}</p>`}
      </div>
    `;
  }

  /** The completion screen reached before the end (a link, Back): what each lesson not done still needs. */
  private renderLeft(states: LessonState[], done: number) {
    const mark = this.mark;
    return html`
      <div class="base complete" part="base">
        <h2 tabindex="-1" data-view-focus>${courseStrings.notFinishedHeading}</h2>
        <p>${courseStrings.lessonsDone(done, states.length)}</p>
        <h3>${courseStrings.stillToDo}</h3>
        <ul class="left">
          ${stillToDo(states, mark).map(
            ({ state, steps }) => html`<li>
              <div>
                <strong>${state.summary.title}</strong><br />
                ${steps.map((step) => courseStrings.stepLeft(step, state.quiz.best, mark)).join(' ')}
              </div>
              ${this.renderGoOn(state, lessonStage(state, mark))}
            </li>`,
          )}
        </ul>
        <div class="actions">
          <button class="button secondary" part="button" @click=${() => this.navigate({ view: 'overview' })}>${courseStrings.allLessons}</button>
        </div>
      </div>
    `;
  }

  private renderSummary(lessons: Lesson[]) {
    const reviewed = lessons.map((lesson) => lesson.reviewed).sort()[0]!;
    const nextReview = lessons.map((lesson) => lesson.nextReview).sort()[0]!;
    return html`
      <section class="summary" part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">${courseStrings.summaryHeading(courseStrings.courseTitle)}</h3>
        <p class="print-only muted">${courseStrings.printedFrom(humanDate(localDay(new Date())), location.href.split('#')[0]!)}</p>
        <div class="summary-lessons">
          ${lessons.map(
            (lesson) => html`<h4>${lesson.title}</h4>
              <ul>
                ${(lesson.keyPoints.length ? lesson.keyPoints : lesson.objectives).map((point) => html`<li>${point}</li>`)}
              </ul>
              ${warningBoxes(lesson).map((box) => contentHtml(box, this.emergencyNumber))}`,
          )}
        </div>
        <twitch-help class="red-flags" lang=${this.language} emergency-number=${this.emergencyNumber}></twitch-help>
        <p class="disclaimer">${courseStrings.disclaimer}</p>
        <p class="muted">
          ${strings.reviewed(humanDate(reviewed), humanDate(nextReview))}.
          ${this.reviewedBy ? strings.signedOff(this.reviewedBy, humanDate(this.reviewedOn)) : nothing}
        </p>
      </section>
    `;
  }
}

const STATES: (Route['view'] | 'loading')[] = ['overview', 'lesson', 'quiz', 'complete', 'check', 'loading'];
/** The lesson on red flags, whose advice "Should I see a doctor?" follows: its toolbar leads to the check too. */
const CHECK_LESSON = 'how-serious';

defineOnce('twitch-course', TwitchCourse);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-course': TwitchCourse;
  }
}
