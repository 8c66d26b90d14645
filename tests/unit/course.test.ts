import { describe, expect, it } from 'vitest';
import { averageBest, courseComplete, lessonAfter, lessonStage, slidesSeen, type LessonState } from '../../src/course/overview.js';
import { parseRoute, routeHash, type Route } from '../../src/course/route.js';
import { emptyLessonProgress, emptyQuizProgress } from '../../src/progress/schema.js';

const state = (id: string, lesson: Partial<LessonState['lesson']> = {}, quiz: Partial<LessonState['quiz']> = {}): LessonState => ({
  summary: { id, title: id, summary: '', minutes: 3, slideCount: 4, questionCount: 5 },
  lesson: { ...emptyLessonProgress(), ...lesson },
  quiz: { ...emptyQuizProgress(), ...quiz },
});

describe('course overview', () => {
  it('tells new, started and done lessons apart', () => {
    expect(lessonStage(state('a'))).toBe('new');
    expect(lessonStage(state('a', { seen: [0] }))).toBe('started');
    expect(lessonStage(state('a', { completed: true }))).toBe('started');
    expect(lessonStage(state('a', { completed: true }, { best: 40 }))).toBe('done');
  });

  it('counts slides seen, the course as complete, and the average best score', () => {
    expect(slidesSeen(state('a', { seen: [0, 1, 3] }))).toBe(0.75);
    const done = state('a', { completed: true }, { best: 80 });
    expect(courseComplete([done, state('b')])).toBe(false);
    expect(courseComplete([done, state('b', { completed: true }, { best: 100 })])).toBe(true);
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
