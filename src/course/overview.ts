import type { LessonSummary } from '../content/types.js';
import type { LessonProgress, QuizProgress } from '../progress/schema.js';

export interface LessonState {
  summary: LessonSummary;
  lesson: LessonProgress;
  quiz: QuizProgress;
}

export type LessonStage = 'new' | 'started' | 'done';

/** A lesson is done when its last slide was finished and its quiz (if it has one) was completed once. */
export function lessonStage({ summary, lesson, quiz }: LessonState): LessonStage {
  const quizDone = summary.questionCount === 0 || quiz.best !== null;
  if (lesson.completed && quizDone) return 'done';
  const touched = lesson.seen.length > 0 || lesson.completed || quiz.best !== null || Object.keys(quiz.answers).length > 0;
  return touched ? 'started' : 'new';
}

/** Share of the lesson's slides seen, 0–1. */
export const slidesSeen = ({ summary, lesson }: LessonState) =>
  Math.min(new Set(lesson.seen.filter((i) => i < summary.slideCount)).size / summary.slideCount, 1);

export const courseComplete = (states: readonly LessonState[]) =>
  states.length > 0 && states.every((state) => lessonStage(state) === 'done');

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
