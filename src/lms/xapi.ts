// Reports the course to a Learning Record Store over xAPI. The embed loads this module only on a page where an
// element carries `xapi-endpoint` (see the README's xAPI section); other pages load none of it. It needs nothing of
// the elements but their events, which bubble and are composed, so it listens on the document.
import { lessons } from 'virtual:twitch-course/index';
import { importLesson, importQuiz } from 'virtual:twitch-course/loaders';
import { courseStrings } from '../course/strings.js';
import { isoDuration } from './iso-duration.js';
import { sendStatement, StatementQueue, type QueuedStatement, type SendOutcome } from './xapi-queue.js';
import { isActor, Statements, type Actor, type LessonRef, type Statement } from './xapi-statements.js';

/** What a host may set as properties of the element carrying `xapi-endpoint`, for what does not belong in markup. */
interface XapiHost extends Element {
  /** The Authorization header, or a function giving it; asked for before each request, so a token can be renewed. */
  xapiAuth?: string | (() => string | Promise<string>);
  /** The learner as an xAPI Agent; in place of the `xapi-actor` attribute. */
  xapiActor?: Actor;
}

interface Session {
  endpoint: string;
  statements: Statements;
  started: number;
}

const CONFIGURED = '[xapi-endpoint]';
/** The course's own address: the folder the embed is served from, one above its chunks, as the browser finds it. */
const COURSE = new URL(/* @vite-ignore */ '..', import.meta.url).href;
const LOCK = 'twitch-course-xapi';
const MAX_BACKOFF_MS = 5 * 60_000;

const queue = new StatementQueue();
const sessions = new Map<XapiHost, Session>();
const warned = new WeakSet<Element>();
let pending: Promise<unknown> = Promise.resolve();
/** How many statements of this page the LRS does not have yet, counting those still being made, and their ids. */
let unsent = 0;
const madeHere = new Set<string>();
/** The last try left statements waiting, of this visit or an earlier one. */
let held = false;
/** The last Authorization header each LRS was sent, in memory only, for the statement that goes as the page closes. */
const authorizations = new Map<string, string | null>();

const titleOf = (id: string) => lessons.find((lesson) => lesson.id === id)?.title;

function warnOnce(host: Element, message: string) {
  if (warned.has(host)) return;
  warned.add(host);
  console.warn(`twitch-course: ${message}; nothing is sent to the LRS for`, host);
}

