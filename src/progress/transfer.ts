import { COURSE_KEY, lessonKey, quizKey, SCHEMA_VERSION, srcLessonKey } from './schema.js';
import { schemaForKey } from './validation.js';
import { progressStrings } from './strings.js';
import { UNREADABLE_PREFIX, type ProgressStore } from './store.js';

export const EXPORT_FORMAT = 'twitch-course-progress';

/**
 * Limits on a progress file. A course's own file is a few kilobytes: a record per lesson and per quiz, and whatever was
 * kept aside. Anything far past that is not progress, and storing it would slow every later page down.
 */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_RECORDS = 1000;
/** No record nests more than four deep; this leaves room for what was kept aside, and none for what no browser stores. */
export const MAX_DEPTH = 32;

/** A learner's progress as a file, to keep or to carry to another device. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  store: string;
  exportedAt: string;
  records: Record<string, unknown>;
}

/** Where a file is loaded: the store's name, and the ids of the course's lessons (each has a quiz of the same id). */
export interface ImportTarget {
  store: string;
  lessons: readonly string[];
}

export type ImportResult =
  | { status: 'ready'; records: Record<string, unknown> }
  /** The file was saved from another store (another course, or a staging site): load it only if the learner says so. */
  | { status: 'confirm'; fromStore: string; records: Record<string, unknown> }
  | { status: 'refused'; message: string };

export function buildExport(store: string, entries: [string, unknown][], now: Date): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: SCHEMA_VERSION,
    store,
    exportedAt: now.toISOString(),
    records: Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b))),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` nests no deeper than `limit`; it stops at the limit, so a value 10,000 deep costs no more. */
function nestsWithin(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (limit === 0) return false;
  return Object.values(value).every((inner) => nestsWithin(inner, limit - 1));
}

/** The keys the course writes: its lessons', its quizzes' and its own. */
function knownKeys(lessons: readonly string[]): Set<string> {
  return new Set([COURSE_KEY, ...lessons.flatMap((id) => [lessonKey(id), quizKey(id)])]);
}

/** A host's own lesson (`<twitch-lesson src>`) keeps its progress under its web address, which no course index lists. */
function isSrcLessonKey(key: string): boolean {
  const prefix = srcLessonKey('');
  if (!key.startsWith(prefix)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(key.slice(prefix.length)).protocol);
  } catch {
    return false;
  }
}

const isKnownKey = (key: string, known: Set<string>) => known.has(key) || isSrcLessonKey(key);

/** `unreadable:<key>` or `unreadable:<key>#<n>`, as the store writes them, for a key the course knows. */
function isKnownAsideKey(key: string, known: Set<string>): boolean {
  const match = /^(.*?)(?:#([2-9]|[1-9]\d+))?$/.exec(key.slice(UNREADABLE_PREFIX.length));
  return match !== null && isKnownKey(match[1]!, known);
}

/**
 * Checks a progress file completely before anything is changed; older versions are brought up to date. A record
 * of the current version must be exactly valid: only what is already on the device is repaired when read.
 */
export function readImport(text: string, target: ImportTarget): ImportResult {
  const refuse = (message: string): ImportResult => ({ status: 'refused', message });
  if (text.length > MAX_FILE_BYTES) return refuse(progressStrings.importTooLarge);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return refuse(progressStrings.importNotJson);
  }
  if (!isObject(document) || document.format !== EXPORT_FORMAT || !isObject(document.records)) {
    return refuse(progressStrings.importNotProgress);
  }
  if (document.store !== undefined && typeof document.store !== 'string')
    return refuse(progressStrings.importNotProgress);
  if (typeof document.version !== 'number' || document.version > SCHEMA_VERSION)
    return refuse(progressStrings.importTooNew);
  const entries = Object.entries(document.records);
  if (entries.length > MAX_RECORDS) return refuse(progressStrings.importTooMany);
  const known = knownKeys(target.lessons);
  const records: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const aside = key.startsWith(UNREADABLE_PREFIX);
    if (aside ? !isKnownAsideKey(key, known) : !isKnownKey(key, known))
      return refuse(progressStrings.importUnknown(key));
    if (!nestsWithin(value, MAX_DEPTH)) return refuse(progressStrings.importDamaged(key));
    if (aside) {
      records[key] = value;
      continue;
    }
    const schema = schemaForKey(key)!;
    const current = isObject(value) && value.version === SCHEMA_VERSION;
    const upgraded = current ? (schema.is(value) ? value : null) : schema.upgrade(value);
    if (upgraded === null) return refuse(progressStrings.importDamaged(key));
    records[key] = upgraded;
  }
  const fromStore = document.store;
  if (fromStore !== undefined && fromStore !== target.store) return { status: 'confirm', fromStore, records };
  return { status: 'ready', records };
}

export type LoadResult =
  | { status: 'loaded'; saved: boolean }
  | { status: 'confirm'; fromStore: string }
  | { status: 'refused'; message: string };

/**
 * Reads a progress file and, when it can be loaded, replaces every record of `store` with it, all at once or not at
 * all. A file from another store is loaded only when `confirmed`. `saved` is false when the store works from memory.
 */
export async function loadProgressFile(
  store: ProgressStore,
  text: string,
  target: ImportTarget,
  confirmed = false,
): Promise<LoadResult> {
  const result = readImport(text, target);
  if (result.status === 'refused') return result;
  if (result.status === 'confirm' && !confirmed) return { status: 'confirm', fromStore: result.fromStore };
  if (!(await store.replaceAll(result.records))) return { status: 'refused', message: progressStrings.importNotSaved };
  return { status: 'loaded', saved: store.status === 'saving' };
}
