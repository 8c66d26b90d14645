import { lessonModules, quizModules } from 'virtual:twitch-course/loaders';
import type { Lesson, Quiz } from './content/types.js';

/** Loads one built-in lesson; each lesson is its own chunk, fetched only when shown. */
export async function loadLesson(id: string): Promise<Lesson> {
  const load = lessonModules[id];
  if (!load) throw new Error(`There is no lesson called "${id}".`);
  return (await load()).default;
}

export async function loadQuiz(lessonId: string): Promise<Quiz> {
  const load = quizModules[lessonId];
  if (!load) throw new Error(`There is no quiz for the lesson "${lessonId}".`);
  return (await load()).default;
}
