declare module 'virtual:twitch-course/index' {
  import type { LessonSummary } from './types.js';
  /** In the default language. */
  export const lessons: LessonSummary[];
  /** By language code, for each language the course is in. */
  export const lessonsIn: Record<string, LessonSummary[]>;
}

declare module 'virtual:twitch-course/loaders' {
  import type { Lesson, Quiz } from './types.js';
  /** Rejects when there is no such lesson, or its chunk cannot be fetched. A language the course lacks gets the default one. */
  export function importLesson(id: string, language?: string): Promise<{ default: Lesson }>;
  export function importQuiz(lessonId: string, language?: string): Promise<{ default: Quiz }>;
}

declare module 'virtual:twitch-course/defaults' {
  /** The course's default language and store (see course.config.ts). */
  export const defaultLanguage: string;
  export const defaultStore: string;
}

declare module 'virtual:twitch-course/help' {
  /** By language code. */
  const help: Record<string, import('./types.js').Help>;
  export default help;
}

declare module 'virtual:twitch-course/check' {
  /** By language code. */
  const check: Record<string, import('./types.js').Check>;
  export default check;
}
