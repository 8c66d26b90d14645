import type { UseStore } from 'idb-keyval';

/**
 * How long opening the database may wait. An open waits behind another tab's deletion or upgrade, and those wait in
 * turn for every tab to close its connection: one old page that never does would leave this one loading for ever.
 */
export const OPEN_TIMEOUT_MS = 3000;

export interface Database {
  /** idb-keyval's shape, so its helpers work on it. */
  use: UseStore;
  /** Closes the connection; the next use opens it again. */
  close(): void;
}

/**
 * One object store in a database of its own, opened on first use. The connection is closed whenever another tab
 * deletes or upgrades the database, so that tab is never held up by this one, and opened again on the next use.
 */
export function openDatabase(name: string, storeName: string, timeout = OPEN_TIMEOUT_MS): Database {
  let connection: Promise<IDBDatabase> | undefined;

  const connect = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        reject(new DOMException(`Opening ${name} took longer than ${timeout} ms.`, 'TimeoutError'));
      }, timeout);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => {
        clearTimeout(timer);
        // This page has moved on without it, and must not hold up another tab with it.
        if (late) return request.result.close();
        resolve(request.result);
      };
      request.onerror = () => {
        clearTimeout(timer);
        reject(request.error);
      };
    });

  const open = () => {
    if (connection) return connection;
    const opening = connect();
    const forget = () => {
      if (connection === opening) connection = undefined;
    };
    opening.then((db) => {
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
    }, forget);
    return (connection = opening);
  };

  return {
    use: (mode, callback) => open().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName))),
    close() {
      void connection?.then(
        (db) => db.close(),
        () => undefined,
      );
      connection = undefined;
    },
  };
}
