declare module 'virtual:twitch-course/index' {
  import type { LessonSummary } from './types.js';
  export const lessons: LessonSummary[];
}

declare module 'virtual:twitch-course/loaders' {
  import type { Lesson, Quiz } from './types.js';
  export const lessonModules: Record<string, () => Promise<{ default: Lesson }>>;
  export const quizModules: Record<string, () => Promise<{ default: Quiz }>>;
}
