import 'fake-indexeddb/auto';
import { createStore, entries, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyQuizProgress, SCHEMA_VERSION, type QuizProgress } from '../../src/progress/schema.js';
import { lessonProgressSchema, quizProgressSchema } from '../../src/progress/validation.js';
import { progressStore, ProgressStore, UNREADABLE_PREFIX } from '../../src/progress/store.js';

let count = 0;
const freshName = () => `unit-${++count}-${Date.now()}`;
const raw = (name: string) => createStore(name, 'progress');

afterEach(() => vi.restoreAllMocks());

describe('progress schema', () => {
  it('accepts current records and rejects malformed ones', () => {
    expect(lessonProgressSchema.is({ version: SCHEMA_VERSION, slide: 2, seen: [0, 1, 2], completed: false })).toBe(
      true,
    );
    expect(lessonProgressSchema.is({ version: SCHEMA_VERSION, slide: -1, seen: [], completed: false })).toBe(false);
    expect(lessonProgressSchema.is({ version: SCHEMA_VERSION, slide: 0, seen: ['0'], completed: false })).toBe(false);
    expect(quizProgressSchema.is({ ...emptyQuizProgress(), best: 140 })).toBe(false);
    expect(quizProgressSchema.is({ ...emptyQuizProgress(), answers: { q: 'a' } })).toBe(false);
    expect(quizProgressSchema.is('{"version":2}')).toBe(false);
  });

  it('upgrades version 1 records and refuses what no version describes', () => {
    expect(lessonProgressSchema.upgrade({ version: 1, slide: 3, seen: [0, 1, 2, 3] })).toEqual({
      version: 2,
      slide: 3,
      seen: [0, 1, 2, 3],
      completed: false,
    });
    expect(quizProgressSchema.upgrade({ version: 1, answers: { q1: ['a'] }, best: 80 })).toEqual({
      version: 2,
      attempt: 0,
      review: null,
      answers: { q1: ['a'] },
      best: 80,
    });
    expect(quizProgressSchema.upgrade({ version: 1, answers: 'nonsense', best: 80 })).toBeNull();
    expect(lessonProgressSchema.upgrade({ version: 7, slide: 0 })).toBeNull();
  });
});

