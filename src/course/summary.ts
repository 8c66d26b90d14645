import type { Lesson } from '../content/types.js';

// The content compiler writes each box as one <aside> of its own, never nested (see src/content/markdown.ts).
const WARNING_BOX = /<aside class="callout callout-(?:doctor|emergency)"[\s\S]*?<\/aside>/g;

/**
 * Every "See a doctor" and emergency box of a lesson, as compiled HTML in slide order, for the printed summary. There
 * they are labelled groups rather than landmarks: a page holds several boxes of each kind, and landmarks must differ
 * by name.
 */
export const warningBoxes = (lesson: Lesson): string[] =>
  lesson.slides
    .flatMap((slide) => slide.html.match(WARNING_BOX) ?? [])
    .map((box) => `<div role="group"${box.slice('<aside'.length, -'</aside>'.length)}</div>`);

/** The learner's own calendar day as YYYY-MM-DD, which is how dates are handed to `humanDate`. */
export const localDay = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
