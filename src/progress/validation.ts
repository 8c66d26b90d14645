import { slideNumber } from '../numbers.js';
import {
  COURSE_KEY,
  emptyCourseProgress,
  emptyLessonProgress,
  emptyQuizProgress,
  SCHEMA_VERSION,
  type CourseProgress,
  type LessonProgress,
  type QuizProgress,
  type RecordSchema,
} from './schema.js';

// How each kind of record is checked when read, and brought up from an older version.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

export function isLessonProgress(value: unknown): value is LessonProgress {
  return (
    isRecord(value) &&
    value.version === SCHEMA_VERSION &&
    isIndex(value.slide) &&
    Array.isArray(value.seen) &&
    value.seen.every(isIndex) &&
    typeof value.completed === 'boolean'
  );
}

export function isQuizProgress(value: unknown): value is QuizProgress {
  return (
    isRecord(value) &&
    value.version === SCHEMA_VERSION &&
    isIndex(value.attempt) &&
    (value.review === null || (isStringList(value.review) && value.review.length > 0)) &&
    (value.best === null || (typeof value.best === 'number' && value.best >= 0 && value.best <= 100)) &&
    isRecord(value.answers) &&
    Object.values(value.answers).every(isStringList)
  );
}

export function isCourseProgress(value: unknown): value is CourseProgress {
  if (!isRecord(value) || value.version !== SCHEMA_VERSION) return false;
  const last = value.last;
  return (
    last === null ||
    (isRecord(last) && (last.view === 'lesson' || last.view === 'quiz') && typeof last.lesson === 'string')
  );
}

/** Version 1 (the first release) had no lesson completion and no quiz attempts. */
const isVersion1 = (value: unknown): value is Record<string, unknown> => isRecord(value) && value.version === 1;

/** Slide numbers saved as fractions (`slide: 1.5`) by an earlier release, made whole instead of setting the record aside. */
function wholeSlides(value: Record<string, unknown>): Record<string, unknown> {
  const whole = (n: unknown) => slideNumber(n, 0, Infinity) ?? n;
  return { ...value, slide: whole(value.slide), seen: Array.isArray(value.seen) ? value.seen.map(whole) : value.seen };
}

export const lessonProgressSchema: RecordSchema<LessonProgress> = {
  is: isLessonProgress,
  empty: emptyLessonProgress,
  upgrade(value) {
    if (isLessonProgress(value)) return value;
    if (!isRecord(value)) return null;
    const whole = wholeSlides(value);
    if (isLessonProgress(whole)) return whole;
    if (!isVersion1(whole)) return null;
    const upgraded = { ...whole, version: SCHEMA_VERSION, completed: false };
    return isLessonProgress(upgraded) ? upgraded : null;
  },
};

export const quizProgressSchema: RecordSchema<QuizProgress> = {
  is: isQuizProgress,
  empty: emptyQuizProgress,
  upgrade(value) {
    if (isQuizProgress(value)) return value;
    // A review of no question is the whole quiz; such a record may have come in from a file before files were checked.
    if (
      isRecord(value) &&
      value.version === SCHEMA_VERSION &&
      Array.isArray(value.review) &&
      value.review.length === 0
    ) {
      const whole = { ...value, review: null };
      return isQuizProgress(whole) ? whole : null;
    }
    if (!isVersion1(value)) return null;
    const upgraded = { ...value, version: SCHEMA_VERSION, attempt: 0, review: null };
    return isQuizProgress(upgraded) ? upgraded : null;
  },
};

export const courseProgressSchema: RecordSchema<CourseProgress> = {
  is: isCourseProgress,
  empty: emptyCourseProgress,
  upgrade: (value) => (isCourseProgress(value) ? value : null),
};

/** The schema of the record stored under a key, or null for a key the course does not write. */
export function schemaForKey(key: string): RecordSchema<unknown> | null {
  if (key.startsWith('lesson:')) return lessonProgressSchema;
  if (key.startsWith('quiz:')) return quizProgressSchema;
  if (key === COURSE_KEY) return courseProgressSchema;
  return null;
}
