import { html, nothing } from 'lit';
import type { Lesson } from '../content/types.js';
import { lessonEndStrings } from './strings.js';

/** For the lesson to register for translation once this module has loaded. */
export { lessonEndStrings as endStrings };

/** The lesson's key points, closing its last slide before Finish lesson, so the learner sees them before any quiz. */
export const recap = ({ keyPoints }: Lesson) =>
  keyPoints.length
    ? html`<section class="recap" part="recap">
        <h3>${lessonEndStrings.keyPoints}</h3>
        <ul>
          ${keyPoints.map((point) => html`<li>${point}</li>`)}
        </ul>
      </section>`
    : nothing;

/** The "Get help now" panel after the last slide, so that a lesson embedded alone still ends on the red flags. */
export const helpPanel = (emergencyNumber: string, lang: string) =>
  html`<section class="lesson-end" part="lesson-end" aria-label=${lessonEndStrings.whenToGetHelp}>
    <twitch-help lang=${lang} emergency-number=${emergencyNumber}></twitch-help>
  </section>`;

/** Once the lesson is finished, a way to its quiz where the host placed one on the same page (`twitch-quiz[quiz=ID]`). */
export function quizButton(lesson: Element, id: string) {
  const quiz = (lesson.getRootNode() as ParentNode).querySelector<HTMLElement>(`twitch-quiz[quiz="${CSS.escape(id)}"]`);
  return quiz
    ? html`<button class="button" part="button button-quiz" @click=${() => toQuiz(quiz)}>${lessonEndStrings.takeQuiz}</button>`
    : nothing;
}

function toQuiz(quiz: HTMLElement) {
  // A custom element takes focus only with a tabindex. It reads -1 while it has none, so writing it back gives the quiz a
  // tabindex of -1 and keeps one the host set.
  quiz.tabIndex = quiz.tabIndex;
  quiz.scrollIntoView();
  quiz.focus();
}
