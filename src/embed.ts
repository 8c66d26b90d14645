// The one module a host page loads. It registers the lesson at once; the quiz and the larger elements that fewer pages
// use load only once the page holds one of them (the quiz with its questions, fetched side by side), and xAPI reporting
// only once an element asks for it (the keys are selectors). Lessons load later still, on demand.
import './trusted-types.js';
import './elements/twitch-lesson.js';
import { importQuiz } from 'virtual:twitch-course/loaders';
import { languageOf } from './locale.js';

// The quiz's one directive the entry does not already hold: exported so it lives here and the quiz chunk takes it from
// the entry, rather than from a chunk of its own it would fetch only after arriving, one round trip later.
export { keyed } from 'lit/directives/keyed.js';

/**
 * Starts fetching the quiz of every <twitch-quiz> in the page, in the language its element will ask for, so it arrives
 * with the element's own chunk rather than after it: the element's later import() of the same file gets this fetch.
 * A quiz that fails here fails again, with its message, when the element asks.
 */
function fetchQuizzesInPage() {
  for (const element of document.querySelectorAll<HTMLElement>('twitch-quiz[quiz]'))
    importQuiz(element.getAttribute('quiz')!, languageOf(element)).catch(() => {});
}

const onDemand = new Map<string, () => Promise<unknown>>([
  ['twitch-quiz', () => (fetchQuizzesInPage(), import('./elements/twitch-quiz.js'))],
  ['twitch-course', () => import('./elements/twitch-course.js')],
  ['twitch-progress', () => import('./elements/twitch-progress.js')],
  ['twitch-help', () => import('./elements/twitch-help.js')],
  ['twitch-check', () => import('./elements/twitch-check.js')],
  ['[xapi-endpoint]', () => import('./lms/xapi.js')],
]);

function loadElementsInUse() {
  for (const [tag, load] of onDemand) {
    if (!document.querySelector(tag)) continue;
    onDemand.delete(tag);
    void load();
  }
  if (onDemand.size === 0) watcher.disconnect();
}

// Host pages add elements whenever they like (a React app may add one long after this module ran).
const watcher = new MutationObserver(loadElementsInUse);
watcher.observe(document.documentElement, { childList: true, subtree: true });
loadElementsInUse();