describe('ProgressStore over IndexedDB', () => {
  it('reads back what it wrote, from a new store on the same database (a reload)', async () => {
    const name = freshName();
    await new ProgressStore(name).update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 4, seen: [0, 4] }));
    expect(await new ProgressStore(name).read('lesson:a', lessonProgressSchema)).toMatchObject({
      slide: 4,
      seen: [0, 4],
    });
  });

  it('reads the records asked for together in one transaction, each with its own value', async () => {
    const name = freshName();
    await set('lesson:a', { version: 2, slide: 3, seen: [0, 3], completed: false }, raw(name));
    await set('quiz:a', { version: 1, answers: { q1: ['b'] }, best: 50 }, raw(name));
    const store = new ProgressStore(name);
    await store.read('course', lessonProgressSchema);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const [lesson, quiz, missing] = await Promise.all([
      store.read('lesson:a', lessonProgressSchema),
      store.read('quiz:a', quizProgressSchema),
      store.read('lesson:b', lessonProgressSchema),
    ]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(lesson).toMatchObject({ slide: 3, seen: [0, 3] });
    expect(quiz).toMatchObject({ version: 2, best: 50 });
    expect(missing).toEqual(lessonProgressSchema.empty());
  });

  it('loses none of 100 concurrent updates to one record', async () => {
    const name = freshName();
    const stores = [new ProgressStore(name), new ProgressStore(name)]; // two tabs
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        stores[i % 2]!.update('quiz:a', quizProgressSchema, (p: QuizProgress) => ({
          ...p,
          answers: { ...p.answers, [`q${i}`]: ['a'] },
        })),
      ),
    );
    const stored = (await get('quiz:a', raw(name))) as QuizProgress;
    expect(Object.keys(stored.answers)).toHaveLength(100);
  });

  it('upgrades a version 1 record when it reads it', async () => {
    const name = freshName();
    await set('quiz:a', { version: 1, answers: { q1: ['b'] }, best: 50 }, raw(name));
    expect(await new ProgressStore(name).read('quiz:a', quizProgressSchema)).toMatchObject({
      version: 2,
      best: 50,
      attempt: 0,
    });
  });

  it('keeps a record that does not parse aside instead of deleting it', async () => {
    const name = freshName();
    await set('lesson:a', { version: 2, slide: 'three' }, raw(name));
    const store = new ProgressStore(name);
    expect(await store.read('lesson:a', lessonProgressSchema)).toEqual(lessonProgressSchema.empty());
    expect(await get(`${UNREADABLE_PREFIX}lesson:a`, raw(name))).toEqual({ version: 2, slide: 'three' });
    await store.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 1 }));
    expect(await get(`${UNREADABLE_PREFIX}lesson:a`, raw(name))).toEqual({ version: 2, slide: 'three' });
    expect((await store.entries()).map(([key]) => key).sort()).toEqual(['lesson:a', `${UNREADABLE_PREFIX}lesson:a`]);
  });

  it('keeps every corruption of a record aside under a key of its own', async () => {
    const name = freshName();
    const first = { version: 2, slide: 'three' };
    const second = { version: 2, slide: 'four' };
    await set('lesson:a', first, raw(name));
    await new ProgressStore(name).read('lesson:a', lessonProgressSchema);
    await set('lesson:a', second, raw(name));
    await new ProgressStore(name).read('lesson:a', lessonProgressSchema); // a reload
    const kept = (await entries<string, unknown>(raw(name))).filter(([key]) => key.startsWith(UNREADABLE_PREFIX));
    expect(kept.map(([, value]) => value)).toEqual([first, second]);
  });

  it('sets one corruption aside once, however often it is read and written over, in this tab or another', async () => {
    const name = freshName();
    await set('lesson:a', { version: 2, slide: 'three' }, raw(name));
    const [here, there] = [new ProgressStore(name), new ProgressStore(name)];
    await here.read('lesson:a', lessonProgressSchema);
    await there.read('lesson:a', lessonProgressSchema);
    await Promise.all([
      here.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 1 })),
      there.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 2 })),
    ]);
    await set('lesson:a', ['not', 'a', 'lesson'], raw(name));
    await there.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 3 }));
    const kept = (await entries<string, unknown>(raw(name))).filter(([key]) => key.startsWith(UNREADABLE_PREFIX));
    expect(kept).toEqual([
      [`${UNREADABLE_PREFIX}lesson:a`, { version: 2, slide: 'three' }],
      [`${UNREADABLE_PREFIX}lesson:a#2`, ['not', 'a', 'lesson']],
    ]);
    expect(await get('lesson:a', raw(name))).toMatchObject({ slide: 3 });
  });

  it('closes a store once its last holder lets go, but only after its writes have landed', async () => {
    const name = freshName();
    const [lesson, quiz] = [{}, {}];
    const store = progressStore(name, lesson);
    expect(progressStore(name, quiz)).toBe(store);
    store.release(lesson);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(progressStore(name)).toBe(store);
    const writing = store.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 3 }));
    store.release(quiz);
    expect((await writing).saved).toBe(true);
    await vi.waitFor(() => expect(progressStore(name)).not.toBe(store));
    expect(await get('lesson:a', raw(name))).toMatchObject({ slide: 3 });
  });

  it('carries on from memory when the disk is full, and says so once', async () => {
    const store = new ProgressStore(freshName());
    await store.read('lesson:a', lessonProgressSchema);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    const statusEvents = vi.fn();
    store.addEventListener('status', statusEvents);
    const saved = await store.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 2 }));
    await store.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 3 }));
    expect(saved).toMatchObject({ record: { slide: 2 }, saved: false });
    expect(await store.read('lesson:a', lessonProgressSchema)).toMatchObject({ slide: 3 });
    expect(store.status).toBe('memory-only');
    expect(statusEvents).toHaveBeenCalledTimes(1);
  });

  it('works from memory when IndexedDB refuses to open', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Blocked.', 'SecurityError');
    });
    const store = new ProgressStore(freshName());
    await store.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 1 }));
    expect(await store.read('lesson:a', lessonProgressSchema)).toMatchObject({ slide: 1 });
    expect(store.status).toBe('memory-only');
  });

  it('tells one holder, the first to ask, to show the notice', () => {
    const store = new ProgressStore(freshName());
    const first = {};
    const second = {};
    expect(store.holdsNotice(first)).toBe(true);
    expect(store.holdsNotice(second)).toBe(false);
    store.releaseNotice(first);
    expect(store.holdsNotice(second)).toBe(true);
  });

  it('hears of another tab’s writes', async () => {
    const name = freshName();
    const here = new ProgressStore(name);
    const there = new ProgressStore(name);
    await here.read('lesson:a', lessonProgressSchema);
    const heard = new Promise<string | null>((resolve) =>
      here.addEventListener('change', (event) => resolve((event as unknown as { key: string | null }).key)),
    );
    await there.update('lesson:a', lessonProgressSchema, (p) => ({ ...p, slide: 5 }));
    expect(await heard).toBe('lesson:a');
    expect(await here.read('lesson:a', lessonProgressSchema)).toMatchObject({ slide: 5 });
  });
});
