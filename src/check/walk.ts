import type { Check, CheckLevel, CheckOutcome, CheckQuestion } from '../content/types.js';

/** Most urgent first: the order the check asks in, and the order of its outcomes. */
export const CHECK_LEVELS: readonly CheckLevel[] = ['emergency', 'care-today', 'book-doctor', 'harmless'];

const OUTCOME = 'outcome:';

/** The outcome id an option's `next` names, or null when it names a question. */
export const outcomeTarget = (next: string): string | null =>
  next.startsWith(OUTCOME) ? next.slice(OUTCOME.length) : null;

export type CheckStep =
  | { question: CheckQuestion; outcome?: undefined }
  | { outcome: CheckOutcome; question?: undefined };

/**
 * Where a walk through the check stands after the given answers, each the index of the option chosen in turn; null
 * when they do not fit the check. A walk is only these numbers, so it can be held in memory and nowhere else.
 */
export function stepAfter(check: Check, answers: readonly number[]): CheckStep | null {
  let question: CheckQuestion | undefined = check.questions[0];
  for (const [i, choice] of answers.entries()) {
    const next: string | undefined = question?.options[choice]?.next;
    if (next === undefined) return null;
    const outcome = outcomeTarget(next);
    if (outcome !== null) {
      const found = check.outcomes.find((candidate) => candidate.id === outcome);
      return found && i === answers.length - 1 ? { outcome: found } : null;
    }
    question = check.questions.find((candidate) => candidate.id === next);
  }
  return question ? { question } : null;
}

export interface CheckPath {
  /** The index of the option chosen at each question. */
  answers: number[];
  questions: CheckQuestion[];
  outcome: CheckOutcome;
}

/** Every way through the check, from the first question to an outcome. The check must have no loops. */
export function allPaths(check: Check): CheckPath[] {
  const paths: CheckPath[] = [];
  const walk = (answers: number[], questions: CheckQuestion[]) => {
    const step = stepAfter(check, answers);
    if (!step) throw new Error(`the answers ${answers.join(', ')} lead nowhere`);
    if (step.outcome) {
      paths.push({ answers, questions, outcome: step.outcome });
      return;
    }
    step.question.options.forEach((_, i) => walk([...answers, i], [...questions, step.question]));
  };
  walk([], []);
  return paths;
}
