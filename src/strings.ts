import { localized } from './locale.js';

/**
 * "2026-11-25" → "25 November 2026"; text that is not an ISO date (a host's own wording) is shown as it is. Written by
 * the sentences of each language rather than Intl.DateTimeFormat, whose first use costs a slow phone a fifth of a
 * second before the first lesson can show.
 */
export function humanDate(text: string): string {
  const date = new Date(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime())
    ? strings.date(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear())
    : text;
}

/** The sentences every element shares, in the default language (see locale.ts for the others). */
export const strings = localized('common', {
  loading: 'Loading…',
  previous: 'Previous',
  next: 'Next',
  finishLesson: 'Finish lesson',
  lessonDone: 'Lesson finished. Well done!',
  slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
  slidesLabel: 'Slides',
  sources: 'Sources',
  // Dates arrive written out (see humanDate), so a translation needs no code of its own.
  /** A date; `month` counts from 1. */
  date: (day: number, month: number, year: number) =>
    `${day} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${year}`,
  reviewed: (date: string, next: string) => `Last reviewed ${date} · next review due ${next}`,
  signedOff: (by: string, on: string) => `Reviewed by ${by}${on ? ` on ${on}` : ''}.`,
  getHelp: 'Get help now',
  close: 'Close',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  selectAll: 'Select all that apply.',
  check: 'Check answer',
  nextQuestion: 'Next question',
  seeScore: 'See your score',
  right: 'Right.',
  wrong: 'Not quite.',
  rightAnswer: 'Right answer',
  yourAnswer: 'Your answer',
  resultsHeading: 'Your score',
  goToSlide: (n: number) => `See slide ${n} of the lesson`,
  reviewNote: (n: number, total: number) =>
    `Reviewing what you missed: ${n} of ${total}. These answers do not change your best score.`,
  reviewMissed: (count: number) => `Review what you missed (${count})`,
  reviewScore: (correct: number, total: number) =>
    `You got ${correct} of the ${total} questions you missed before right.`,
  reviewLeavesBest: 'Review answers do not change your best score.',
  yourAnswers: 'Your answers',
  answeredRight: 'Right',
  answeredWrong: 'Missed',
  nowYouKnow: (title: string) => `You now know the key points of “${title}”:`,
  score: (correct: number, total: number, percent: number) => `You got ${correct} of ${total} right (${percent}%).`,
  passed: (mark: number) => `You passed: the pass mark is ${mark}%.`,
  notPassed: (mark: number) => `The pass mark is ${mark}%. Have another go when you are ready.`,
  best: (percent: number) => `Your best score: ${percent}%.`,
  retry: 'Try the whole quiz again',
  memoryOnly: 'Your progress cannot be saved on this device, so it will be lost when you close this page.',
  loadFailed: (reason: string) => `This content could not be shown. ${reason}`,
  checkConnection: 'Check the connection and reload the page.',
  noLesson: 'Set the lesson attribute to a lesson id, or src to a lesson file.',
  noQuiz: 'Set the quiz attribute to a lesson id.',
  trustedTypesRefused: "The page's trusted-types directive must allow lit-html and twitch-course.",
});
