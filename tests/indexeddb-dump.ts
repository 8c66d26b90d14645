/**
 * Everything an origin holds in IndexedDB, as text, for tests that check what was (or was not) kept on the device:
 * Chromium's own IndexedDB in browser tests, fake-indexeddb in unit tests.
 */
export async function everythingStored(databases: IDBFactory): Promise<string> {
  const dumps: unknown[] = [];
  for (const { name } of await databases.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = databases.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const storeName of db.objectStoreNames) {
      const all = db.transaction(storeName).objectStore(storeName).getAll();
      dumps.push(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result))));
    }
    db.close();
  }
  return JSON.stringify(dumps);
}
