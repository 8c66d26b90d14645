// The one module a host page loads. It registers the lesson and the quiz at once; the larger elements that fewer
// pages use load only once the page holds one of them, and xAPI reporting only once an element asks for it (the keys
// are selectors). Lessons and quizzes load later still, on demand.
import './trusted-types.js';
import './elements/twitch-lesson.js';
import './elements/twitch-quiz.js';

const onDemand = new Map<string, () => Promise<unknown>>([
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
