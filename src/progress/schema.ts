/**
 * Progress records, one per lesson and one per quiz, each stored under its own key so that an update to one
 * never rewrites another. Every record carries a schema version and is validated when read.
 */

export const SCHEMA_VERSION = 1;

export interface LessonProgress {
  version: typeof SCHEMA_VERSION;
  /** 0-based index of the slide the learner is on. */
  slide: number;
  /** 0-based indexes of the slides seen so far. */
  seen: number[];
}

export interface QuizProgress {
  version: typeof SCHEMA_VERSION;
  /** Chosen option ids by question id, for the current attempt. */
  answers: Record<string, string[]>;
  /** Best score in per cent over all finished attempts, or null before the first. */
  best: number | null;
}

export const lessonKey = (lessonId: string) => `lesson:${lessonId}`;
export const quizKey = (lessonId: string) => `quiz:${lessonId}`;

export const emptyLessonProgress = (): LessonProgress => ({ version: SCHEMA_VERSION, slide: 0, seen: [0] });
export const emptyQuizProgress = (): QuizProgress => ({ version: SCHEMA_VERSION, answers: {}, best: null });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export function isLessonProgress(value: unknown): value is LessonProgress {
  return (
    isRecord(value) &&
    value.version === SCHEMA_VERSION &&
    isIndex(value.slide) &&
    Array.isArray(value.seen) &&
    value.seen.every(isIndex)
  );
}

export function isQuizProgress(value: unknown): value is QuizProgress {
  return (
    isRecord(value) &&
    value.version === SCHEMA_VERSION &&
    (value.best === null || (typeof value.best === 'number' && value.best >= 0 && value.best <= 100)) &&
    isRecord(value.answers) &&
    Object.values(value.answers).every((chosen) => Array.isArray(chosen) && chosen.every((id) => typeof id === 'string'))
  );
}
