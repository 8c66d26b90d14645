import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../src/course/route.js';
import { passMark, slideNumber } from '../../src/numbers.js';
import { lessonProgressSchema } from '../../src/progress/validation.js';

describe('slide numbers', () => {
  it('rounds to a whole slide and holds it within the lesson', () => {
    expect(slideNumber(2.5, 1, 6)).toBe(3);
    expect(slideNumber(1.4, 0, 5)).toBe(1);
    expect(slideNumber(-3, 0, 5)).toBe(0);
    expect(slideNumber(99, 0, 5)).toBe(5);
  });

  it('turns away what is not a finite number', () => {
    for (const value of [NaN, Infinity, -Infinity, '2', null, undefined]) expect(slideNumber(value, 0, 5)).toBeNull();
  });

  it('reads a link to a slide as a whole slide number, however long its digits', () => {
    const route = parseRoute('#/lesson/what-is-twitching/slide/123456789012345678901234567890');
    expect(route.view === 'lesson' && Number.isSafeInteger(route.slide)).toBe(true);
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(parseRoute('#/lesson/what-is-twitching/slide/0')).toEqual({
      view: 'lesson',
      lesson: 'what-is-twitching',
      slide: 1,
    });
  });

  it('reads a saved lesson record with slide 1.5 as a whole slide instead of setting it aside', () => {
    expect(lessonProgressSchema.upgrade({ version: 2, slide: 1.5, seen: [0, 1, 2.4], completed: false })).toEqual({
      version: 2,
      slide: 2,
      seen: [0, 1, 2],
      completed: false,
    });
    expect(lessonProgressSchema.upgrade({ version: 1, slide: 0.6, seen: [0] })).toEqual({
      version: 2,
      slide: 1,
      seen: [0],
      completed: false,
    });
    expect(lessonProgressSchema.upgrade({ version: 2, slide: NaN, seen: [], completed: false })).toBeNull();
    expect(lessonProgressSchema.upgrade({ version: 2, slide: '1', seen: [], completed: false })).toBeNull();
  });
});

describe('pass marks', () => {
  it('holds a pass mark within 0–100 %, and is 80 % when it is no number', () => {
    expect(passMark(Number('abc'))).toBe(80);
    expect(passMark(-5)).toBe(0);
    expect(passMark(500)).toBe(100);
    expect(passMark(65)).toBe(65);
    expect(passMark(undefined)).toBe(80);
    expect(passMark(Infinity)).toBe(80);
  });
});
