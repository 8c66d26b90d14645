import { defaultStore } from 'virtual:twitch-course/defaults';
import { html, nothing } from 'lit';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Lesson, Question, Quiz } from '../content/types.js';
import { ContentController } from '../controllers/content-controller.js';
import { ProgressController } from '../controllers/progress-controller.js';
import { loadLesson, loadQuiz } from '../course-content.js';
import { TwitchAnswerEvent, TwitchQuizSubmitEvent, TwitchSlideRequestEvent } from '../events.js';
import { passMark } from '../numbers.js';
import { emptyQuizProgress, quizKey, type QuizProgress } from '../progress/schema.js';
import {
  attemptQuestions,
  missedQuestions,
  optionOrder,
  questionNumber,
  startRetry,
  startReview,
} from '../quiz/attempt.js';
import { firstUnanswered, isCorrect, scoreQuestions } from '../quiz/grading.js';
import { humanDate, strings } from '../strings.js';
import { bar, barStyles } from '../styles/bar.js';
import { hostStyles } from '../styles/host.styles.js';
import { quizStyles } from './twitch-quiz.styles.js';
import { contentHtml } from '../help/emergency-number.js';
import { helpButton } from '../help/help-dialog.js';
import { helpButtonStyles } from '../styles/help-button.styles.js';

