import type { LessonSummary } from '../content/types.js';
import type { LessonProgress, QuizProgress } from '../progress/schema.js';

export interface LessonState {
  summary: LessonSummary;
  lesson: LessonProgress;
  quiz: QuizProgress;
}

export type LessonStage = 'new' | 'started' | 'not-passed' | 'done';

/** What a lesson still needs: to be seen to the end, its quiz taken, or its quiz passed. */
export type Step = 'lesson' | 'quiz' | 'pass';

/** The quiz score in per cent that passes when the course names none. */
const PASS_MARK = 80;

/** Everything the lesson still needs before it is done; none once it is seen to the end and its quiz passed. */
export function stepsLeft({ summary, lesson, quiz }: LessonState, passMark = PASS_MARK): Step[] {
  const steps: Step[] = lesson.completed ? [] : ['lesson'];
  if (summary.questionCount === 0) return steps;
  if (quiz.best === null) steps.push('quiz');
  else if (quiz.best < passMark) steps.push('pass');
  return steps;
}

/** A lesson is done when its last slide was finished and its quiz (if it has one) was passed. */
export function lessonStage(state: LessonState, passMark = PASS_MARK): LessonStage {
  const steps = stepsLeft(state, passMark);
  if (steps.length === 0) return 'done';
  if (steps.includes('pass')) return 'not-passed';
  const { lesson, quiz } = state;
  const touched =
    lesson.seen.length > 0 || lesson.completed || quiz.best !== null || Object.keys(quiz.answers).length > 0;
  return touched ? 'started' : 'new';
}

/** Where the lesson's button takes the learner: a quiz not passed comes first, then the lesson, then its quiz. */
export function nextStep(state: LessonState, passMark = PASS_MARK): 'lesson' | 'quiz' | null {
  const steps = stepsLeft(state, passMark);
  if (steps.length === 0) return null;
  return steps.includes('pass') || steps[0] === 'quiz' ? 'quiz' : 'lesson';
}

/** The lessons not done yet, in course order, each with what it still needs. */
export const stillToDo = (states: readonly LessonState[], passMark = PASS_MARK) =>
  states.map((state) => ({ state, steps: stepsLeft(state, passMark) })).filter(({ steps }) => steps.length > 0);

/** Share of the lesson's slides seen, 0–1. */
export const slidesSeen = ({ summary, lesson }: LessonState) =>
  Math.min(new Set(lesson.seen.filter((i) => i < summary.slideCount)).size / summary.slideCount, 1);

export const courseComplete = (states: readonly LessonState[], passMark = PASS_MARK) =>
  states.length > 0 && stillToDo(states, passMark).length === 0;

/** Average of the best quiz scores so far, or null before any quiz was completed. */
export function averageBest(states: readonly LessonState[]): number | null {
  const scores = states.map((state) => state.quiz.best).filter((best): best is number => best !== null);
  return scores.length === 0 ? null : Math.round(scores.reduce((sum, best) => sum + best, 0) / scores.length);
}

/** The lesson after the given one, or null after the last. */
export function lessonAfter(states: readonly LessonState[], lessonId: string): string | null {
  const index = states.findIndex((state) => state.summary.id === lessonId);
  return states[index + 1]?.summary.id ?? null;
}

/** How big the course is, for its intro: the number of lessons and their minutes added up. */
export const courseLength = (summaries: readonly LessonSummary[]) => ({
  lessons: summaries.length,
  minutes: summaries.reduce((sum, summary) => sum + summary.minutes, 0),
});
