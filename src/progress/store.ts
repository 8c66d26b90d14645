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
  /** How many updates of each key have started, so a slow write never overwrites a newer value. */
  private readonly writes = new Map<string, number>();
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

  /**
   * Applies `change` to the record at once in memory, then as a read-modify-write in one IndexedDB transaction,
   * so that concurrent writers (another element, another tab) do not lose each other's changes.
   */
  async update<T>(key: string, schema: RecordSchema<T>, change: (current: T) => T): Promise<T> {
    const written = (this.writes.get(key) ?? 0) + 1;
    this.writes.set(key, written);
    this.remember(key, change(await this.read(key, schema)));
    let stored: T | undefined;
    await this.attempt(async () => {
      let unreadable: unknown;
      await update(
        key,
        (current) => {
          if (current !== undefined && !schema.is(current)) unreadable = current;
          stored = change(schema.is(current) ? current : schema.empty());
          return stored;
        },
        this.idb!,
      );
      if (unreadable !== undefined) await set(`unreadable:${key}`, unreadable, this.idb!);
    });
    // A later update of the same key has already moved memory on; its own write will settle it.
    if (stored !== undefined && this.writes.get(key) === written) this.remember(key, stored);
    return this.memory.get(key) as T;
  }

  private remember(key: string, value: unknown) {
    this.memory.set(key, value);
    this.dispatchEvent(new ProgressChangeEvent(key, value));
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