/**
 * @tagname twitch-quiz
 * @summary The quiz of one lesson: a question at a time, with feedback that teaches, and a score at the end.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * @csspart base - The quiz's frame.
 * @csspart question - The group of options of the current question.
 * @csspart option - An answer option; also `option-correct` and `option-wrong` once answered.
 * @csspart feedback - Right or wrong, with the explanation.
 * @csspart score - The score on the results screen.
 * @csspart celebration - The check mark and what the learner now knows, shown when an attempt passes.
 * @csspart button - Every button; also `button-check`, `button-next`, `button-review` `button-retry` and `button-help`.
 * @csspart slide-link - The link from feedback back to the slide that teaches the answer.
 * @csspart signed-off - The host's own review line (`reviewed-by`, `reviewed-on`).
 * @csspart help-dialog - The "Get help now" dialog; its button is `button-help`.
 *
 * @fires twitch-answer - The learner checked an answer.
 * @fires twitch-quiz-submit - The learner answered the last question of an attempt.
 * @fires twitch-slide-request - The learner asked to see the slide an answer comes from.
 *
 * @fires twitch-progress - The learner's progress in this quiz changed (`key`, `record`).
 * @fires twitch-progress-error - Progress can no longer be saved on this device.
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers, and the confirmation before clearing progress.
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
export class TwitchQuiz extends TwitchElement {
  static override styles = [hostStyles, barStyles, helpButtonStyles, quizStyles];

  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties = {
    quiz: { reflect: true },
    store: {},
    passMark: { type: Number, attribute: 'pass-mark' },
    question: { type: Number },
    emergencyNumber: { attribute: 'emergency-number' },
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    index: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    showResults: { state: true, attribute: false },
  };

  /**
   * Id of the lesson whose quiz to show: `what-is-twitching`, `lactic-acid`, `motor-neurons`, `workouts`,
   * `how-serious` or `prevention`.
   */
  quiz = '';

  /** Name of the database progress is kept in: `twitch-course` unless the course config names another. */
  store: string = defaultStore;

  /** Score in per cent needed to pass, from 0 to 100; a pass mark that is no number counts as 80. */
  passMark = 80;

  /**
   * Number of the question shown, counted from 1 over the whole quiz (a review of missed questions keeps their
   * numbers); set it to open another question of the attempt.
   */
  question?: number;

  /** The number to call in an emergency where the host's learners live; without it, 999 (UK), 112 (EU) and 911 (US and Canada). */
  emergencyNumber = '';

  /** Who checked the course for the host, e.g. "Physiotherapy team, Example Clinic"; shown under the quiz. */
  reviewedBy = '';

  /** When they did, as YYYY-MM-DD (shown as "25 November 2026") or in words. */
  reviewedOn = '';

  private index = 0;
  private selection: string[] = [];
  private showResults = false;

  private readonly content = new ContentController(this, loadQuiz);
  private readonly progress = new ProgressController(this, emptyQuizProgress);
  /** The quiz's lesson, loaded once an attempt passes, for what the learner now knows. */
  private readonly lesson = new ContentController<Lesson>(this, loadLesson);
  /** The question the view shows (see `question`), and one asked for before the quiz could show it. */
  private shownQuestion?: number;
  private requestedQuestion?: number;
  private resultsView: ResultsView | null = null;
  /** The attempt the view was last placed for: a new quiz or a new attempt resumes at its first open question. */
  private placedFor: { quiz: Quiz; attempt: number } | null = null;
  private focusTarget: keyof typeof FOCUS_TARGETS | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.quiz) void this.content.load(this.quiz);
    if ((changed.has('quiz') || changed.has('store')) && this.quiz)
      void this.progress.bind(quizKey(this.quiz), this.store);
    if (changed.has('question') && this.question !== this.shownQuestion) this.requestedQuestion = this.question;
    const quiz = this.content.value;
    if (!quiz || !this.progress.ready) return;
    const { attempt } = this.progress.value;
    if (this.placedFor?.quiz !== quiz || this.placedFor.attempt !== attempt) {
      this.placedFor = { quiz, attempt };
      const next = firstUnanswered(this.questions, this.answers);
      this.showResults = next < 0;
      this.index = Math.max(next, 0);
      this.selection = [];
    }
    if (this.requestedQuestion !== undefined) {
      const index = this.questions.findIndex((question) => questionNumber(quiz, question) === this.requestedQuestion);
      this.requestedQuestion = undefined;
      if (index >= 0) {
        this.index = index;
        this.selection = [];
        this.showResults = false;
      }
    }
    const shown = this.showResults ? undefined : this.questions[this.index];
    // Set during the update, so it reports the question shown without counting as a new request.
    this.question = this.shownQuestion = shown && questionNumber(quiz, shown);
    if (!this.showResults) return;
    void this.loadResultsView();
    if (this.passed(quiz)) void this.lesson.load(quiz.lesson);
  }

  private async loadResultsView() {
    const view = await (resultsView ??= import('../quiz/results-view.js'));
    if (this.resultsView) return;
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, view.resultsStyles.styleSheet!];
    this.resultsView = view;
    this.requestUpdate();
  }

  /** Whether the attempt shown is a whole run through the quiz, finished at or above the pass mark. */
  private passed(quiz: Quiz) {
    const { percent, answered, total } = scoreQuestions(this.questions, this.answers);
    return (
      this.progress.value.review === null &&
      answered === total &&
      quiz.questions.length > 0 &&
      percent >= passMark(this.passMark)
    );
  }

  private get answers() {
    return this.progress.value.answers;
  }

  private get questions(): Question[] {
    return this.content.value ? attemptQuestions(this.content.value, this.progress.value) : [];
  }

  private show(index: number) {
    this.index = index;
    this.selection = [];
    this.showResults = false;
    this.focusTarget = 'question';
  }

  private onChoose(question: Question, optionId: string, checked: boolean) {
    if (question.kind === 'multiple') {
      this.selection = checked ? [...this.selection, optionId] : this.selection.filter((id) => id !== optionId);
    } else {
      this.selection = [optionId];
    }
  }

  private check(event: Event) {
    event.preventDefault();
    const quiz = this.content.value;
    const question = this.questions[this.index];
    if (!quiz || !question || this.selection.length === 0 || this.answers[question.id]) return;
    const chosen = [...this.selection].sort();
    const reviewing = this.progress.value.review !== null;
    const score = scoreQuestions(this.questions, { ...this.answers, [question.id]: chosen });
    const finished = score.answered === score.total;
    this.focusTarget = 'next';
    void this.progress.update((current) => ({
      ...current,
      answers: { ...current.answers, [question.id]: chosen },
      // Only a run through the whole quiz can set the best score.
      best: finished && !reviewing ? Math.max(current.best ?? 0, score.percent) : current.best,
    }));
    this.dispatchEvent(new TwitchAnswerEvent(quiz.lesson, question.id, isCorrect(question, chosen), chosen));
    if (finished) {
      // Fetched while the learner reads the last feedback, so the results show whole.
      void (resultsView ??= import('../quiz/results-view.js'));
      this.dispatchEvent(
        new TwitchQuizSubmitEvent(quiz.lesson, score.percent, score.percent >= passMark(this.passMark), reviewing),
      );
    }
  }

  private next() {
    const questions = this.questions;
    const following = questions.findIndex((question, i) => i > this.index && !this.answers[question.id]);
    const open = following >= 0 ? following : firstUnanswered(questions, this.answers);
    if (open < 0) {
      this.showResults = true;
      this.focusTarget = 'results';
    } else this.show(open);
  }

  private restart(start: (current: QuizProgress) => QuizProgress) {
    void this.progress.update(start);
    this.focusTarget = 'question';
  }

  private requestSlide(question: Question) {
    const slide = question.slide - 1;
    const request = new TwitchSlideRequestEvent(this.quiz, slide);
    if (!this.dispatchEvent(request)) return;
    // Nobody showed the slide for us: use the lesson on the same page, if there is one.
    const root = this.getRootNode() as Document | ShadowRoot;
    const lesson = [...root.querySelectorAll('twitch-lesson')].find((element) => element.lesson === this.quiz);
    if (!lesson) return;
    lesson.goTo(slide);
    lesson.scrollIntoView({ block: 'start' });
    lesson.focus();
  }

  override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = null;
    this.renderRoot.querySelector<HTMLElement>(FOCUS_TARGETS[target])?.focus();
  }

  override render() {
    const { status, value: quiz, error } = this.content;
    if (status === 'error') return this.renderFailure(error);
    if (this.progress.failed) return this.renderFailure(strings.checkConnection);
    if (status === 'idle') return html`<div class="base" part="base">${strings.noQuiz}</div>`;
    if (!quiz || !this.progress.ready) return this.renderLoading();
    const question = this.questions[this.index];
    return this.showResults || !question ? this.renderResults(quiz) : this.renderQuestion(quiz, question);
  }

  private renderQuestion(quiz: Quiz, question: Question) {
    const chosen = this.answers[question.id];
    const answered = Boolean(chosen);
    const selected = chosen ?? this.selection;
    const right = answered && isCorrect(question, chosen!);
    const inputType = question.kind === 'multiple' ? 'checkbox' : 'radio';
    const total = this.questions.length;
    const lastOpen = answered && firstUnanswered(this.questions, this.answers) < 0;
    const { attempt, review } = this.progress.value;
    return html`
      <form class="base" part="base" @submit=${this.check} novalidate>
        <div class="top">
          <p class="counter">${strings.questionOf(questionNumber(quiz, question), quiz.questions.length)}</p>
          ${helpButton(this.emergencyNumber, this.language)}
        </div>
        ${bar((this.index + 1) / total)}
        ${review ? html`<p class="review-note muted">${strings.reviewNote(this.index + 1, total)}</p>` : nothing}
        ${this.progress.memoryOnly ? html`<p class="storage-notice muted" role="note">${strings.memoryOnly}</p>` : nothing}
        ${question.scenarioHtml ? html`<div class="scenario">${this.compiled(question.scenarioHtml)}</div>` : nothing}
        <fieldset part="question">
          <legend>${question.prompt}</legend>
          ${question.kind === 'multiple' ? html`<p class="hint muted">${strings.selectAll}</p>` : nothing}
          <div class="options">
            ${keyed(
              // New inputs for every question and attempt: a reused radio would keep the last question's checked state.
              `${question.id}/${attempt}`,
              optionOrder(question, quiz.lesson, attempt).map((option) => {
                const isChosen = selected.includes(option.id);
                const state = !answered ? '' : option.correct ? 'correct' : isChosen ? 'chosen-wrong' : '';
                return html`
                  <label
                    class="option ${answered ? 'answered' : ''} ${state}"
                    part="option ${answered ? (option.correct ? 'option-correct' : 'option-wrong') : ''}"
                  >
                    <input
                      type=${inputType}
                      name="answer"
                      value=${option.id}
                      .checked=${isChosen}
                      ?disabled=${answered}
                      @change=${(event: Event) => this.onChoose(question, option.id, (event.target as HTMLInputElement).checked)}
                    />
                    <span
                      >${this.compiled(option.html)}${
                        state === 'correct'
                          ? html`<span class="mark right">✓ ${strings.rightAnswer}</span>`
                          : state === 'chosen-wrong'
                            ? html`<span class="mark wrong">✗ ${strings.yourAnswer}</span>`
                            : nothing
                      }</span
                    >
                  </label>
                `;
              }),
            )}
          </div>
        </fieldset>
        <div role="status">
          ${
            answered
              ? html`<div class="feedback ${right ? 'right' : 'wrong'}" part="feedback">
                <p class="verdict">${right ? strings.right : strings.wrong}</p>
                ${this.compiled(question.explanationHtml)}
                <button type="button" class="link-button" part="slide-link" @click=${() => this.requestSlide(question)}>
                  ${strings.goToSlide(question.slide)}
                </button>
              </div>`
              : nothing
          }
        </div>
        <div class="actions">
          ${
            answered
              ? html`<button type="button" class="button" part="button button-next" @click=${this.next}>
                ${lastOpen ? strings.seeScore : strings.nextQuestion}
              </button>`
              : html`<button type="submit" class="button" part="button button-check" ?disabled=${this.selection.length === 0}>
                ${strings.check}
              </button>`
          }
        </div>
        ${this.renderSignOff()}
      </form>
    `;
  }

  private compiled(html: string) {
    return contentHtml(html, this.emergencyNumber);
  }

  private renderSignOff() {
    return this.reviewedBy
      ? html`<p class="signed-off muted" part="signed-off">${strings.signedOff(this.reviewedBy, humanDate(this.reviewedOn))}</p>`
      : nothing;
  }

  private renderResults(quiz: Quiz) {
    const progress = this.progress.value;
    const score = scoreQuestions(this.questions, this.answers);
    const missed = missedQuestions(quiz, progress).length;
    const mark = passMark(this.passMark);
    const passed = this.passed(quiz);
    const view = this.resultsView;
    return html`
      <section class="base results" part="base">
        <div class="top">
          <h2 tabindex="-1">${strings.resultsHeading}</h2>
          ${helpButton(this.emergencyNumber, this.language)}
        </div>
        ${
          progress.review
            ? html`<p class="score" part="score">${strings.reviewScore(score.correct, score.total)}</p>
              <p>${strings.reviewLeavesBest}</p>`
            : html`<p class="score" part="score">${strings.score(score.correct, score.total, score.percent)}</p>
              ${
                !passed
                  ? html`<p>${strings.notPassed(mark)}</p>`
                  : (view?.celebration(strings.passed(mark), this.lesson.value) ?? html`<p>${strings.passed(mark)}</p>`)
              }`
        }
        ${progress.best !== null ? html`<p class="muted">${strings.best(progress.best)}</p>` : nothing}
        ${view?.answerList(quiz, this.questions, this.answers)}
        <div class="actions">
          ${
            missed > 0
              ? html`<button type="button" class="button" part="button button-review" @click=${() => this.restart((current) => startReview(quiz, current))}>
                ${strings.reviewMissed(missed)}
              </button>`
              : nothing
          }
          <button type="button" class="button ${missed > 0 ? 'secondary' : ''}" part="button button-retry" @click=${() => this.restart(startRetry)}>
            ${strings.retry}
          </button>
        </div>
        ${this.renderSignOff()}
      </section>
    `;
  }
}

type ResultsView = typeof import('../quiz/results-view.js');
let resultsView: Promise<ResultsView> | undefined;

const FOCUS_TARGETS = {
  question: 'input',
  next: '[part~="button-next"]',
  results: '.results h2',
};

defineOnce('twitch-quiz', TwitchQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-quiz': TwitchQuiz;
  }
}
