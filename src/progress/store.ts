import { defaultStore } from 'virtual:twitch-course/defaults';
import { entries, getMany, promisifyRequest } from 'idb-keyval';
import { openDatabase, type Database } from './database.js';
import type { RecordSchema } from './schema.js';

// Whoever loads the store on demand needs the records' schemas too: they come in the same chunk.
export { schemaForKey } from './validation.js';

export type StoreStatus = 'saving' | 'memory-only';

/** A record changed; `key` is null when every record may have changed (an import, a reset, another tab's). */
export class ProgressChangeEvent extends Event {
  constructor(
    readonly key: string | null,
    readonly value: unknown,
  ) {
    super('change');
  }
}

/** A record after a write, and whether the write reached the disk. */
export interface Saved<T> {
  record: T;
  saved: boolean;
}

export const UNREADABLE_PREFIX = 'unreadable:';

/** Where the nth copy kept aside of a record goes: `unreadable:<key>`, then `unreadable:<key>#2` and so on. */
export const asideKey = (key: string, n: number) => `${UNREADABLE_PREFIX}${key}${n > 1 ? `#${n}` : ''}`;

const isPlain = (value: object) =>
  ['[object Object]', '[object Array]'].includes(Object.prototype.toString.call(value));

/**
 * Whether two values kept aside are the same data. Anything but plain objects and arrays, or nested past any record,
 * counts as different: a needless second copy costs a few bytes, a missing one loses what the learner had.
 */
function same(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 32) return false;
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((key) => Object.hasOwn(y, key) && same(x[key], y[key], depth + 1))
  );
}

/**
 * Within a transaction, keeps `value` aside under the first free `unreadable:` key of `key`, unless the same value is
 * kept there already (a record read, then written over, is met twice).
 */
function putAside(store: IDBObjectStore, key: string, value: unknown) {
  const first = asideKey(key, 1);
  const range = IDBKeyRange.bound(first, `${first}#\uffff`);
  const keys = store.getAllKeys(range);
  const values = store.getAll(range);
  values.onsuccess = () => {
    const kept = new Map<IDBValidKey, unknown>();
    keys.result.forEach((found, i) => kept.set(found, values.result[i]));
    if ([...kept.values()].some((copy) => same(copy, value))) return;
    let n = 1;
    while (kept.has(asideKey(key, n))) n++;
    store.put(value, asideKey(key, n));
  };
}

/**
 * Progress kept in IndexedDB in a database of its own, with an in-memory copy that carries on when IndexedDB is
 * unavailable, blocked or full. Records that fail validation are kept aside under `unreadable:` keys of their own,
 * never overwritten. Other tabs on the same store hear of every write through a BroadcastChannel.
 */
export class ProgressStore extends EventTarget {
  status: StoreStatus = 'saving';
  private readonly memory = new Map<string, unknown>();
  /** Keys written on this page: memory also holds empty stand-ins for records never stored, which are not progress. */
  private readonly written = new Set<string>();
  /** How many updates of each key have started, so a slow write never overwrites a newer value. */
  private readonly writes = new Map<string, number>();
  private readonly db: Database;
  private channel: BroadcastChannel | null;
  private noticeHolder: object | null = null;
  private readonly holders = new Set<object>();
  /** Operations under way: the store closes only once they have all settled, so no write is cut off. */
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private readBatch: { keys: string[]; values: Promise<unknown[]> } | null = null;

