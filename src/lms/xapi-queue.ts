import { promisifyRequest } from 'idb-keyval';
import { openDatabase, type Database } from '../progress/database.js';
import type { Statement } from './xapi-statements.js';

/**
 * Statements wait here, in IndexedDB, until the LRS has them: offline, with the LRS down or a page closed mid-send,
 * they are sent on a later try or a later visit, in the order they were made. Each keeps the id it was made with, so
 * sending one again after a reply that never arrived stores nothing twice. The database is the course's xAPI queue
 * alone, apart from progress.
 */

/**
 * A statement and the LRS it is for. Credentials are never part of it: they are asked of the host page at each send,
 * so none is ever written to the device.
 */
export interface QueuedStatement {
  endpoint: string;
  statement: Statement;
}

/** `sent` (the LRS has it, now or from before), `refused` (it never will: malformed or too large), `retry` (later). */
export type SendOutcome = 'sent' | 'refused' | 'retry';

export const QUEUE_DATABASE = 'twitch-course-xapi';

export class StatementQueue {
  /** Once IndexedDB fails on this page, statements wait in memory instead, and are sent while the page is open. */
  private memory: [number, QueuedStatement][] | null = null;
  private lastMemoryKey = 0;

  constructor(private readonly db: Database = openDatabase(QUEUE_DATABASE, 'statements')) {}

  /** Puts a statement at the end of the queue. Keys count up across tabs: each is one past the last in the same transaction. */
  async add(item: QueuedStatement): Promise<void> {
    const stored = await this.attempt(() =>
      this.db.use('readwrite', (store) => {
        const last = store.openKeyCursor(null, 'prev');
        last.onsuccess = () => store.add(item, Number(last.result?.key ?? 0) + 1);
        return promisifyRequest(store.transaction);
      }),
    );
    if (!stored) this.memory!.push([++this.lastMemoryKey, item]);
  }

  /**
   * Sends what waits for the given endpoints, oldest first, each only once the one before it for the same LRS is sent:
   * the first that must wait holds back the rest for its LRS, not those for another. True when nothing is left waiting
   * for them.
   */
  async flush(endpoints: ReadonlySet<string>, send: (item: QueuedStatement) => Promise<SendOutcome>): Promise<boolean> {
    const held = new Set<string>();
    for (const [key, item] of await this.waiting()) {
      if (!endpoints.has(item.endpoint) || held.has(item.endpoint)) continue;
      if ((await send(item)) === 'retry') held.add(item.endpoint);
      else await this.remove(key);
    }
    return held.size === 0;
  }

  private async waiting(): Promise<[number, QueuedStatement][]> {
    let found: [number, QueuedStatement][] = [];
    const read = await this.attempt(() =>
      this.db.use('readonly', (store) => {
        const keys = store.getAllKeys();
        const values = store.getAll();
        return promisifyRequest(store.transaction).then(() => {
          found = keys.result.map((key, i) => [key as number, values.result[i] as QueuedStatement]);
        });
      }),
    );
    return read ? found : [...this.memory!];
  }

  private async remove(key: number) {
    const removed = await this.attempt(() =>
      this.db.use('readwrite', (store) => {
        store.delete(key);
        return promisifyRequest(store.transaction);
      }),
    );
    if (!removed) this.memory = this.memory!.filter(([kept]) => kept !== key);
  }

  /** Runs an IndexedDB operation; false once IndexedDB has failed, from then on for the rest of the page. */
  private async attempt(operation: () => Promise<unknown>): Promise<boolean> {
    if (this.memory) return false;
    try {
      await operation();
      return true;
    } catch (error) {
      console.warn(
        'twitch-course: xAPI statements cannot be kept on this device; they are sent while this page is open.',
        error,
      );
      this.memory = [];
      return false;
    }
  }
}

/** The xAPI version the statements follow, which the LRS needs in a header of every request. */
const XAPI_VERSION = '1.0.3';

/**
 * PUTs one statement under its own id. A 409 means the LRS already holds a statement of that id: an earlier send of
 * this one whose reply was lost, so it counts as sent.
 */
export async function sendStatement(
  { endpoint, statement }: QueuedStatement,
  authorization: string | null,
  fetcher: typeof fetch = fetch,
): Promise<SendOutcome> {
  try {
    const response = await fetcher(`${endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': XAPI_VERSION,
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: JSON.stringify(statement),
      // The last statements go as the page closes; the browser finishes sending them after it has gone.
      keepalive: true,
    });
    if (response.ok || response.status === 409) return 'sent';
    return response.status === 400 || response.status === 413 ? 'refused' : 'retry';
  } catch {
    // Offline, the LRS unreachable, or its CORS headers refusing this page.
    return 'retry';
  }
}
