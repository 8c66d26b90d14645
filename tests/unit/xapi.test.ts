import 'fake-indexeddb/auto';
import validate from '@learninglocker/xapi-validation';
import { lessons as summaries } from 'virtual:twitch-course/index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import { openDatabase } from '../../src/progress/database.js';
import { sendStatement, StatementQueue, type QueuedStatement, type SendOutcome } from '../../src/lms/xapi-queue.js';
import { isActor, Statements, type Statement } from '../../src/lms/xapi-statements.js';
import { everythingStored } from '../indexeddb-dump.js';

const COURSE = 'https://gym.example/embed/';
const ACTOR = { objectType: 'Agent', name: 'Sam', mbox: 'mailto:sam@gym.example' };
const AT = new Date('2026-11-30T10:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// The content as the build compiles it, through the loaders the adapter uses.
const lessons = await Promise.all(summaries.map((summary) => loadLesson(summary.id)));
const quizzes = new Map(
  await Promise.all(summaries.map(async (summary) => [summary.id, await loadQuiz(summary.id)] as const)),
);

/** Every statement the course can make, over all of its content, as the adapter makes them. */
function everyStatement(statements: Statements): Statement[] {
  const made = [statements.initialized(AT)];
  for (const lesson of lessons) {
    const ref = { id: lesson.id, title: lesson.title };
    lesson.slides.forEach((slide, i) => made.push(statements.experienced(ref, i + 1, slide.heading, AT)));
    made.push(statements.completed(ref, AT));
    for (const question of quizzes.get(lesson.id)?.questions ?? []) {
      const right = question.options.filter((option) => option.correct).map((option) => option.id);
      const wrong = question.options.find((option) => !option.correct)!.id;
      made.push(statements.answered(lesson.id, lesson.title, question, right, true, AT));
      made.push(statements.answered(lesson.id, lesson.title, question, [wrong], false, AT));
    }
    made.push(
      statements.scored(lesson.id, lesson.title, 100, true, AT),
      statements.scored(lesson.id, lesson.title, 40, false, AT),
    );
  }
  const src = { src: 'https://clinic.example/lessons/knee.md' };
  made.push(statements.experienced(src, 2, undefined, AT), statements.completed(src, AT));
  made.push(statements.terminated('PT12M3.5S', AT));
  return made;
}

describe('xAPI statements', () => {
  const made = everyStatement(new Statements(COURSE, 'Muscle twitching after exercise', ACTOR));

  it('all pass the xAPI validator', () => {
    expect(made.length).toBeGreaterThan(100);
    for (const statement of made) expect(validate(statement), JSON.stringify(statement)).toEqual([]);
    // The validator does reject: a verb that is no IRI, a score out of range.
    expect(validate({ ...made[0], verb: { id: 'initialized' }, result: { score: { scaled: 2 } } })).toHaveLength(2);
  });

  it('use ADL verbs, a new UUID each, and the host’s actor as given', () => {
    expect(new Set(made.map((statement) => statement.verb.id))).toEqual(
      new Set(
        ['initialized', 'experienced', 'completed', 'answered', 'passed', 'failed', 'terminated'].map(
          (verb) => `http://adlnet.gov/expapi/verbs/${verb}`,
        ),
      ),
    );
    expect(made.every((statement) => UUID.test(statement.id))).toBe(true);
    expect(new Set(made.map((statement) => statement.id)).size).toBe(made.length);
    expect(made.every((statement) => statement.actor === ACTOR)).toBe(true);
  });

  it('name activities by addresses under the course’s, the same every time', () => {
    const again = everyStatement(new Statements(COURSE, 'Muscle twitching after exercise', ACTOR));
    expect(again.map((statement) => statement.object.id)).toEqual(made.map((statement) => statement.object.id));
    const ids = new Set(made.map((statement) => statement.object.id));
    expect(ids).toContain(COURSE);
    expect(ids).toContain(`${COURSE}lessons/what-is-twitching/slides/3`);
    expect(ids).toContain(`${COURSE}quizzes/what-is-twitching`);
    expect(ids).toContain('https://clinic.example/lessons/knee.md/slides/2');
    const question = quizzes.get('lactic-acid')!.questions[0]!;
    expect(ids).toContain(`${COURSE}quizzes/lactic-acid/questions/${question.id}`);
  });

  it('report an answer’s response and success, and a quiz’s score', () => {
    const statements = new Statements(COURSE, 'Course', ACTOR);
    const question = quizzes.get('what-is-twitching')!.questions.find((candidate) => candidate.kind === 'multiple')!;
    const right = question.options.filter((option) => option.correct).map((option) => option.id);
    const answered = statements.answered('what-is-twitching', 'What is twitching?', question, right, true, AT);
    expect(answered.result).toEqual({ success: true, response: right.join('[,]') });
    expect(answered.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: [right.join('[,]')],
    });
    expect(
      answered.object.definition!.choices!.every(
        (choice) => choice.description.en && !/[<&]/.test(choice.description.en),
      ),
    ).toBe(true);
    expect(statements.scored('what-is-twitching', undefined, 78, false, AT)).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed' },
      result: { success: false, completion: true, score: { scaled: 0.78, raw: 78, min: 0, max: 100 } },
    });
  });

  it('take an Agent with exactly one identifier, or a Group, as the actor', () => {
    expect(isActor({ mbox: 'mailto:a@b.example' })).toBe(true);
    expect(isActor({ account: { homePage: 'https://gym.example', name: 'member-12' } })).toBe(true);
    expect(isActor({ objectType: 'Group', member: [{ mbox: 'mailto:a@b.example' }] })).toBe(true);
    for (const wrong of [
      null,
      'sam',
      [],
      { name: 'Sam' },
      { mbox: 'mailto:a@b.example', openid: 'https://id.example/sam' },
    ])
      expect(isActor(wrong)).toBe(false);
  });
});

