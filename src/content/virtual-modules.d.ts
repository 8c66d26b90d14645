declare module 'virtual:twitch-course/index' {
  import type { LessonSummary } from './types.js';
  export const lessons: LessonSummary[];
}

declare module 'virtual:twitch-course/loaders' {
  import type { Lesson, Quiz } from './types.js';
  /** Rejects when there is no such lesson, or its chunk cannot be fetched. */
  export function importLesson(id: string): Promise<{ default: Lesson }>;
  export function importQuiz(lessonId: string): Promise<{ default: Quiz }>;
}

declare module 'virtual:twitch-course/help' {
  const help: import('./types.js').Help;
  export default help;
}

declare module 'virtual:twitch-course/check' {
  const check: import('./types.js').Check;
  export default check;
}
