/**
 * Where the standalone page marks, in localStorage, that a learner has made progress in this browser. The page's head
 * reads it before any script has run, so that the overview built into the page for a new learner stays unseen while
 * the course reads this learner's own progress. Only a hint: without it (storage refused, or progress from before the
 * mark) the built overview shows first, as it does for a new learner.
 */
export const RETURNING_LEARNER_KEY = 'twitch-course:returning-learner';
