import { slideNumber } from '../numbers.js';
import { courseComplete, type LessonState } from './overview.js';
import { courseStrings } from './strings.js';

/** Where in the course the learner is; in the standalone page it is mirrored in the URL's hash. */
export type Route =
  | { view: 'overview' }
  | { view: 'lesson'; lesson: string; /** 1-based, as in the URL */ slide?: number }
  | { view: 'quiz'; lesson: string; /** 1-based question to open at; kept out of the URL */ question?: number }
  | { view: 'complete' }
  | { view: 'check' };

const ID = '([a-z0-9-]+)';
// Digits past any lesson's length still name its last slide; the lesson holds the number to its own slides.
const LAST = Number.MAX_SAFE_INTEGER;
const patterns: [RegExp, (match: RegExpExecArray) => Route][] = [
  [
    new RegExp(`^#/lesson/${ID}/slide/(\\d+)$`),
    (m) => ({ view: 'lesson', lesson: m[1]!, slide: slideNumber(Number(m[2]), 1, LAST) ?? LAST }),
  ],
  [new RegExp(`^#/lesson/${ID}$`), (m) => ({ view: 'lesson', lesson: m[1]! })],
  [new RegExp(`^#/quiz/${ID}$`), (m) => ({ view: 'quiz', lesson: m[1]! })],
  [/^#\/complete$/, () => ({ view: 'complete' })],
  [/^#\/check$/, () => ({ view: 'check' })],
];

/** Reads `#/lesson/ID/slide/N`, `#/lesson/ID`, `#/quiz/ID`, `#/complete` or `#/check`; anything else is the overview. */
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
    case 'check':
      return '#/check';
    case 'overview':
      return '#/';
  }
}

/**
 * The document title for a view: the lesson and slide, the quiz or the results, then the page's own title, so that
 * tabs, history and bookmarks say where they lead. A lesson the course does not have shows the overview.
 */
export function documentTitle(route: Route, states: readonly LessonState[], base: string, passMark: number): string {
  const state = 'lesson' in route ? states.find((s) => s.summary.id === route.lesson) : undefined;
  let view = '';
  if (route.view === 'lesson' && state) {
    const { title, slideCount } = state.summary;
    view = courseStrings.lessonTitle(title, Math.min(route.slide ?? state.lesson.slide + 1, slideCount), slideCount);
  } else if (route.view === 'quiz' && state) {
    view = courseStrings.quizHeading(state.summary.title);
  } else if (route.view === 'complete') {
    view = courseComplete(states, passMark) ? courseStrings.completeHeading : courseStrings.notFinishedHeading;
  } else if (route.view === 'check') {
    view = courseStrings.checkHeading;
  }
  return view && base ? `${view} – ${base}` : view || base;
}
