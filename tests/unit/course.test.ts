import { describe, expect, it } from 'vitest';
import {
  averageBest,
  courseComplete,
  lessonAfter,
  lessonStage,
  nextStep,
  slidesSeen,
  stillToDo,
  type LessonState,
} from '../../src/course/overview.js';
import { parseRoute, routeHash, type Route } from '../../src/course/route.js';
import { emptyLessonProgress, emptyQuizProgress } from '../../src/progress/schema.js';

const state = (
  id: string,
  lesson: Partial<LessonState['lesson']> = {},
  quiz: Partial<LessonState['quiz']> = {},
): LessonState => ({
  summary: { id, title: id, summary: '', minutes: 3, slideCount: 4, questionCount: 5 },
  lesson: { ...emptyLessonProgress(), ...lesson },
  quiz: { ...emptyQuizProgress(), ...quiz },
});

describe('course overview', () => {
  it('tells new, started, not passed and done lessons apart', () => {
    expect(lessonStage(state('a'), 80)).toBe('new');
    expect(lessonStage(state('a', { seen: [0] }), 80)).toBe('started');
    expect(lessonStage(state('a', { completed: true }), 80)).toBe('started');
    expect(lessonStage(state('a', { completed: true }, { best: 80 }), 80)).toBe('done');
    expect(
      lessonStage(state('a', { seen: [0, 1, 2, 3] }, { best: 100 }), 80),
      'passed, but the lesson not seen to the end',
    ).toBe('started');
  });

  it('counts a lesson done only once its quiz is passed', () => {
    const below = state('a', { completed: true }, { best: 40 });
    expect(lessonStage(below, 80)).toBe('not-passed');
    expect(lessonStage(below, 40), 'the pass mark is the one given').toBe('done');
    expect(lessonStage(state('a', { seen: [0] }, { best: 79 }), 80)).toBe('not-passed');
    const noQuiz: LessonState = {
      ...state('a', { completed: true }),
      summary: { ...state('a').summary, questionCount: 0 },
    };
    expect(lessonStage(noQuiz, 80), 'a lesson without questions needs no quiz').toBe('done');
  });

  it('sends the learner where the lesson still needs them: a quiz not passed first', () => {
    expect(nextStep(state('a'), 80)).toBe('lesson');
    expect(nextStep(state('a', { seen: [0, 1] }, { best: 100 }), 80)).toBe('lesson');
    expect(nextStep(state('a', { completed: true }), 80)).toBe('quiz');
    expect(nextStep(state('a', { completed: true }, { best: 56 }), 80)).toBe('quiz');
    expect(nextStep(state('a', { seen: [0] }, { best: 56 }), 80)).toBe('quiz');
    expect(nextStep(state('a', { completed: true }, { best: 80 }), 80)).toBeNull();
  });

  it('lists what is left of the course, lesson by lesson', () => {
    const states = [
      state('done', { completed: true }, { best: 90 }),
      state('below', { completed: true }, { best: 56 }),
      state('untaken', { completed: true }),
      state('new'),
    ];
    expect(stillToDo(states, 80).map(({ state, steps }) => [state.summary.id, steps])).toEqual([
      ['below', ['pass']],
      ['untaken', ['quiz']],
      ['new', ['lesson', 'quiz']],
    ]);
    expect(stillToDo(states.slice(0, 1), 80)).toEqual([]);
  });

  it('counts slides seen, the course as complete, and the average best score', () => {
    expect(slidesSeen(state('a', { seen: [0, 1, 3] }))).toBe(0.75);
    const done = state('a', { completed: true }, { best: 80 });
    expect(courseComplete([done, state('b')], 80)).toBe(false);
    expect(courseComplete([done, state('b', { completed: true }, { best: 100 })], 80)).toBe(true);
    const belowTheMark = [done, state('b', { completed: true }, { best: 56 })];
    expect(courseComplete(belowTheMark, 80), 'a quiz below the pass mark').toBe(false);
    expect(courseComplete(belowTheMark, 50)).toBe(true);
    expect(averageBest([done, state('b', {}, { best: 65 }), state('c')])).toBe(73);
    expect(averageBest([state('c')])).toBeNull();
  });

  it('finds the next lesson', () => {
    const states = [state('a'), state('b')];
    expect(lessonAfter(states, 'a')).toBe('b');
    expect(lessonAfter(states, 'b')).toBeNull();
  });
});

describe('course routes', () => {
  it('reads and writes deep links', () => {
    const routes: [string, Route][] = [
      ['#/lesson/lactic-acid/slide/3', { view: 'lesson', lesson: 'lactic-acid', slide: 3 }],
      ['#/lesson/lactic-acid', { view: 'lesson', lesson: 'lactic-acid' }],
      ['#/quiz/prevention', { view: 'quiz', lesson: 'prevention' }],
      ['#/complete', { view: 'complete' }],
      ['#/', { view: 'overview' }],
    ];
    for (const [hash, route] of routes) {
      expect(parseRoute(hash)).toEqual(route);
      expect(routeHash(route)).toBe(hash);
    }
    expect(parseRoute('#section-2')).toEqual({ view: 'overview' });
    expect(parseRoute('')).toEqual({ view: 'overview' });
  });
});
