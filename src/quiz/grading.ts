import type { Question } from '../content/types.js';

/** The option ids a learner chose, by question id. */
export type Answers = Record<string, string[]>;

export interface Score {
  correct: number;
  answered: number;
  total: number;
  /** Whole per cent of all questions, 0–100. */
  percent: number;
}

/** An answer is right when it picks every right option and no wrong one. */
export function isCorrect(question: Question, chosen: readonly string[]): boolean {
  const right = question.options.filter((option) => option.correct).map((option) => option.id);
  return right.length === chosen.length && right.every((id) => chosen.includes(id));
}

export function scoreQuestions(questions: readonly Question[], answers: Answers): Score {
  let correct = 0;
  let answered = 0;
  for (const question of questions) {
    const chosen = answers[question.id];
    if (!chosen) continue;
    answered++;
    if (isCorrect(question, chosen)) correct++;
  }
  const total = questions.length;
  return { correct, answered, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** The first question without an answer, or -1 when all are answered. */
export function firstUnanswered(questions: readonly Question[], answers: Answers): number {
  return questions.findIndex((question) => !answers[question.id]);
}