  constructor(readonly name: string) {
    super();
    this.db = openDatabase(name, 'progress');
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`twitch-course-progress:${name}`) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<{ key: string | null }>) =>
      this.heardOf(event.data.key),
    );
  }

  /**
   * Whether `holder` is the one to tell the learner that progress is not being kept: the first to ask, so that a
   * page with several elements says it once.
   */
  holdsNotice(holder: object): boolean {
    this.noticeHolder ??= holder;
    return this.noticeHolder === holder;
  }

  releaseNotice(holder: object): void {
    if (this.noticeHolder === holder) this.noticeHolder = null;
  }

  hold(holder: object): void {
    this.holders.add(holder);
  }

  /**
   * `holder` no longer uses the store. When nothing does, and what is under way has settled, the store closes its
   * connection and channel and leaves the page's list, so a page that goes through many stores does not keep them all.
   */
  release(holder: object): void {
    if (!this.holders.delete(holder) || this.holders.size > 0) return;
    void this.idle().then(() => {
      if (this.holders.size === 0) this.close();
    });
  }

  read<T>(key: string, schema: RecordSchema<T>): Promise<T> {
    return this.track(async () => {
      if (this.memory.has(key)) return this.memory.get(key) as T;
      const stored = await this.attempt(() => this.readStored(key));
      const upgraded = stored === undefined ? schema.empty() : schema.upgrade(stored);
      if (upgraded === null) await this.keepAside(key, stored);
      // Another write may have landed while this read was under way; it is newer.
      if (!this.memory.has(key)) this.memory.set(key, upgraded ?? schema.empty());
      return this.memory.get(key) as T;
    });
  }

  /**
   * Applies `change` to the record at once in memory, then as a read-modify-write in one IndexedDB transaction,
   * so that concurrent writers (another element, another tab) do not lose each other's changes. `saved` tells
   * whether the write committed.
   */
  update<T>(key: string, schema: RecordSchema<T>, change: (current: T) => T): Promise<Saved<T>> {
    return this.track(async () => {
      const written = (this.writes.get(key) ?? 0) + 1;
      this.writes.set(key, written);
      this.remember(key, change(await this.read(key, schema)));
      let stored: T | undefined;
      const saved = await this.attempt(async () => {
        await this.db.use('readwrite', (store) => {
          const request = store.get(key);
          request.onsuccess = () => {
            const current: unknown = request.result;
            const valid = current === undefined ? schema.empty() : schema.upgrade(current);
            if (valid === null) putAside(store, key, current);
            stored = change(valid ?? schema.empty());
            store.put(stored, key);
          };
          return promisifyRequest(store.transaction);
        });
        return true;
      });
      if (saved) this.channel?.postMessage({ key });
      // A later update of the same key has already moved memory on; its own write will settle it.
      if (saved && this.writes.get(key) === written) this.remember(key, stored);
      return { record: this.memory.get(key) as T, saved: saved === true };
    });
  }

  /** Every stored record, including those kept aside as unreadable. */
  entries(): Promise<[string, unknown][]> {
    return this.track(async () => {
      const merged = new Map((await this.attempt(() => entries<string, unknown>(this.db.use))) ?? []);
      for (const key of this.written) if (this.memory.has(key)) merged.set(key, this.memory.get(key));
      return [...merged];
    });
  }

  /**
   * Replaces every record (an import; a reset when empty) in one transaction: either all the new records are
   * saved, or the transaction is undone and the old ones stand, in memory as on disk. False when nothing changed.
   */
  replaceAll(records: Record<string, unknown>): Promise<boolean> {
    return this.track(async () => {
      const saving = this.status === 'saving';
      if (saving) {
        try {
          await this.db.use('readwrite', (store) => {
            try {
              store.clear();
              for (const [key, value] of Object.entries(records)) store.put(value, key);
            } catch (error) {
              // A value the browser cannot store (nested too deep, say): the clear must not commit on its own.
              store.transaction.abort();
              throw error;
            }
            return promisifyRequest(store.transaction);
          });
        } catch {
          return false;
        }
      }
      this.memory.clear();
      this.written.clear();
      for (const [key, value] of Object.entries(records)) {
        this.memory.set(key, value);
        this.written.add(key);
      }
      if (saving) this.channel?.postMessage({ key: null });
      this.dispatchEvent(new ProgressChangeEvent(null, undefined));
      return true;
    });
  }

  private async keepAside(key: string, value: unknown) {
    const kept = await this.attempt(async () => {
      await this.db.use('readwrite', (store) => {
        putAside(store, key, value);
        return promisifyRequest(store.transaction);
      });
      return true;
    });
    if (kept) return;
    let n = 1;
    for (; this.memory.has(asideKey(key, n)); n++) if (same(this.memory.get(asideKey(key, n)), value)) return;
    this.memory.set(asideKey(key, n), value);
    this.written.add(asideKey(key, n));
  }

  /**
   * The stored value of `key`. Reads asked for in the same turn share one transaction: an overview asks for every
   * record at once, and on a slow phone each transaction of its own would cost a trip to the disk.
   */
  private readStored(key: string): Promise<unknown> {
    if (!this.readBatch) {
      const keys: string[] = [];
      const values = Promise.resolve().then(() => {
        this.readBatch = null;
        return getMany(keys, this.db.use);
      });
      this.readBatch = { keys, values };
    }
    const { keys, values } = this.readBatch;
    const index = keys.push(key) - 1;
    return values.then((found) => found[index]);
  }

  /** Another tab wrote: forget what memory holds and read again from IndexedDB. */
  private heardOf(key: string | null) {
    if (key === null) this.memory.clear();
    else this.memory.delete(key);
    this.dispatchEvent(new ProgressChangeEvent(key, undefined));
  }

  private remember(key: string, value: unknown) {
    this.memory.set(key, value);
    this.written.add(key);
    this.dispatchEvent(new ProgressChangeEvent(key, value));
  }

  private async attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (this.status === 'memory-only') return undefined;
    try {
      return await action();
    } catch {
      // Blocked, full (QuotaExceededError), refused, or held up by another tab: carry on from memory, and say so once.
      this.status = 'memory-only';
      this.dispatchEvent(new Event('status'));
      return undefined;
    }
  }

  private async track<T>(operation: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await operation();
    } finally {
      if (--this.busy === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private idle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private close() {
    if (stores.get(this.name) === this) stores.delete(this.name);
    this.channel?.close();
    this.channel = null;
    this.db.close();
  }
}

const stores = new Map<string, ProgressStore>();

/**
 * One store per database name on a page, shared by every element that names it. An element passes itself as
 * `holder` and releases the store when it leaves the page.
 */
export function progressStore(name = defaultStore, holder?: object): ProgressStore {
  let store = stores.get(name);
  if (!store) stores.set(name, (store = new ProgressStore(name)));
  if (holder) store.hold(holder);
  return store;
}
