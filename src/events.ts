import type { CheckLevel } from './content/types.js';

/** Events the elements fire. All bubble and are composed, so a host page can listen on `document`. */

const init = { bubbles: true, composed: true } as const;

/** Fired when the learner moves to another slide. */
export class TwitchSlideChangeEvent extends Event {
  constructor(
    readonly lesson: string,
    /** 0-based index of the slide now shown. */
    readonly slide: number,
    readonly slideCount: number,
  ) {
    super('twitch-slide-change', init);
  }
}

/** Fired when the learner finishes the last slide of a lesson. */
export class TwitchLessonCompleteEvent extends Event {
  constructor(readonly lesson: string) {
    super('twitch-lesson-complete', init);
  }
}

/** Fired when the learner checks an answer. */
export class TwitchAnswerEvent extends Event {
  constructor(
    readonly quiz: string,
    readonly question: string,
    readonly correct: boolean,
    /** The option ids chosen (`a`, `b`…), sorted. */
    readonly chosen: readonly string[],
  ) {
    super('twitch-answer', init);
  }
}

/** Fired when the last question of a quiz attempt has been answered. */
export class TwitchQuizSubmitEvent extends Event {
  constructor(
    readonly quiz: string,
    /** Score of this attempt in per cent. */
    readonly percent: number,
    readonly passed: boolean,
    /** True when the attempt reviewed only the questions missed before. */
    readonly review: boolean,
  ) {
    super('twitch-quiz-submit', init);
  }
}

/**
 * Fired when the learner asks to see the slide a quiz answer comes from. A page or a `<twitch-course>` that shows
 * the slide itself calls `preventDefault()`; otherwise the quiz looks for the lesson on the same page.
 */
export class TwitchSlideRequestEvent extends Event {
  constructor(
    readonly lesson: string,
    /** 0-based index of the slide asked for. */
    readonly slide: number,
  ) {
    super('twitch-slide-request', { ...init, cancelable: true });
  }
}

/** Fired whenever the learner's progress changes, so a host page can mirror it to its own system. */
export class TwitchProgressEvent extends Event {
  constructor(
    /** The record's key (`lesson:ID`, `quiz:ID`, `course`), or null when all of them changed (import, reset). */
    readonly key: string | null,
    /** The record as now saved; undefined when `key` is null. */
    readonly record: unknown,
  ) {
    super('twitch-progress', init);
  }
}

/** Fired once when progress can no longer be saved on this device (IndexedDB blocked, missing or full). */
export class TwitchProgressErrorEvent extends Event {
  constructor() {
    super('twitch-progress-error', init);
  }
}

/**
 * Fired when the learner reaches an outcome of the "Should I see a doctor?" check. It says how urgent the outcome is
 * and nothing else: the answers that led there are health data, and stay in the element.
 */
export class TwitchCheckOutcomeEvent extends Event {
  constructor(
    /** `emergency`, `care-today`, `book-doctor` or `harmless`. */
    readonly outcome: CheckLevel,
  ) {
    super('twitch-check-outcome', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'twitch-slide-change': TwitchSlideChangeEvent;
    'twitch-lesson-complete': TwitchLessonCompleteEvent;
    'twitch-answer': TwitchAnswerEvent;
    'twitch-quiz-submit': TwitchQuizSubmitEvent;
    'twitch-slide-request': TwitchSlideRequestEvent;
    'twitch-progress': TwitchProgressEvent;
    'twitch-progress-error': TwitchProgressErrorEvent;
    'twitch-check-outcome': TwitchCheckOutcomeEvent;
  }
}
