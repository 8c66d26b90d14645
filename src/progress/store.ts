import { createStore, get, set, update, type UseStore } from 'idb-keyval';

/** How a kind of record is validated, and what stands in for it when there is none yet. */
export interface RecordSchema<T> {
  is(value: unknown): value is T;
  empty(): T;
}

export type StoreStatus = 'saving' | 'memory-only';

export class ProgressChangeEvent extends Event {
  constructor(
    readonly key: string,
    readonly value: unknown,
  ) {
    super('change');
  }
}

/**
 * Progress kept in IndexedDB in a database of its own, with an in-memory copy that carries on when IndexedDB is
 * unavailable. Records that fail validation are kept aside under `unreadable:<key>`, never overwritten silently.
 */
export class ProgressStore extends EventTarget {
  status: StoreStatus = 'saving';
  private readonly memory = new Map<string, unknown>();
  private readonly idb: UseStore | null;

  constructor(readonly name: string) {
    super();
    this.idb = (() => {
      try {
        return createStore(name, 'progress');
      } catch {
        return null;
      }
    })();
    if (!this.idb) this.status = 'memory-only';
  }

  async read<T>(key: string, schema: RecordSchema<T>): Promise<T> {
    if (this.memory.has(key)) return this.memory.get(key) as T;
    const stored = await this.attempt(() => get(key, this.idb!));
    const value = await this.validated(key, stored, schema);
    this.memory.set(key, value);
    return value;
  }

  /** Read-modify-write in one IndexedDB transaction, so concurrent writers do not lose each other's changes. */
  async update<T>(key: string, schema: RecordSchema<T>, change: (current: T) => T): Promise<T> {
    let next = change(await this.read(key, schema));
    this.memory.set(key, next);
    await this.attempt(async () => {
      let unreadable: unknown;
      await update(
        key,
        (stored) => {
          if (stored !== undefined && !schema.is(stored)) unreadable = stored;
          next = change(schema.is(stored) ? stored : schema.empty());
          return next;
        },
        this.idb!,
      );
      if (unreadable !== undefined) await set(`unreadable:${key}`, unreadable, this.idb!);
    });
    this.memory.set(key, next);
    this.dispatchEvent(new ProgressChangeEvent(key, next));
    return next;
  }

  private async validated<T>(key: string, stored: unknown, schema: RecordSchema<T>): Promise<T> {
    if (stored === undefined) return schema.empty();
    if (schema.is(stored)) return stored;
    await this.attempt(() => set(`unreadable:${key}`, stored, this.idb!));
    return schema.empty();
  }

  private async attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (this.status === 'memory-only') return undefined;
    try {
      return await action();
    } catch {
      this.status = 'memory-only';
      this.dispatchEvent(new Event('status'));
      return undefined;
    }
  }
}

const stores = new Map<string, ProgressStore>();

/** One store per database name on a page, shared by every element that names it. */
export function progressStore(name = 'twitch-course'): ProgressStore {
  let store = stores.get(name);
  if (!store) stores.set(name, (store = new ProgressStore(name)));
  return store;
}