let count = 0;
const freshQueue = () => new StatementQueue(openDatabase(`xapi-unit-${++count}`, 'statements'));
const item = (n: number, endpoint = 'https://lrs.example/xapi/'): QueuedStatement => ({
  endpoint,
  statement: {
    ...new Statements(COURSE, 'Course', ACTOR).initialized(AT),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  },
});
const ENDPOINTS = new Set(['https://lrs.example/xapi/', 'https://other.example/lrs/']);

/** An LRS that records what it stores and answers as told: `down` while it should fail. */
function lrs() {
  const stored: string[] = [];
  const state = { down: false };
  const send = vi.fn(async ({ statement }: QueuedStatement): Promise<SendOutcome> => {
    if (state.down) return 'retry';
    stored.push(statement.id.slice(-2));
    return 'sent';
  });
  return { stored, state, send };
}

afterEach(() => vi.restoreAllMocks());

describe('the xAPI statement queue', () => {
  it('sends statements in the order they were queued, each once', async () => {
    const queue = freshQueue();
    for (let n = 1; n <= 5; n++) await queue.add(item(n));
    const { stored, send } = lrs();
    expect(await queue.flush(ENDPOINTS, send)).toBe(true);
    expect(await queue.flush(ENDPOINTS, send)).toBe(true);
    expect(stored).toEqual(['01', '02', '03', '04', '05']);
  });

  it('loses nothing of two tabs queueing into one database at once, and keeps each tab’s order', async () => {
    const name = `xapi-unit-${++count}`;
    const [first, second] = [
      new StatementQueue(openDatabase(name, 'statements')),
      new StatementQueue(openDatabase(name, 'statements')),
    ];
    await Promise.all([first.add(item(1)), second.add(item(2)), first.add(item(3)), second.add(item(4))]);
    const { stored, send } = lrs();
    await second.flush(ENDPOINTS, send);
    expect([...stored].sort()).toEqual(['01', '02', '03', '04']);
    expect(stored.indexOf('01')).toBeLessThan(stored.indexOf('03'));
    expect(stored.indexOf('02')).toBeLessThan(stored.indexOf('04'));
  });

  it('holds back what follows a failed send, and sends it all, in order, once the LRS is back', async () => {
    const queue = freshQueue();
    const { stored, state, send } = lrs();
    for (let n = 1; n <= 2; n++) await queue.add(item(n));
    await queue.flush(ENDPOINTS, send);
    state.down = true;
    for (let n = 3; n <= 5; n++) await queue.add(item(n));
    expect(await queue.flush(ENDPOINTS, send)).toBe(false);
    // One try for the first that waits, none for those behind it.
    expect(send).toHaveBeenCalledTimes(3);
    state.down = false;
    await queue.add(item(6));
    expect(await queue.flush(ENDPOINTS, send)).toBe(true);
    expect(stored).toEqual(['01', '02', '03', '04', '05', '06']);
  });

  it('keeps what was not sent for a later visit, and what is for an LRS this page does not name', async () => {
    const name = `xapi-unit-${++count}`;
    const before = new StatementQueue(openDatabase(name, 'statements'));
    await before.add(item(1));
    await before.add(item(2, 'https://other.example/lrs/'));
    await before.flush(ENDPOINTS, async () => 'retry');
    const later = new StatementQueue(openDatabase(name, 'statements'));
    const { stored, send } = lrs();
    await later.flush(new Set(['https://lrs.example/xapi/']), send);
    expect(stored).toEqual(['01']);
    await later.flush(ENDPOINTS, send);
    expect(stored).toEqual(['01', '02']);
  });

  it('lets one LRS that is down hold back only its own statements', async () => {
    const queue = freshQueue();
    await queue.add(item(1, 'https://other.example/lrs/'));
    await queue.add(item(2));
    const sent: string[] = [];
    await queue.flush(ENDPOINTS, async ({ endpoint, statement }) =>
      endpoint.includes('other') ? 'retry' : (sent.push(statement.id.slice(-2)), 'sent'),
    );
    expect(sent).toEqual(['02']);
  });

  it('drops a statement the LRS refuses, instead of holding everything behind it', async () => {
    const queue = freshQueue();
    await queue.add(item(1));
    await queue.add(item(2));
    const { stored, send } = lrs();
    await queue.flush(ENDPOINTS, async (queued) => (queued.statement.id.endsWith('01') ? 'refused' : send(queued)));
    expect(stored).toEqual(['02']);
    expect(await queue.flush(ENDPOINTS, send)).toBe(true);
    expect(stored).toEqual(['02']);
  });

  it('never writes the credentials to IndexedDB, while statements wait or after they are sent', async () => {
    const secret = 'Basic c2VjcmV0LWtleTpzZWNyZXQtcGFzcw==';
    const queue = freshQueue();
    await queue.add(item(1));
    let up = false;
    const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      expect(new Headers(init?.headers).get('Authorization')).toBe(secret);
      return new Response(null, { status: up ? 204 : 503 });
    });
    const send = (queued: QueuedStatement) => sendStatement(queued, secret, fetcher as typeof fetch);
    expect(await queue.flush(ENDPOINTS, send)).toBe(false);
    await queue.add(item(2));
    const waiting = await everythingStored(indexedDB);
    expect(waiting).toContain(item(2).statement.id);
    expect(waiting).not.toContain('c2VjcmV0');
    up = true;
    expect(await queue.flush(ENDPOINTS, send)).toBe(true);
    expect(await everythingStored(indexedDB)).not.toContain('c2VjcmV0');
    expect(fetcher).toHaveBeenCalledTimes(3);
  });

  it('carries on in memory when IndexedDB refuses to open', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Blocked.', 'SecurityError');
    });
    const queue = freshQueue();
    const { stored, state, send } = lrs();
    state.down = true;
    await queue.add(item(1));
    await queue.add(item(2));
    await queue.flush(ENDPOINTS, send);
    state.down = false;
    await queue.flush(ENDPOINTS, send);
    expect(stored).toEqual(['01', '02']);
  });
});

