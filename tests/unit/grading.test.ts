import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../src/content/types.js';
import { firstUnanswered, isCorrect, scoreQuestions } from '../../src/quiz/grading.js';

const question = (id: string, correct: string[], options = ['a', 'b', 'c']): Question => ({
  id,
  kind: correct.length > 1 ? 'multiple' : 'single',
  prompt: id,
  scenarioHtml: '',
  options: options.map((option) => ({ id: option, html: option, correct: correct.includes(option) })),
  explanationHtml: '',
  slide: 1,
  claims: ['C01'],
});

const quiz: Quiz = {
  lesson: 'l',
  questions: [question('one', ['a']), question('two', ['a', 'c']), question('three', ['b'])],
};

describe('grading', () => {
  it('counts an answer right only when it picks exactly the right options', () => {
    expect(isCorrect(quiz.questions[0]!, ['a'])).toBe(true);
    expect(isCorrect(quiz.questions[0]!, ['b'])).toBe(false);
    expect(isCorrect(quiz.questions[1]!, ['c', 'a'])).toBe(true);
    expect(isCorrect(quiz.questions[1]!, ['a'])).toBe(false);
    expect(isCorrect(quiz.questions[1]!, ['a', 'b', 'c'])).toBe(false);
  });

  it('scores over all questions, counting unanswered ones as not right', () => {
    expect(scoreQuestions(quiz.questions, { one: ['a'], two: ['a'] })).toEqual({
      correct: 1,
      answered: 2,
      total: 3,
      percent: 33,
    });
    expect(scoreQuestions(quiz.questions, { one: ['a'], two: ['a', 'c'], three: ['b'] })).toEqual({
      correct: 3,
      answered: 3,
      total: 3,
      percent: 100,
    });
  });

  it('finds the first unanswered question', () => {
    expect(firstUnanswered(quiz.questions, {})).toBe(0);
    expect(firstUnanswered(quiz.questions, { one: ['a'], three: ['c'] })).toBe(1);
    expect(firstUnanswered(quiz.questions, { one: ['a'], two: ['a'], three: ['c'] })).toBe(-1);
  });
});
