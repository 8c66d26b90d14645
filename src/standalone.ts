// The standalone course page shows <twitch-course> at once, so it loads it with the rest rather than on demand, and
// with it the lesson titles the overview shows first: imported here, the index arrives with the page's script instead
// of one round trip after it. <twitch-progress> sits below the course, out of the first screen: it loads on its own.
import 'virtual:twitch-course/index';
import './elements/twitch-course.js';
import { RETURNING_LEARNER_KEY } from './course/returning-learner.js';

void import('./elements/twitch-progress.js');

// A learner who has made progress gets their own overview first, not the one built into the page for a new learner.
document.addEventListener('twitch-progress', () => {
  try {
    localStorage.setItem(RETURNING_LEARNER_KEY, '1');
  } catch {
    // Storage refused: the page shows the built overview first, as to a new learner.
  }
});
