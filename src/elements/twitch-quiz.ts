import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Question, Quiz } from '../content/types.js';
import { ContentController } from '../controllers/content-controller.js';
import { ProgressController } from '../controllers/progress-controller.js';
import { loadQuiz } from '../course-content.js';
import { defineOnce } from '../define.js';
import { TwitchAnswerEvent, TwitchQuizSubmitEvent } from '../events.js';
import { quizKey, quizProgressSchema } from '../progress/schema.js';
import { firstUnanswered, isCorrect, scoreQuiz } from '../quiz/grading.js';
import { strings } from '../strings.js';
import { hostStyles } from '../styles/host.styles.js';
import { quizStyles } from './twitch-quiz.styles.js';


/**
 * @summary The quiz of one lesson: a question at a time, with feedback that teaches, and a score at the end.
 *
 * @csspart base - The quiz's frame.
 * @csspart question - The group of options of the current question.
 * @csspart option - An answer option; also `option-correct` and `option-wrong` once answered.
 * @csspart feedback - Right or wrong, with the explanation.
 * @csspart score - The score on the results screen.
 * @csspart button - Every button; also `button-check`, `button-next` and `button-retry`.
 *
 * @cssprop [--twitch-color-success=#1c7a3c] - Marks right answers.
 * @cssprop [--twitch-color-danger=#b3261e] - Marks wrong answers.
 *
 * @fires twitch-answer - The learner checked an answer.
 * @fires twitch-quiz-submit - The learner answered the last question.
 */
export class TwitchQuiz extends LitElement {
  static override styles = [hostStyles, quizStyles];

  /** Id of the lesson whose quiz to show. */
  @property({ reflect: true }) quiz = '';

  /** Name of the database progress is kept in. */
  @property() store = 'twitch-course';

