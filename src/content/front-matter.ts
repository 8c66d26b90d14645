import { LineCounter, parseDocument, isMap, isScalar, visit, type Alias, type Document } from 'yaml';
import { ContentError } from './content-error.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key, for error messages. */
  keyLines: Map<string, number>;
  /** The Markdown after the closing fence. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

const FENCE = /^---\s*$/;

/** Splits `---`-fenced YAML front matter from the Markdown body. */
export function splitFrontMatter(source: string, file: string): FrontMatter {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? ''))
    throw new ContentError(file, 1, 'the file must start with front matter: a line holding only ---');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) throw new ContentError(file, 1, 'front matter is not closed: add a line holding only --- after it');

  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    throw new ContentError(file, line, `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
    }
  } else if (doc.contents !== null) {
    throw new ContentError(file, 2, 'front matter must be a list of `key: value` lines');
  }
  const data = toData(doc, lineCounter, file);
  return { data, keyLines, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/**
 * Aliases are only followed when the YAML becomes data: one to an anchor never set, or so many that they would
 * blow the file up, fails only then, and is reported at the alias to blame.
 */
function toData(doc: Document, lineCounter: LineCounter, file: string): Record<string, unknown> {
  try {
    return (doc.toJS() ?? {}) as Record<string, unknown>;
  } catch (error) {
    const aliases: Alias[] = [];
    visit(doc, { Alias: (_key, alias) => void aliases.push(alias) });
    const blamed = aliases.find((alias) => !alias.resolve(doc)) ?? aliases[0];
    const line = blamed?.range ? lineCounter.linePos(blamed.range[0]).line + 1 : 1;
    throw new ContentError(file, line, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Reads front matter fields with checks that name the file and line of the offending key. */
export class FieldReader {
  constructor(
    private readonly fm: FrontMatter,
    private readonly file: string,
  ) {}

  lineOf(key: string): number {
    return this.fm.keyLines.get(key) ?? 1;
  }

  fail(key: string, problem: string): never {
    throw new ContentError(this.file, this.lineOf(key), problem);
  }

  private present(key: string): unknown {
    const value = this.fm.data[key];
    if (value === undefined || value === null || value === '') {
      throw new ContentError(this.file, 1, `front matter is missing \`${key}\``);
    }
    return value;
  }

  string(key: string): string {
    const value = this.present(key);
    if (typeof value !== 'string') this.fail(key, `\`${key}\` must be text`);
    return value.trim();
  }

  number(key: string): number {
    const value = this.present(key);
    if (typeof value !== 'number' || !(value > 0)) this.fail(key, `\`${key}\` must be a positive number`);
    return value;
  }

  date(key: string): string {
    const value = this.present(key);
    // YAML reads an unquoted 2026-11-24 as text with the core schema, but be lenient with Date too.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    // Date.parse rolls 2026-02-30 over to March, so the date must also survive a round trip.
    const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
    if (!real || new Date(text).toISOString().slice(0, 10) !== text) {
      this.fail(key, `\`${key}\` must be a date written YYYY-MM-DD`);
    }
    return text;
  }

  list<T>(key: string, item: (value: unknown, index: number) => T): T[] {
    const value = this.present(key);
    if (!Array.isArray(value) || value.length === 0) this.fail(key, `\`${key}\` must be a list with at least one item`);
    return value.map(item);
  }
}
