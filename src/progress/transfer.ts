import { strings } from '../strings.js';
import { SCHEMA_VERSION, schemaForKey } from './schema.js';
import { UNREADABLE_PREFIX } from './store.js';

export const EXPORT_FORMAT = 'twitch-course-progress';

/** A learner's progress as a file, to keep or to carry to another device. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  store: string;
  exportedAt: string;
  records: Record<string, unknown>;
}

export type ImportResult = { ok: true; records: Record<string, unknown> } | { ok: false; message: string };

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

/** Checks a progress file completely before anything is changed; older versions are brought up to date. */
export function readImport(text: string): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, message: strings.importNotJson };
  }
  if (!isObject(document) || document.format !== EXPORT_FORMAT || !isObject(document.records)) {
    return { ok: false, message: strings.importNotProgress };
  }
  if (typeof document.version !== 'number' || document.version > SCHEMA_VERSION) {
    return { ok: false, message: strings.importTooNew };
  }
  const records: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document.records)) {
    if (key.startsWith(UNREADABLE_PREFIX)) {
      records[key] = value;
      continue;
    }
    const upgraded = schemaForKey(key)?.upgrade(value) ?? null;
    if (upgraded === null) return { ok: false, message: strings.importDamaged(key) };
    records[key] = upgraded;
  }
  return { ok: true, records };
}