  /** Score in per cent needed to pass. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark = 80;

  @state() private index = 0;
  @state() private selection: string[] = [];
  @state() private showResults = false;

  private readonly content = new ContentController(this, loadQuiz);
  private readonly progress = new ProgressController(this, quizProgressSchema);
  private placedFor: Quiz | null = null;
  private focusTarget: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('quiz') || changed.has('store')) && this.quiz) {
      void this.content.load(this.quiz);
      void this.progress.bind(quizKey(this.quiz), this.store);
    }
    // Once both the quiz and the saved answers are in, resume at the first question not yet answered.
    const quiz = this.content.value;
    if (quiz && this.progress.ready && this.placedFor !== quiz) {
      this.placedFor = quiz;
      const next = firstUnanswered(quiz, this.progress.value.answers);
      this.showResults = next < 0;
      this.index = Math.max(next, 0);
      this.selection = [];
    }
  }

  private get answers() {
    return this.progress.value.answers;
  }

  private show(index: number) {
    this.index = index;
    this.selection = [];
    this.showResults = false;
    this.focusTarget = 'legend';
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
    const question = quiz?.questions[this.index];
    if (!quiz || !question || this.selection.length === 0 || this.answers[question.id]) return;
    const chosen = [...this.selection].sort();
    const answers = { ...this.answers, [question.id]: chosen };
    const score = scoreQuiz(quiz, answers);
    const finished = score.answered === score.total;
    this.focusTarget = 'next';
    void this.progress.update((current) => ({
      ...current,
      answers: { ...current.answers, [question.id]: chosen },
      best: finished ? Math.max(current.best ?? 0, score.percent) : current.best,
    }));
    this.dispatchEvent(new TwitchAnswerEvent(quiz.lesson, question.id, isCorrect(question, chosen)));
    if (finished) this.dispatchEvent(new TwitchQuizSubmitEvent(quiz.lesson, score.percent, score.percent >= this.passMark));
  }

  private next() {
    const quiz = this.content.value!;
    const open = firstUnanswered(quiz, this.answers);
    if (open < 0) {
      this.showResults = true;
      this.focusTarget = 'results';
    } else this.show(this.index + 1 < quiz.questions.length && !this.answers[quiz.questions[this.index + 1]!.id] ? this.index + 1 : open);
  }

  private retry() {
    void this.progress.update((current) => ({ ...current, answers: {} }));
    this.show(0);
  }

  override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = null;
    const selector = { legend: 'input', next: '[part~="button-next"]', results: '.results h2' }[target];
    this.renderRoot.querySelector<HTMLElement>(selector!)?.focus();
  }

  override render() {
    const { status, value: quiz, error } = this.content;
    if (status === 'error') return html`<div class="base" part="base" role="alert">${strings.loadFailed(error)}</div>`;
    if (!quiz || !this.progress.ready) return html`<div class="base" part="base" aria-busy="true">${strings.loading}</div>`;
    return this.showResults ? this.renderResults(quiz) : this.renderQuestion(quiz, quiz.questions[this.index]!);
  }

  private renderDots(quiz: Quiz) {
    return html`
      <ol class="dots" aria-label=${strings.questionsLabel}>
        ${quiz.questions.map((question, i) => {
          const chosen = this.answers[question.id];
          const state = !chosen ? 'open' : isCorrect(question, chosen) ? 'right' : 'wrong';
          return html`<li>
            <button
              type="button"
              class="dot ${state}"
              aria-label=${strings.questionState(i + 1, state)}
              aria-current=${i === this.index && !this.showResults ? 'step' : 'false'}
              @click=${() => this.show(i)}
            >
              ${i + 1}${state === 'right' ? ' ✓' : state === 'wrong' ? ' ✗' : ''}
            </button>
          </li>`;
        })}
      </ol>
    `;
  }

  private renderQuestion(quiz: Quiz, question: Question) {
    const chosen = this.answers[question.id];
    const answered = Boolean(chosen);
    const selected = chosen ?? this.selection;
    const right = answered && isCorrect(question, chosen!);
    const inputType = question.kind === 'multiple' ? 'checkbox' : 'radio';
    const lastOpen = answered && firstUnanswered(quiz, this.answers) < 0;
    return html`
      <form class="base" part="base" @submit=${this.check} novalidate>
        <div class="top">
          <p class="counter">${strings.questionOf(this.index + 1, quiz.questions.length)}</p>
          ${this.renderDots(quiz)}
        </div>
        ${this.progress.memoryOnly ? html`<p class="muted" role="note">${strings.memoryOnly}</p>` : nothing}
        ${question.scenarioHtml ? html`<div class="scenario">${unsafeHTML(question.scenarioHtml)}</div>` : nothing}
        <fieldset part="question">
          <legend>${question.prompt}</legend>
          ${question.kind === 'multiple' ? html`<p class="hint muted">${strings.selectAll}</p>` : nothing}
          <div class="options">
            ${question.options.map((option) => {
              const isChosen = selected.includes(option.id);
              const state = !answered ? '' : option.correct ? 'correct' : isChosen ? 'chosen-wrong' : '';
              return html`
                <label class="option ${answered ? 'answered' : ''} ${state}" part="option ${answered ? (option.correct ? 'option-correct' : 'option-wrong') : ''}">
                  <input
                    type=${inputType}
                    name="answer"
                    value=${option.id}
                    .checked=${isChosen}
                    ?disabled=${answered}
                    @change=${(event: Event) => this.onChoose(question, option.id, (event.target as HTMLInputElement).checked)}
                  />
                  <span>${unsafeHTML(option.html)}</span>
                  ${state === 'correct'
                    ? html`<span class="mark right">✓ ${strings.rightAnswer}</span>`
                    : state === 'chosen-wrong'
                      ? html`<span class="mark wrong">✗ ${strings.yourAnswer}</span>`
                      : nothing}
                </label>
              `;
            })}
          </div>
        </fieldset>
        <div role="status">
          ${answered
            ? html`<div class="feedback ${right ? 'right' : 'wrong'}" part="feedback">
                <p class="verdict">${right ? strings.right : strings.wrong}</p>
                ${unsafeHTML(question.explanationHtml)}
                <p class="muted">${strings.fromSlide(question.slide)}</p>
              </div>`
            : nothing}
        </div>
        <div class="actions">
          ${answered
            ? html`<button type="button" class="button" part="button button-next" @click=${this.next}>
                ${lastOpen ? strings.seeScore : strings.nextQuestion}
              </button>`
            : html`<button type="submit" class="button" part="button button-check" ?disabled=${this.selection.length === 0}>
                ${strings.check}
              </button>`}
        </div>
      </form>
    `;
  }

  private renderResults(quiz: Quiz) {
    const score = scoreQuiz(quiz, this.answers);
    const best = this.progress.value.best;
    return html`
      <section class="base results" part="base">
        <h2 tabindex="-1">${strings.resultsHeading}</h2>
        <p class="score" part="score">${strings.score(score.correct, score.total, score.percent)}</p>
        <p>${score.percent >= this.passMark ? strings.passed(this.passMark) : strings.notPassed(this.passMark)}</p>
        ${best !== null ? html`<p class="muted">${strings.best(best)}</p>` : nothing}
        ${this.renderDots(quiz)}
        <div class="actions">
          <button type="button" class="button" part="button button-retry" @click=${this.retry}>${strings.retry}</button>
        </div>
      </section>
    `;
  }
}

defineOnce('twitch-quiz', TwitchQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-quiz': TwitchQuiz;
  }
}
