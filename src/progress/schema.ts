/**
 * Progress records, one per lesson, one per quiz and one for the course, each stored under its own key so that
 * an update to one never rewrites another. Every record carries a schema version and is validated when read
 * (validation.ts, which loads with the store).
 */

export const SCHEMA_VERSION = 2;

/** How a kind of record is validated, brought up from an older version, and what stands in when there is none. */
export interface RecordSchema<T> {
  is(value: unknown): value is T;
  empty(): T;
  /** The record in the current version, or null when it is not a record of this kind in any version. */
  upgrade(value: unknown): T | null;
}

export interface LessonProgress {
  version: typeof SCHEMA_VERSION;
  /** 0-based index of the slide the learner is on. */
  slide: number;
  /** 0-based indexes of the slides seen so far. */
  seen: number[];
  /** True once the learner has finished the last slide. */
  completed: boolean;
}

export interface QuizProgress {
  version: typeof SCHEMA_VERSION;
  /** Counts attempts from 0; it seeds the order of the options, so a reload keeps the order. */
  attempt: number;
  /** Ids of the questions of this attempt when it reviews only the missed ones; null means all. */
  review: string[] | null;
  /** Chosen option ids by question id, for the current attempt. */
  answers: Record<string, string[]>;
  /** Best score in per cent over all finished attempts, or null before the first. */
  best: number | null;
}

export interface CourseProgress {
  version: typeof SCHEMA_VERSION;
  /** Where the learner was last, for "Continue where you left off". */
  last: { view: 'lesson' | 'quiz'; lesson: string } | null;
}

export const lessonKey = (lessonId: string) => `lesson:${lessonId}`;
/** A host's own lesson is known by its absolute URL: its id may be anyone's, even a built-in lesson's. */
export const srcLessonKey = (url: string) => lessonKey(`src:${url}`);
export const quizKey = (lessonId: string) => `quiz:${lessonId}`;
export const COURSE_KEY = 'course';

export const emptyLessonProgress = (): LessonProgress => ({
  version: SCHEMA_VERSION,
  slide: 0,
  seen: [],
  completed: false,
});
export const emptyQuizProgress = (): QuizProgress => ({
  version: SCHEMA_VERSION,
  attempt: 0,
  review: null,
  answers: {},
  best: null,
});
export const emptyCourseProgress = (): CourseProgress => ({ version: SCHEMA_VERSION, last: null });
