import type { LessonSummary, Quiz } from '../content/types.js';
import { loadQuiz } from '../course-content.js';
import { courseComplete, type LessonState } from '../course/overview.js';
import { parseRoute, routeHash } from '../course/route.js';
import { COURSE_KEY, lessonKey, quizKey, type CourseProgress, type QuizProgress } from '../progress/schema.js';
import { progressStore, type ProgressStore } from '../progress/store.js';
import { buildExport, loadProgressFile } from '../progress/transfer.js';
import { courseProgressSchema, lessonProgressSchema, quizProgressSchema } from '../progress/validation.js';
import { isCorrect } from '../quiz/grading.js';
import { isoDuration } from './iso-duration.js';

/**
 * The course as one SCO in an LMS, SCORM 1.2 or SCORM 2004 4th edition. The LMS holds the learner's progress (in
 * `cmi.suspend_data`, so it follows them to any device) and hears completion, score, session time and one
 * interaction per answered question. Only the SCORM launch page loads this module.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 run-time API, as the LMS puts it on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
}

/** The SCORM 2004 run-time API, as the LMS puts it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
}

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;
/** How many parents up to look: ADL's 1.2 API wrapper gives up after 7, the SCORM 2004 run-time book after 500. */
const MAX_DEPTH = { '1.2': 7, '2004': 500 } as const;

/** What can stand for a window while looking for the API: its parent, opener and top, and the API itself. */
export interface ApiHost {
  readonly parent: ApiHost | null;
  readonly opener?: ApiHost | null;
  readonly top?: ApiHost | null;
}

/**
 * Finds the LMS's API object as both specifications describe: the window itself and its parents (up to the usual
 * depth), then the window that opened this one and its parents, then the opener of the top window. A window of
 * another origin cannot be read and holds no API for us; the search goes on above it.
 */
export function findApi(start: ApiHost, version: ScormVersion): object | null {
  const name = API_NAME[version];
  const scan = (from: ApiHost | null | undefined): object | null => {
    let win = from;
    for (let depth = 0; win && depth <= MAX_DEPTH[version]; depth++) {
      try {
        const api = (win as unknown as Record<string, unknown>)[name];
        if (typeof api === 'object' && api !== null) return api;
      } catch {
        // Another origin: its properties cannot be read, but its parent can be reached.
      }
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  };
  const read = <T>(get: () => T) => {
    try {
      return get();
    } catch {
      return null;
    }
  };
  const opener = read(() => start.opener);
  const topOpener = read(() => start.top?.opener);
  return scan(start) ?? scan(opener) ?? (topOpener !== opener ? scan(topOpener) : null);
}

/** The data model elements the course uses, by version. */
const CMI = {
  '1.2': {
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    passMark: 'cmi.student_data.mastery_score',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
  },
  '2004': {
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    passMark: 'cmi.scaled_passing_score',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
  },
} as const;

/** Longest `cmi.suspend_data` and location each version must store: SCORM 1.2's CMIString4096 and CMIString255. */
export const LIMITS = {
  '1.2': { suspendData: 4096, location: 255 },
  '2004': { suspendData: 64000, location: 1000 },
} as const;

/** One API for both versions: get, set, commit and finish, with SCORM 1.2's names or SCORM 2004's. */
export interface Lms {
  readonly version: ScormVersion;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): void;
  finish(): void;
}

const succeeded = (result: string | boolean) => String(result) === 'true';

