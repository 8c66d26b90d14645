import type { Option, Question, Quiz } from '../content/types.js';
import type { QuizProgress } from '../progress/schema.js';
import { isCorrect } from './grading.js';

/** A small, fast PRNG (mulberry32): the same seed always gives the same sequence. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A Fisher–Yates shuffle driven by a seed string, so the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const next = random(hash(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * The options in the order this attempt shows them: as written on the first attempt, shuffled on retries.
 * True/false keeps its order, where a shuffle only confuses.
 */
export function optionOrder(question: Question, quizId: string, attempt: number): Option[] {
  if (attempt === 0 || question.kind === 'true-false') return question.options;
  return seededShuffle(question.options, `${quizId}/${question.id}/${attempt}`);
}

/** The questions of the current attempt: all of them, or the missed ones under review. */
export function attemptQuestions(quiz: Quiz, progress: QuizProgress): Question[] {
  if (!progress.review) return quiz.questions;
  const review = new Set(progress.review);
  return quiz.questions.filter((question) => review.has(question.id));
}

/** Questions of the current attempt answered wrong. */
export function missedQuestions(quiz: Quiz, progress: QuizProgress): Question[] {
  return attemptQuestions(quiz, progress).filter((question) => {
    const chosen = progress.answers[question.id];
    return chosen !== undefined && !isCorrect(question, chosen);
  });
}

export function startRetry(progress: QuizProgress): QuizProgress {
  return { ...progress, attempt: progress.attempt + 1, review: null, answers: {} };
}

export function startReview(quiz: Quiz, progress: QuizProgress): QuizProgress {
  const missed = missedQuestions(quiz, progress).map((question) => question.id);
  return { ...progress, attempt: progress.attempt + 1, review: missed, answers: {} };
}

/** The question's 1-based number in the whole quiz: a review of missed questions keeps the numbers they first had. */
export const questionNumber = (quiz: Quiz, question: Question) => quiz.questions.indexOf(question) + 1;
