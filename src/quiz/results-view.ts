import { html } from 'lit';
import type { Lesson, Question, Quiz } from '../content/types.js';
import { strings } from '../strings.js';
import { questionNumber } from './attempt.js';
import { isCorrect, type Answers } from './grading.js';

// Only a finished attempt shows these, so they load with the results rather than with every quiz on every page.
export { resultsStyles } from '../elements/twitch-quiz-results.styles.js';

/** A pass: a check mark that draws itself in, then what the learner now knows, from the lesson's key points. */
export const celebration = (passed: string, lesson: Lesson | null) => html`<div class="celebration" part="celebration">
  <svg class="tick" viewBox="0 0 52 52" aria-hidden="true" focusable="false">
    <circle cx="26" cy="26" r="23" pathLength="1"></circle>
    <path d="M15 27.5l7.5 7.5L37.5 18" pathLength="1"></path>
  </svg>
  <div>
    <p class="celebration-title">${passed}</p>
    ${
      lesson
        ? html`<p>${strings.nowYouKnow(lesson.title)}</p>
          <ul>
            ${(lesson.keyPoints.length ? lesson.keyPoints : lesson.objectives).map((point) => html`<li>${point}</li>`)}
          </ul>`
        : ''
    }
  </div>
</div>`;

/** Every question of the attempt under its number in the whole quiz, right or missed. */
export const answerList = (
  quiz: Quiz,
  questions: readonly Question[],
  answers: Answers,
) => html`<h3>${strings.yourAnswers}</h3>
  <ol class="answers">
    ${questions.map((question) => {
      const right = isCorrect(question, answers[question.id] ?? []);
      return html`<li value=${questionNumber(quiz, question)}>
        ${question.prompt}
        <span class="mark ${right ? 'right' : 'wrong'}">${right ? `✓ ${strings.answeredRight}` : `✗ ${strings.answeredWrong}`}</span>
      </li>`;
    })}
  </ol>`;
