import { clear, createStore, entries, get, set, setMany, update, type UseStore } from 'idb-keyval';
import type { RecordSchema } from './schema.js';

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

export const UNREADABLE_PREFIX = 'unreadable:';

/**
 * Progress kept in IndexedDB in a database of its own, with an in-memory copy that carries on when IndexedDB is
 * unavailable, blocked or full. Records that fail validation are kept aside under `unreadable:<key>`, never
 * overwritten silently. Other tabs on the same store hear of every write through a BroadcastChannel.
 */
export class ProgressStore extends EventTarget {
  status: StoreStatus = 'saving';
  private readonly memory = new Map<string, unknown>();
  /** Keys written on this page: memory also holds empty stand-ins for records never stored, which are not progress. */
  private readonly written = new Set<string>();
  /** How many updates of each key have started, so a slow write never overwrites a newer value. */
  private readonly writes = new Map<string, number>();
  private readonly idb: UseStore | null;
  private readonly channel: BroadcastChannel | null;
  private noticeHolder: object | null = null;

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
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`twitch-course-progress:${name}`) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<{ key: string | null }>) => void this.heardOf(event.data.key));
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

  async read<T>(key: string, schema: RecordSchema<T>): Promise<T> {
    if (this.memory.has(key)) return this.memory.get(key) as T;
    const stored = await this.attempt(() => get(key, this.idb!));
    const value = stored === undefined ? schema.empty() : (schema.upgrade(stored) ?? (await this.setAside(key, stored), schema.empty()));
    // Another write may have landed while this read was under way; it is newer.
    if (!this.memory.has(key)) this.memory.set(key, value);
    return this.memory.get(key) as T;
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
    let unreadable: unknown;
    const saved = await this.attempt(async () => {
      await update(
        key,
        (current) => {
          const valid = current === undefined ? schema.empty() : schema.upgrade(current);
          if (valid === null) unreadable = current;
          stored = change(valid ?? schema.empty());
          return stored;
        },
        this.idb!,
      );
      return true;
    });
    if (unreadable !== undefined) await this.setAside(key, unreadable);
    if (saved) this.channel?.postMessage({ key });
    // A later update of the same key has already moved memory on; its own write will settle it.
    if (stored !== undefined && this.writes.get(key) === written) this.remember(key, stored);
    return this.memory.get(key) as T;
  }

  /** Every stored record, including those kept aside as unreadable. */
  async entries(): Promise<[string, unknown][]> {
    const merged = new Map((await this.attempt(() => entries<string, unknown>(this.idb!))) ?? []);
    for (const key of this.written) if (this.memory.has(key)) merged.set(key, this.memory.get(key));
    return [...merged];
  }

  /** Replaces every record (an import; a reset when empty). */
  async replaceAll(records: Record<string, unknown>): Promise<void> {
    this.memory.clear();
    this.written.clear();
    for (const [key, value] of Object.entries(records)) {
      this.memory.set(key, value);
      this.written.add(key);
    }
    const saved = await this.attempt(async () => {
      await clear(this.idb!);
      await setMany(Object.entries(records), this.idb!);
      return true;
    });
    if (saved) this.channel?.postMessage({ key: null });
    this.dispatchEvent(new ProgressChangeEvent(null, undefined));
  }

  private async setAside(key: string, value: unknown) {
    this.memory.set(`${UNREADABLE_PREFIX}${key}`, value);
    this.written.add(`${UNREADABLE_PREFIX}${key}`);
    await this.attempt(() => set(`${UNREADABLE_PREFIX}${key}`, value, this.idb!));
  }

  /** Another tab wrote: forget what memory holds and read again from IndexedDB. */
  private async heardOf(key: string | null) {
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
      // Blocked, full (QuotaExceededError), or refused: carry on from memory, and say so once.
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
