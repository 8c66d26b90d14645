import { slideNumber } from '../numbers.js';
import type { LessonProgress } from '../progress/schema.js';

/**
 * The slide (0-based) a lesson of `count` slides opens at: the 1-based slide a host or link asks for, else where the
 * learner was. Opening a slide is not progress: only what the learner does next is recorded.
 */
export const openingSlide = (requested: unknown, progress: LessonProgress, count: number): number =>
  slideNumber(typeof requested === 'number' ? requested - 1 : null, 0, count - 1) ??
  slideNumber(progress.slide, 0, count - 1) ??
  0;

const withSeen = (seen: number[], slides: number[]) => [...new Set([...seen, ...slides])].sort((a, b) => a - b);

/** The learner moved from one slide to another: both count as seen, and the lesson resumes at the second. */
export const afterMove = (progress: LessonProgress, from: number, to: number): LessonProgress => ({
  ...progress,
  slide: to,
  seen: withSeen(progress.seen, [from, to]),
});

/** The learner finished the lesson on its last slide. */
export const afterFinish = (progress: LessonProgress, last: number): LessonProgress => ({
  ...afterMove(progress, last, last),
  completed: true,
});