describe('sending a statement', () => {
  const answering = (status: number | Error) =>
    vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
      if (status instanceof Error) throw status;
      return new Response(null, { status });
    });

  it('PUTs it under its own id with the xAPI version header and the host’s credentials', async () => {
    const fetcher = answering(204);
    expect(await sendStatement(item(7), 'Bearer token', fetcher as typeof fetch)).toBe('sent');
    const [url, init] = fetcher.mock.calls[0]!;
    expect(url).toBe(`https://lrs.example/xapi/statements?statementId=${item(7).statement.id}`);
    expect(init).toMatchObject({ method: 'PUT', keepalive: true, body: JSON.stringify(item(7).statement) });
    expect(new Headers(init!.headers).get('X-Experience-API-Version')).toBe('1.0.3');
    expect(new Headers(init!.headers).get('Authorization')).toBe('Bearer token');
  });

  it('counts an id the LRS already holds as sent, and tries offline or 5xx again later', async () => {
    expect(await sendStatement(item(1), null, answering(409) as typeof fetch)).toBe('sent');
    expect(await sendStatement(item(1), null, answering(503) as typeof fetch)).toBe('retry');
    expect(await sendStatement(item(1), null, answering(401) as typeof fetch)).toBe('retry');
    expect(await sendStatement(item(1), null, answering(new TypeError('Failed to fetch')) as typeof fetch)).toBe(
      'retry',
    );
    expect(await sendStatement(item(1), null, answering(400) as typeof fetch)).toBe('refused');
  });
});
