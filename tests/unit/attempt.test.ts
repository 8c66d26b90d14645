import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../src/content/types.js';
import { emptyQuizProgress } from '../../src/progress/schema.js';
import {
  attemptQuestions,
  missedQuestions,
  optionOrder,
  questionNumber,
  seededShuffle,
  startRetry,
  startReview,
} from '../../src/quiz/attempt.js';

const question = (id: string, kind: Question['kind'] = 'single', right = 'a'): Question => ({
  id,
  kind,
  prompt: id,
  scenarioHtml: '',
  options: ['a', 'b', 'c', 'd', 'e'].map((option) => ({ id: option, html: option, correct: option === right })),
  explanationHtml: '',
  slide: 1,
  claims: ['C01'],
});
const quiz: Quiz = { lesson: 'l', questions: [question('one'), question('two'), question('three')] };

describe('quiz attempts', () => {
  it('shuffles the same way for the same seed and differently for another', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 'x/1')).toEqual(seededShuffle(items, 'x/1'));
    expect(seededShuffle(items, 'x/1')).not.toEqual(seededShuffle(items, 'x/2'));
    expect([...seededShuffle(items, 'x/1')].sort((a, b) => a - b)).toEqual(items);
  });

  it('keeps the written order on the first attempt and for true/false, and shuffles retries', () => {
    const q = question('one');
    expect(optionOrder(q, 'l', 0).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const retries = [1, 2, 3, 4].map((attempt) =>
      optionOrder(q, 'l', attempt)
        .map((o) => o.id)
        .join(''),
    );
    expect(retries.some((order) => order !== 'abcde')).toBe(true);
    expect(optionOrder(q, 'l', 2)).toEqual(optionOrder(q, 'l', 2));
    expect(optionOrder(question('tf', 'true-false'), 'l', 3).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reviews only the questions answered wrong, as a new attempt', () => {
    const progress = { ...emptyQuizProgress(), answers: { one: ['a'], two: ['b'], three: ['c'] }, best: 33 };
    expect(missedQuestions(quiz, progress).map((q) => q.id)).toEqual(['two', 'three']);
    const review = startReview(quiz, progress);
    expect(review).toMatchObject({ attempt: 1, review: ['two', 'three'], answers: {}, best: 33 });
    expect(attemptQuestions(quiz, review).map((q) => q.id)).toEqual(['two', 'three']);
  });

  it('retries every question with a new attempt number and keeps the best score', () => {
    const progress = { ...emptyQuizProgress(), attempt: 2, review: ['two'], answers: { two: ['a'] }, best: 67 };
    expect(startRetry(progress)).toEqual({ ...progress, attempt: 3, review: null, answers: {} });
    expect(attemptQuestions(quiz, startRetry(progress))).toHaveLength(3);
  });

  it('numbers a question as in the whole quiz, in a review too', () => {
    const progress = { ...emptyQuizProgress(), answers: { one: ['a'], two: ['b'], three: ['c'] } };
    const review = startReview(quiz, progress);
    expect(attemptQuestions(quiz, review).map((q) => questionNumber(quiz, q))).toEqual([2, 3]);
    expect(questionNumber(quiz, quiz.questions[0]!)).toBe(1);
  });
});
