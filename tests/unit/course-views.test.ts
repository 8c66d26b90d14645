import { describe, expect, it } from 'vitest';
import { CHECKS_DIR, compileCourse } from '../../src/content/compile-course.js';
import { readContent } from '../../src/content/vite-plugin-content.js';
import { courseLength, type LessonState } from '../../src/course/overview.js';
import { documentTitle } from '../../src/course/route.js';
import { localDay, warningBoxes } from '../../src/course/summary.js';
import { emptyLessonProgress, emptyQuizProgress } from '../../src/progress/schema.js';

const state = (id: string, slideCount = 6, slide = 0): LessonState => ({
  summary: { id, title: `Title of ${id}`, summary: '', minutes: 4, slideCount, questionCount: 5 },
  lesson: { ...emptyLessonProgress(), slide },
  quiz: emptyQuizProgress(),
});

describe('the course intro', () => {
  it('counts the lessons and adds up their minutes', () => {
    const summaries = [state('a'), state('b'), state('c')].map((s) => ({
      ...s.summary,
      minutes: s.summary.id === 'b' ? 11 : 5,
    }));
    expect(courseLength(summaries)).toEqual({ lessons: 3, minutes: 21 });
    expect(courseLength([])).toEqual({ lessons: 0, minutes: 0 });
  });
});

describe('the document title of each view', () => {
  const base = 'Muscle twitching after exercise';
  const states = [state('a', 9, 4), state('b')];

  it('names the lesson and slide, the quiz, or the results, before the page’s own title', () => {
    expect(documentTitle({ view: 'overview' }, states, base, 80)).toBe(base);
    expect(documentTitle({ view: 'lesson', lesson: 'a', slide: 3 }, states, base, 80)).toBe(
      `Title of a, slide 3 of 9 – ${base}`,
    );
    expect(
      documentTitle({ view: 'lesson', lesson: 'a' }, states, base, 80),
      'no slide in the route: where the learner is',
    ).toBe(`Title of a, slide 5 of 9 – ${base}`);
    expect(documentTitle({ view: 'quiz', lesson: 'b' }, states, base, 80)).toBe(`Quiz: Title of b – ${base}`);
    expect(documentTitle({ view: 'complete' }, states, base, 80)).toBe(
      `You have not finished the course yet – ${base}`,
    );
  });

  it('shows the overview’s title for a lesson the course does not have', () => {
    expect(documentTitle({ view: 'lesson', lesson: 'nope', slide: 2 }, states, base, 80)).toBe(base);
    expect(documentTitle({ view: 'quiz', lesson: 'nope' }, states, base, 80)).toBe(base);
  });

  it('holds a slide number past the end to the last slide', () => {
    expect(documentTitle({ view: 'lesson', lesson: 'a', slide: 99 }, states, base, 80)).toBe(
      `Title of a, slide 9 of 9 – ${base}`,
    );
  });
});

describe('the printed summary', () => {
  const files = readContent('.').filter((file) => !file.path.startsWith(CHECKS_DIR));
  const { lessons } = compileCourse(files);

  it('carries every "See a doctor" and emergency box of every lesson, in course order, as groups rather than landmarks', () => {
    const written = files
      .filter((file) => /^lessons\/[^/]+$/.test(file.path))
      .flatMap((file) => file.source.match(/^:::(doctor|emergency)\s*$/gm) ?? [])
      .map((line) => line.trim().slice(3));
    const boxes = lessons.flatMap(warningBoxes);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.map((box) => /callout-(doctor|emergency)/.exec(box)![1])).toEqual(written);
    for (const box of boxes) {
      expect(box).toMatch(/^<div role="group" class="callout callout-(doctor|emergency)"[\s\S]*<\/div>$/);
      expect(box).not.toContain('<aside');
    }
  });

  it('has no boxes for a lesson without any', () => {
    expect(warningBoxes(lessons.find((lesson) => lesson.id === 'what-is-twitching')!)).toEqual([]);
  });

  it('dates the printout by the learner’s own calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 10, 25, 0, 1))).toBe('2026-11-25');
  });
});
