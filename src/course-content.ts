import { importLesson, importQuiz } from 'virtual:twitch-course/loaders';
import type { Lesson, Quiz } from './content/types.js';
import type { ContentKind } from './missing-content.js';

/** Turns a failed load into a message for the element; with no connection at all, the element's own words stand alone. */
const notLoaded = (kind: ContentKind, id: string, cause: unknown): Promise<never> =>
  import('./missing-content.js').then(
    (missing) => missing.notLoaded(kind, id, cause),
    () => Promise.reject(new Error('')),
  );

/** Loads one built-in lesson in a language; each lesson is its own chunk, fetched only when shown. */
export const loadLesson = (id: string, language?: string): Promise<Lesson> =>
  importLesson(id, language).then(
    (module) => module.default,
    (cause: unknown) => notLoaded('lesson', id, cause),
  );

/** Loads the quiz of the lesson with this id. */
export const loadQuiz = (lessonId: string, language?: string): Promise<Quiz> =>
  importQuiz(lessonId, language).then(
    (module) => module.default,
    (cause: unknown) => notLoaded('quiz', lessonId, cause),
  );