/** Opens a session with the API found, or null when the LMS refuses it. */
export function initialize(version: ScormVersion, found: object): Lms | null {
  if (version === '1.2') {
    const api = found as Scorm12Api;
    if (!succeeded(api.LMSInitialize(''))) return null;
    return {
      version,
      get: (element) => String(api.LMSGetValue(element) ?? ''),
      set: (element, value) => succeeded(api.LMSSetValue(element, value)),
      commit: () => void api.LMSCommit(''),
      finish: () => void api.LMSFinish(''),
    };
  }
  const api = found as Scorm2004Api;
  if (!succeeded(api.Initialize(''))) return null;
  return {
    version,
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => succeeded(api.SetValue(element, value)),
    commit: () => void api.Commit(''),
    finish: () => void api.Terminate(''),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A session's length as SCORM 1.2 writes it, `HHHH:MM:SS.SS`. */
export function scorm12Duration(ms: number): string {
  const hundredths = Math.round(ms / 10);
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${pad(Math.min(Math.floor(hundredths / 360000), 9999), 4)}:${pad(Math.floor(hundredths / 6000) % 60)}:${pad(seconds)}.${pad(hundredths % 100)}`;
}

/** A session's length as SCORM 2004 writes it, an ISO 8601 duration such as `PT1H2M3.45S`. */
export const scorm2004Duration = isoDuration;

/** A quiz's best scores as the LMS sees the course: the average over every quiz, counting one not taken as 0. */
export interface CourseResult {
  /** 0–100. */
  score: number;
  /** Every lesson seen to the end and its quiz passed at the pass mark: the course's own "done". */
  completed: boolean;
  /** The score reaches the pass mark (the LMS's mastery score). */
  passed: boolean;
  /** Every quiz was finished at least once, so a score under the pass mark is a fail, not work in progress. */
  allTaken: boolean;
}

export function courseResult(states: readonly LessonState[], passMark: number): CourseResult {
  const quizzes = states.filter((state) => state.summary.questionCount > 0);
  const score = quizzes.length
    ? Math.round(quizzes.reduce((sum, state) => sum + (state.quiz.best ?? 0), 0) / quizzes.length)
    : 0;
  return {
    score,
    completed: courseComplete(states, passMark),
    passed: score >= passMark,
    allTaken: quizzes.every((state) => state.quiz.best !== null),
  };
}

/** The status elements for a result: SCORM 1.2 has one, SCORM 2004 keeps completion and success apart. */
export function statusValues(version: ScormVersion, result: CourseResult): [string, string][] {
  if (version === '1.2') {
    const status = result.completed ? 'passed' : result.allTaken && !result.passed ? 'failed' : 'incomplete';
    return [['cmi.core.lesson_status', status]];
  }
  return [
    ['cmi.completion_status', result.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', result.passed ? 'passed' : result.allTaken ? 'failed' : 'unknown'],
  ];
}

/** Where the learner was, as the course's own hash route (`#/lesson/ID/slide/N`, `#/quiz/ID`), or '' for the overview. */
export function locationOf(course: CourseProgress, states: readonly LessonState[]): string {
  const last = course.last;
  const state = last && states.find((candidate) => candidate.summary.id === last.lesson);
  if (!last || !state) return '';
  return last.view === 'quiz'
    ? routeHash({ view: 'quiz', lesson: last.lesson })
    : routeHash({ view: 'lesson', lesson: last.lesson, slide: state.lesson.slide + 1 });
}

/** Marks compressed suspend data; JSON, the readable form, always starts with `{`. */
const DEFLATED = 'deflate-raw:';

async function streamBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Progress as `cmi.suspend_data`: the course's progress file, as `<twitch-progress>` saves it, so that restoring it
 * goes through the same checks. Where it is too long for the LMS (SCORM 1.2 keeps 4,096 characters; a finished course
 * takes about 5,000), it is deflated and written in base64. Null when even that does not fit.
 */
export async function encodeSuspendData(json: string, limit: number): Promise<string | null> {
  if (json.length <= limit) return json;
  const deflated = await streamBytes(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  let binary = '';
  for (const byte of deflated) binary += String.fromCharCode(byte);
  const encoded = DEFLATED + btoa(binary);
  return encoded.length <= limit ? encoded : null;
}

export async function decodeSuspendData(text: string): Promise<string> {
  if (!text.startsWith(DEFLATED)) return text;
  const bytes = Uint8Array.from(atob(text.slice(DEFLATED.length)), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(await streamBytes(bytes, new DecompressionStream('deflate-raw')));
}

/** The newly answered questions of a quiz record: those answered now that were not before. */
export function newAnswers(before: QuizProgress | undefined, after: QuizProgress): [string, string[]][] {
  const known = before && before.attempt === after.attempt && before.review === after.review ? before.answers : {};
  return Object.entries(after.answers).filter(([question]) => !Object.hasOwn(known, question));
}

/** One interaction's elements, in the order the LMS needs them (the id first, the type before any response). */
export function interactionValues(
  version: ScormVersion,
  n: number,
  quiz: Quiz,
  questionId: string,
  chosen: string[],
  at: Date,
): [string, string][] {
  const question = quiz.questions.find((candidate) => candidate.id === questionId);
  if (!question) return [];
  const prefix = `cmi.interactions.${n}`;
  const right = question.options.filter((option) => option.correct).map((option) => option.id);
  const correct = isCorrect(question, chosen);
  const id = `${quiz.lesson}/${question.id}`;
  if (version === '1.2') {
    return [
      [`${prefix}.id`, id.slice(0, 255)],
      [`${prefix}.type`, 'choice'],
      [`${prefix}.student_response`, chosen.join(',')],
      [`${prefix}.correct_responses.0.pattern`, right.join(',')],
      [`${prefix}.result`, correct ? 'correct' : 'wrong'],
      [`${prefix}.time`, `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`],
    ];
  }
  return [
    [`${prefix}.id`, id],
    [`${prefix}.type`, 'choice'],
    [`${prefix}.description`, question.prompt.slice(0, 250)],
    [`${prefix}.learner_response`, chosen.join('[,]')],
    [`${prefix}.correct_responses.0.pattern`, right.join('[,]')],
    [`${prefix}.result`, correct ? 'correct' : 'incorrect'],
    [`${prefix}.timestamp`, at.toISOString().replace(/\.\d+Z$/, 'Z')],
  ];
}

/** What the launch page needs to know before it shows the course. */
export interface ScormSession {
  /** The LMS's mastery score as a pass mark in per cent, or null when it gives none. */
  passMark: number | null;
  /** The course route to resume at, or '' for the overview. */
  location: string;
  /** Starts reporting, with the pass mark the course uses. */
  start(passMark: number): void;
}

/**
 * Connects to the LMS, if there is one, and restores the learner's progress from it into `storeName`, replacing
 * whatever this device held: the LMS knows where the learner got to on any device. Null outside an LMS, where the
 * course runs as it does anywhere else.
 */
export async function connectScorm(
  version: ScormVersion,
  win: Window,
  storeName: string,
): Promise<ScormSession | null> {
  const found = findApi(win, version);
  const lms = found && initialize(version, found);
  if (!lms) return null;
  const cmi = CMI[version];
  const store = progressStore(storeName, lms);
  const summaries = (await import('virtual:twitch-course/index')).lessons;
  const target = { store: storeName, lessons: summaries.map((summary) => summary.id) };
  const saved = lms.get(cmi.suspendData);
  const restored = saved
    ? await loadProgressFile(store, await decodeSuspendData(saved).catch(() => ''), target, true)
    : null;
  if (restored?.status !== 'loaded') {
    if (restored)
      console.warn('twitch-course: the progress the LMS holds could not be read; starting afresh.', restored);
    await store.replaceAll({});
  }
  const mastery = lms.get(cmi.passMark);
  const passMark =
    mastery === '' || !Number.isFinite(Number(mastery)) ? null : Number(mastery) * (version === '2004' ? 100 : 1);
  const location = parseRoute(lms.get(cmi.location)).view === 'overview' ? '' : lms.get(cmi.location);
  return { passMark, location, start: (mark) => report(lms, store, summaries, mark, Date.now()) };
}

/** Reports every change of progress to the LMS, commits at the ends of lessons and quizzes, and finishes on page hide. */
function report(
  lms: Lms,
  store: ProgressStore,
  summaries: readonly LessonSummary[],
  passMark: number,
  started: number,
) {
  const { version } = lms;
  const cmi = CMI[version];
  const quizzes = new Map<string, QuizProgress>();
  let queue = Promise.resolve();
  let finished = false;

  const read = async () => {
    const states: LessonState[] = await Promise.all(
      summaries.map(async (summary) => ({
        summary,
        lesson: await store.read(lessonKey(summary.id), lessonProgressSchema),
        quiz: await store.read(quizKey(summary.id), quizProgressSchema),
      })),
    );
    return { states, course: await store.read(COURSE_KEY, courseProgressSchema) };
  };

  const record = async (first: boolean) => {
    const { states, course } = await read();
    if (finished) return;
    for (const { summary, quiz } of states) {
      const before = quizzes.get(summary.id);
      quizzes.set(summary.id, quiz);
      const answered = first ? [] : newAnswers(before, quiz);
      if (answered.length === 0) continue;
      const content = await loadQuiz(summary.id);
      for (const [question, chosen] of answered) {
        const n = Number(lms.get('cmi.interactions._count')) || 0;
        for (const [element, value] of interactionValues(version, n, content, question, chosen, new Date()))
          lms.set(element, value);
      }
    }
    const result = courseResult(states, passMark);
    for (const [element, value] of statusValues(version, result)) lms.set(element, value);
    lms.set(cmi.raw, String(result.score));
    lms.set(cmi.min, '0');
    lms.set(cmi.max, '100');
    if (version === '2004') lms.set('cmi.score.scaled', String(result.score / 100));
    lms.set(cmi.location, locationOf(course, states).slice(0, LIMITS[version].location));
    const records = Object.fromEntries([
      [COURSE_KEY, course],
      ...states.flatMap(({ summary, lesson, quiz }) => [
        [lessonKey(summary.id), lesson],
        [quizKey(summary.id), quiz],
      ]),
    ]);
    const json = JSON.stringify(buildExport(store.name, Object.entries(records), new Date()));
    const suspendData = await encodeSuspendData(json, LIMITS[version].suspendData);
    if (finished) return;
    if (suspendData === null)
      console.warn('twitch-course: progress is too long for this LMS to keep; it stays on this device.');
    else lms.set(cmi.suspendData, suspendData);
    lms.set(cmi.exit, 'suspend');
  };
  const enqueue = (first = false) =>
    (queue = queue
      .then(() => record(first))
      .catch((error: unknown) => console.error('twitch-course: reporting to the LMS failed.', error)));
  const commit = () =>
    void queue.then(() => {
      if (!finished) lms.commit();
    });

  enqueue(true);
  commit();
  store.addEventListener('change', () => enqueue());
  document.addEventListener('twitch-lesson-complete', commit);
  document.addEventListener('twitch-quiz-submit', commit);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden' || finished) return;
    // The browser may end a hidden page without another word: leave the LMS with the time so far.
    lms.set(
      cmi.sessionTime,
      version === '1.2' ? scorm12Duration(Date.now() - started) : scorm2004Duration(Date.now() - started),
    );
    lms.commit();
  });
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    lms.set(
      cmi.sessionTime,
      version === '1.2' ? scorm12Duration(Date.now() - started) : scorm2004Duration(Date.now() - started),
    );
    lms.set(cmi.exit, 'suspend');
    lms.commit();
    lms.finish();
  });
}
