// Loaded only when a lesson or quiz does not load, so pages whose content loads never fetch it or the course index.

export type ContentKind = 'lesson' | 'quiz';

/**
 * What a learner, and the site owner who typed the id, are told when a lesson or quiz will not load: the ids there
 * are when this one is not among them, the connection when it is, both when the list itself could not be loaded.
 */
export function missingContentMessage(kind: ContentKind, id: string, ids: readonly string[]): string {
  if (ids.includes(id)) return `The ${kind} "${id}" could not be loaded. Check the connection and reload the page.`;
  if (ids.length === 0)
    return `The ${kind} "${id}" could not be loaded. Check the id and the connection, then reload the page.`;
  return `There is no ${kind} called "${id}". The ${kind} ids are: ${ids.join(', ')}.`;
}

/** The browser's own reason goes to the console, for whoever debugs the page; the element shows a sentence. */
export async function notLoaded(kind: ContentKind, id: string, cause: unknown): Promise<never> {
  console.error(`twitch-course: the ${kind} "${id}" did not load.`, cause);
  const ids = await import('virtual:twitch-course/index').then(
    ({ lessons }) => lessons.map((lesson) => lesson.id),
    () => [],
  );
  throw new Error(missingContentMessage(kind, id, ids), { cause });
}
