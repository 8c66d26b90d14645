import { importLesson, importQuiz } from 'virtual:twitch-course/loaders';
import type { Lesson, Quiz } from './content/types.js';

/** Loads one built-in lesson; each lesson is its own chunk, fetched only when shown. */
export async function loadLesson(id: string): Promise<Lesson> {
  try {
    return (await importLesson(id)).default;
  } catch (cause) {
    throw new Error(`There is no lesson called "${id}", or it could not be loaded.`, { cause });
  }
}

export async function loadQuiz(lessonId: string): Promise<Quiz> {
  try {
    return (await importQuiz(lessonId)).default;
  } catch (cause) {
    throw new Error(`There is no quiz for the lesson "${lessonId}", or it could not be loaded.`, { cause });
  }
}
