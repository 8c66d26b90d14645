import { describe, expect, it } from 'vitest';
import { afterFinish, afterMove, openingSlide } from '../../src/lesson/progress.js';
import { emptyLessonProgress, type LessonProgress } from '../../src/progress/schema.js';

const progress = (change: Partial<LessonProgress> = {}): LessonProgress => ({ ...emptyLessonProgress(), ...change });

describe('openingSlide', () => {
  it('opens a new lesson at its first slide', () => {
    expect(openingSlide(null, progress(), 6)).toBe(0);
  });

  it('resumes where the learner was, held within the lesson', () => {
    expect(openingSlide(null, progress({ slide: 3 }), 6)).toBe(3);
    expect(openingSlide(undefined, progress({ slide: 9 }), 6)).toBe(5);
    expect(openingSlide(null, progress({ slide: 1.5 }), 6)).toBe(2);
  });

  it('opens the 1-based slide asked for, whole and held within the lesson, over where the learner was', () => {
    expect(openingSlide(3, progress({ slide: 5 }), 6)).toBe(2);
    expect(openingSlide(2.5, progress(), 6)).toBe(2);
    expect(openingSlide(0, progress(), 6)).toBe(0);
    expect(openingSlide(99, progress(), 6)).toBe(5);
  });

  it('resumes where the learner was when what is asked for is no number', () => {
    expect(openingSlide(NaN, progress({ slide: 4 }), 6)).toBe(4);
    expect(openingSlide('3', progress({ slide: 4 }), 6)).toBe(4);
  });

  it('knows no last slide before the lesson has loaded', () => {
    expect(openingSlide(40, progress(), Infinity)).toBe(39);
  });
});

describe('afterMove', () => {
  it('counts the slide left and the slide reached as seen, once each and in order, and resumes at the second', () => {
    expect(afterMove(progress({ seen: [0, 4] }), 4, 2)).toEqual(progress({ slide: 2, seen: [0, 2, 4] }));
    expect(afterMove(progress({ seen: [0, 1] }), 0, 1)).toEqual(progress({ slide: 1, seen: [0, 1] }));
  });

  it('leaves the record it was given as it was', () => {
    const before = progress({ seen: [0] });
    afterMove(before, 0, 1);
    expect(before).toEqual(progress({ seen: [0] }));
  });
});

describe('afterFinish', () => {
  it('marks the lesson completed with its last slide seen', () => {
    expect(afterFinish(progress({ slide: 2, seen: [2] }), 5)).toEqual(
      progress({ slide: 5, seen: [2, 5], completed: true }),
    );
  });
});