/** The LRS's address, ending in `/` as the statements resource is resolved against it. */
function endpointOf(host: Element): string | null {
  try {
    const url = new URL(host.getAttribute('xapi-endpoint') ?? '', document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function actorOf(host: XapiHost): Actor | null {
  if (host.xapiActor !== undefined) return isActor(host.xapiActor) ? host.xapiActor : null;
  try {
    const actor: unknown = JSON.parse(host.getAttribute('xapi-actor') ?? 'null');
    return isActor(actor) ? actor : null;
  } catch {
    return null;
  }
}

async function authorizationOf(host: XapiHost): Promise<string | null> {
  const auth = host.xapiAuth ?? host.getAttribute('xapi-auth');
  return typeof auth === 'function' ? await auth() : auth;
}

/** The element whose settings an event goes by: the nearest one, from the element that fired it outwards. */
function hostOf(event: Event): XapiHost | null {
  return (
    (event.composedPath().find((node) => node instanceof Element && node.hasAttribute('xapi-endpoint')) as XapiHost) ??
    null
  );
}

/** Queues statements in the order they were made, then sends what it can. */
function enqueue(endpoint: string, make: () => Statement | null | Promise<Statement | null>) {
  unsent++;
  pending = pending
    .then(async () => {
      const statement = await make();
      if (!statement) {
        unsent--;
        return;
      }
      madeHere.add(statement.id);
      await queue.add({ endpoint, statement });
    })
    .catch((error: unknown) => {
      unsent--;
      console.error('twitch-course: an xAPI statement could not be made.', error);
    })
    .then(flush);
}

/**
 * The reporting of one element's settings: opened (initialized) the first time they are complete on this page. Only
 * a statement that cannot be sent warns of settings missing: at start-up the page may not have set them yet.
 */
function sessionOf(host: XapiHost, warn = true): Session | null {
  const known = sessions.get(host);
  if (known) return known;
  const endpoint = endpointOf(host);
  const actor = actorOf(host);
  if (!endpoint || !actor) {
    if (warn)
      warnOnce(
        host,
        endpoint
          ? 'no learner is given (xapi-actor: an xAPI Agent with one identifier)'
          : 'xapi-endpoint is not an http or https address',
      );
    return null;
  }
  const session = {
    endpoint,
    statements: new Statements(COURSE, courseStrings.courseTitle, actor),
    started: Date.now(),
  };
  sessions.set(host, session);
  const at = new Date();
  enqueue(endpoint, () => session.statements.initialized(at));
  return session;
}

function report(
  event: Event,
  make: (statements: Statements, at: Date) => Statement | null | Promise<Statement | null>,
) {
  const host = hostOf(event);
  const session = host && sessionOf(host);
  if (!session) return;
  const at = new Date();
  enqueue(session.endpoint, () => make(session.statements, at));
}

/** A lesson given by `src` is its file's address; a built-in one its id. */
function lessonOf(event: Event, id: string): LessonRef {
  const element = event.composedPath()[0];
  const src = element instanceof Element && element.localName === 'twitch-lesson' ? element.getAttribute('src') : null;
  return src ? { src: new URL(src, document.baseURI).href } : { id, title: titleOf(id) };
}

document.addEventListener('twitch-slide-change', (event) =>
  report(event, async (statements, at) => {
    const lesson = lessonOf(event, event.lesson);
    const heading =
      'id' in lesson
        ? await importLesson(lesson.id).then(
            (module) => module.default.slides[event.slide]?.heading,
            () => undefined,
          )
        : undefined;
    return statements.experienced(lesson, event.slide + 1, heading, at);
  }),
);
document.addEventListener('twitch-lesson-complete', (event) =>
  report(event, (statements, at) => statements.completed(lessonOf(event, event.lesson), at)),
);
document.addEventListener('twitch-answer', (event) =>
  report(event, async (statements, at) => {
    const question = (await importQuiz(event.quiz)).default.questions.find(
      (candidate) => candidate.id === event.question,
    );
    return question
      ? statements.answered(event.quiz, titleOf(event.quiz), question, event.chosen, event.correct, at)
      : null;
  }),
);
// A review of missed questions leaves the best score alone, so only a whole run passes or fails.
document.addEventListener('twitch-quiz-submit', (event) =>
  report(event, (statements, at) =>
    event.review ? null : statements.scored(event.quiz, titleOf(event.quiz), event.percent, event.passed, at),
  ),
);

let flushing = false;
let again = false;
let failures = 0;
let retry: ReturnType<typeof setTimeout> | undefined;

/** The page's settings for each LRS it names, for the credentials of whatever waits for that LRS. */
function hostsByEndpoint(): Map<string, XapiHost> {
  const found = new Map<string, XapiHost>();
  for (const host of [...sessions.keys(), ...document.querySelectorAll<XapiHost>(CONFIGURED)]) {
    const endpoint = endpointOf(host);
    if (endpoint && !found.has(endpoint)) found.set(endpoint, host);
  }
  return found;
}

async function deliver(hosts: Map<string, XapiHost>, item: QueuedStatement): Promise<SendOutcome> {
  let authorization: string | null;
  try {
    authorization = await authorizationOf(hosts.get(item.endpoint)!);
  } catch (error) {
    console.warn('twitch-course: the page gave no xAPI credentials; statements wait.', error);
    return 'retry';
  }
  authorizations.set(item.endpoint, authorization);
  const outcome = await sendStatement(item, authorization);
  if (outcome === 'refused')
    console.error(`twitch-course: the LRS refused statement ${item.statement.id}; it is dropped.`, item.statement);
  if (outcome !== 'retry' && madeHere.delete(item.statement.id)) unsent--;
  return outcome;
}

/**
 * Sends what waits, one tab at a time (so two tabs never send the same statement); after a failure, tries again after
 * a growing delay, or as soon as the browser is back online or another statement is made.
 */
async function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return;
  }
  flushing = true;
  clearTimeout(retry);
  let done = true;
  try {
    do {
      again = false;
      const hosts = hostsByEndpoint();
      const run = () => queue.flush(new Set(hosts.keys()), (item) => deliver(hosts, item));
      done = await (navigator.locks ? navigator.locks.request(LOCK, run) : run());
    } while (again);
  } finally {
    flushing = false;
  }
  held = !done;
  failures = done ? 0 : failures + 1;
  // Jittered, so that many learners' browsers do not all return to a recovering LRS at once.
  if (!done)
    retry = setTimeout(
      () => void flush(),
      Math.min(1000 * 2 ** (failures - 1), MAX_BACKOFF_MS) * (0.5 + Math.random() / 2),
    );
}

/** Opens a session for each element already configured, and sends what earlier visits left waiting. */
function begin() {
  for (const host of document.querySelectorAll<XapiHost>(CONFIGURED)) sessionOf(host, false);
  void flush();
}

addEventListener('online', () => {
  failures = 0;
  void flush();
});
addEventListener('pagehide', () => {
  // What is made now cannot reliably be kept on the device, which a closing page no longer writes to. When nothing made
  // before it still waits, the last statement goes at once, in a request the browser finishes after the page has gone.
  const inOrder = unsent === 0 && !held && !flushing;
  for (const [host, session] of sessions) {
    const at = new Date();
    const statement = session.statements.terminated(isoDuration(at.getTime() - session.started), at);
    sessions.delete(host);
    if (inOrder && authorizations.has(session.endpoint))
      void sendStatement({ endpoint: session.endpoint, statement }, authorizations.get(session.endpoint)!);
    else enqueue(session.endpoint, () => statement);
  }
});
// A page restored from the back-forward cache is a new visit: it opens new sessions, as a fresh load would.
addEventListener('pageshow', (event) => {
  if (event.persisted) begin();
});
begin();
