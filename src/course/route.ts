import { slideNumber } from '../numbers.js';

/** Where in the course the learner is; in the standalone page it is mirrored in the URL's hash. */
export type Route =
  | { view: 'overview' }
  | { view: 'lesson'; lesson: string; /** 1-based, as in the URL */ slide?: number }
  | { view: 'quiz'; lesson: string }
  | { view: 'complete' };

const ID = '([a-z0-9-]+)';
// Digits past any lesson's length still name its last slide; the lesson holds the number to its own slides.
const LAST = Number.MAX_SAFE_INTEGER;
const patterns: [RegExp, (match: RegExpExecArray) => Route][] = [
  [new RegExp(`^#/lesson/${ID}/slide/(\\d+)$`), (m) => ({ view: 'lesson', lesson: m[1]!, slide: slideNumber(Number(m[2]), 1, LAST) ?? LAST })],
  [new RegExp(`^#/lesson/${ID}$`), (m) => ({ view: 'lesson', lesson: m[1]! })],
  [new RegExp(`^#/quiz/${ID}$`), (m) => ({ view: 'quiz', lesson: m[1]! })],
  [/^#\/complete$/, () => ({ view: 'complete' })],
];

/** Reads `#/lesson/ID/slide/N`, `#/lesson/ID`, `#/quiz/ID` or `#/complete`; anything else is the overview. */
export function parseRoute(hash: string): Route {
  for (const [pattern, route] of patterns) {
    const match = pattern.exec(hash);
    if (match) return route(match);
  }
  return { view: 'overview' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'lesson':
      return route.slide ? `#/lesson/${route.lesson}/slide/${route.slide}` : `#/lesson/${route.lesson}`;
    case 'quiz':
      return `#/quiz/${route.lesson}`;
    case 'complete':
      return '#/complete';
    case 'overview':
      return '#/';
  }
}
