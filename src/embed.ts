// The one module a host page loads. It registers the lesson at once; the other elements load only once the page holds
// one of them. Lessons and quizzes load later still, on demand.
import './trusted-types.js';
import { loadQuiz } from './course-content.js';
import './elements/twitch-lesson.js';

function loadQuizzes() {
  // Each quiz's questions are fetched alongside the element's code rather than after it, so a quiz waits for no
  // more round trips than when its code came with the entry. A quiz that cannot load says so once it upgrades.
  for (const quiz of document.querySelectorAll('twitch-quiz[quiz]')) loadQuiz(quiz.getAttribute('quiz')!).catch(() => {});
  return import('./elements/twitch-quiz.js');
}

const onDemand = new Map<string, () => Promise<unknown>>([
  ['twitch-quiz', loadQuizzes],
  ['twitch-course', () => import('./elements/twitch-course.js')],
  ['twitch-progress', () => import('./elements/twitch-progress.js')],
  ['twitch-help', () => import('./elements/twitch-help.js')],
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
