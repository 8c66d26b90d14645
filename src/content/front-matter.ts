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
  return { ...readYaml(lines.slice(1, close), file), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/*
 * The front matter reader. Front matter is read as YAML 1.2 (core schema), but only the part of YAML that lesson and
 * quiz files need: `key: value` lines whose values are plain, 'single' or "double" quoted text (numbers, true, false
 * and null read as YAML reads them; a date stays text), a `[a, b]` list on one line, a list of `  - item` lines
 * (each item a value, or `key: value` lines of its own), or a `|` or `>` block of text. Comments and blank lines
 * may go anywhere. Everything else YAML has (anchors, tags, `{ }` mappings, nested lists, values continued on the
 * next line…) is refused with the line it is on, never read some other way: whatever this reads, YAML reads the same.
 * It is our own, not a YAML library, so that the run-time chunk a host's own lessons need stays small.
 */

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/s;
const ITEM = /^( *)-(?:[ \t]+(.*))?$/s;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/s;
/** What may follow a value on its line. */
const END = /^(?:[ \t]+#.*)?[ \t]*$/s;
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** What holds a value: a top-level key, a list item, or a key in a list item. */
type Holder = 'key' | 'item' | 'itemKey';

const SEVERAL_LINES = 'for text over several lines write `key: >` and indent the lines below it';
const NOT_CLOSED = (what: string) => `${what} must end on the line it starts on; ${SEVERAL_LINES}`;
const ON_ONE_LINE = `a value must stay on one line (this line continues the one above); ${SEVERAL_LINES}`;
const NESTED = 'lists inside lists and `key: value` lines inside list items’ values are not supported';
const QUOTE_IT = (what: string) => `${what}: put the value in quotes`;

/** A plain (unquoted) value as YAML's core schema reads it: null, true/false, a number, or text. */
function plainValue(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return /^[tT]/.test(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[\da-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?\d+$/.test(text)) return parseInt(text, 10);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/.test(text)) return parseFloat(text);
  return text;
}

/** `text` without the spaces and tabs at its end (a regular expression would take quadratic time on many tabs). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** Sets a key as YAML does, as an own property even when it is `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function readYaml(lines: string[], file: string): { data: Record<string, unknown>; keyLines: Map<string, number> } {
  // lines[0] is the file's line 2, after the opening fence.
  const fail: (index: number, problem: string) => never = (index, problem) => {
    throw new ContentError(file, index + 2, `front matter: ${problem}`);
  };
  let i = 0;
  const skipBlankLines = () => {
    while (i < lines.length && BLANK_OR_COMMENT.test(lines[i]!)) i++;
  };
  const indentOf = (index: number) => {
    const indent = lines[index]!.search(/[^ ]/);
    if (lines[index]![indent] === '\t') fail(index, 'indent with spaces, not tabs');
    return indent;
  };
  const checkKey = (key: string, seen: Map<string, number>, index: number) => {
    if (typeof plainValue(key) !== 'string') fail(index, `\`${key}\` cannot be a key`);
    const other = seen.get(key);
    if (other !== undefined) fail(index, `\`${key}\` is given twice (first on line ${other})`);
    seen.set(key, index + 2);
  };

  /** A value in quotes at `text[start]`, and where it ends. */
  const quoted = (text: string, start: number, index: number): [string, number] => {
    const quote = text[start]!;
    let value = '';
    for (let k = start + 1; k < text.length; ) {
      const char = text[k++]!;
      if (char === quote) {
        if (quote === '"' || text[k] !== "'") return [value, k];
        k++;
      } else if (char === '\\' && quote === '"' && k < text.length) {
        const escape = text[k++]!;
        const digits = HEX_DIGITS[escape];
        const hex = digits ? text.slice(k, k + digits) : '';
        const code = parseInt(hex, 16);
        if (digits && hex.length === digits && /^[\da-fA-F]+$/.test(hex) && code <= 0x10ffff) {
          value += String.fromCodePoint(code);
          k += digits;
          continue;
        }
        if (digits || !(escape in ESCAPES))
          fail(
            index,
            `\`\\${escape}\` ${digits ? `in a "…" value must be followed by ${digits} hex digits` : 'is not an escape in a "…" value'}; write \\\\ for a backslash`,
          );
        value += ESCAPES[escape]!;
        continue;
      }
      value += char;
    }
    return fail(index, NOT_CLOSED('a quoted value'));
  };

  /** A plain value: checks that YAML would read it as one value, on this line. */
  const plain = (text: string, index: number, inList: boolean): unknown => {
    const first = text[0]!;
    if (/^[-?:](?:[ \t]|$)/.test(text))
      fail(
        index,
        first === '-' && !inList
          ? 'a list starts on the line below its key, one `  - item` line per item'
          : QUOTE_IT(`a value cannot start with \`${first} \``),
      );
    if (first === '&' || first === '*')
      fail(index, 'anchors and aliases (`&name`, `*name`) are not supported: write the value out, or put it in quotes');
    if (first === '!')
      fail(index, 'tags (`!!str`, `!name`) are not supported: write the value alone, or put it in quotes');
    if (first === '{' || (inList && first === '['))
      fail(index, inList ? NESTED : '`{ … }` mappings are not supported: write `key: value` lines');
    if (/[@`%,\]}|>#]/.test(first)) fail(index, QUOTE_IT(`a value cannot start with \`${first}\``));
    if (inList && /[[{}]/.test(text)) fail(index, NESTED);
    if (/:(?:[ \t]|$)/.test(text)) fail(index, QUOTE_IT('a value holding `: ` or ending in `:` must be in quotes'));
    if (/[ \t]#/.test(text))
      fail(
        index,
        '` #` starts a comment, so the rest of this value would be lost: put the value in quotes, or the comment on a line of its own',
      );
    return plainValue(text);
  };

  /** A `[a, b]` list, all on one line. */
  const flowList = (text: string, index: number): unknown[] => {
    const list: unknown[] = [];
    const spaces = /[ \t]*/y;
    const itemEnd = /[,\]]/g;
    for (let k = 1; ; k++) {
      spaces.lastIndex = k;
      spaces.exec(text);
      k = spaces.lastIndex;
      if (k >= text.length) fail(index, NOT_CLOSED('a `[ … ]` list'));
      if (text[k] === ']') return flowEnd(list, text, k, index);
      if (text[k] === '"' || text[k] === "'") {
        const [value, end] = quoted(text, k, index);
        list.push(value);
        spaces.lastIndex = end;
        spaces.exec(text);
        k = spaces.lastIndex;
      } else {
        itemEnd.lastIndex = k;
        const end = itemEnd.exec(text)?.index ?? fail(index, NOT_CLOSED('a `[ … ]` list'));
        const item = trimEnd(text.slice(k, end));
        if (!item) fail(index, 'a `[ … ]` list has an empty item');
        list.push(plain(item, index, true));
        k = end;
      }
      if (text[k] === ']') return flowEnd(list, text, k, index);
      if (text[k] !== ',') fail(index, 'items in a `[ … ]` list are separated by commas');
    }
  };
  const flowEnd = (list: unknown[], text: string, close: number, index: number) =>
    END.test(text.slice(close + 1)) ? list : fail(index, 'only a comment may follow the `]` that closes a list');

  /** A `|` or `>` block of text: the lines below its key or `-`, indented more than `parent`. */
  const block = (header: string, parent: number): string => {
    const at = i - 1;
    const style = /^([|>])([-+]?)(?:[ \t]+#.*)?[ \t]*$/s.exec(header);
    if (!style)
      fail(
        at,
        'write `|` or `>` (or `|-`, `|+`, `>-`, `>+`) alone after the key; indentation numbers are not supported',
      );
    const texts: string[] = [];
    let indent = -1;
    let widest = -1;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const lineIndent = line.search(/[^ ]/);
      if (line[lineIndent] === '\t' && lineIndent < Math.max(indent, parent + 1))
        fail(i, 'indent with spaces, not tabs');
      if (/^ *$/.test(line)) {
        if (indent < 0 && (widest < 0 || line.length > lines[widest]!.length)) widest = i;
        texts.push(line.slice(indent < 0 ? line.length : indent));
        continue;
      }
      if (indent < 0) {
        if (lineIndent <= parent) break;
        indent = lineIndent;
        if (widest >= 0 && lines[widest]!.length > indent)
          fail(widest, 'a `|` or `>` block cannot start with a blank line holding more spaces than its text');
      }
      if (lineIndent < indent) break;
      texts.push(line.slice(indent));
    }
    // The last line of the front matter ends without a line break, so unless it has text it adds no line break, but
    // YAML counts one for a `+` block of nothing but one line of spaces.
    if (i === lines.length && texts.at(-1) === '' && (texts.length > 1 || !lines[i - 1])) texts.pop();
    let end = texts.length;
    while (end > 0 && texts[end - 1] === '') end--;
    const body = texts.slice(0, end);
    let text = '';
    if (style[1] === '|') text = body.join('\n');
    else {
      // Folded: a line break between two lines of text is a space, an empty line a line break, and lines that start
      // with a space keep theirs.
      let empty = 0;
      let spaced = false;
      body.forEach((line, k) => {
        if (!line) return void empty++;
        const starts = /^[ \t]/.test(line);
        text += k === empty ? '\n'.repeat(empty) : '\n'.repeat(starts || spaced ? empty + 1 : empty) || ' ';
        text += line;
        empty = 0;
        spaced = starts;
      });
    }
    if (style[2] === '-') return text;
    if (style[2] === '+') return text + (body.length ? '\n' : '') + '\n'.repeat(texts.length - body.length);
    return body.length ? text + '\n' : '';
  };

  /**
   * The value after a key or `-` on line `i`, whose key or `-` is in column `parent`, and the lines below it that
   * belong to it. Only a top-level key may hold a list.
   */
  const value = (text: string, parent: number, holder: Holder): unknown => {
    const index = i++;
    text = trimEnd(text);
    const first = text[0];
    const empty = first === undefined || first === '#';
    if (first === '|' || first === '>') return block(text, parent);
    let read: unknown = null;
    if (first === '"' || first === "'") {
      const [quotedValue, end] = quoted(text, 0, index);
      if (!END.test(text.slice(end)))
        fail(
          index,
          `a value that starts with a quote must end with it: put the whole value in quotes, writing ${first === '"' ? '\\" for a " inside "…"' : "'' for a ' inside '…'"}`,
        );
      read = quotedValue;
    } else if (first === '[') read = holder === 'key' ? flowList(text, index) : fail(index, NESTED);
    else if (!empty) read = plain(text, index, false);
    // YAML refuses some blank lines holding a tab below a key with no value (and not others): so do we, all of them.
    for (; i < lines.length && BLANK_OR_COMMENT.test(lines[i]!); i++)
      if (empty && /^[ \t]*$/.test(lines[i]!) && lines[i]!.includes('\t'))
        fail(i, 'this blank line holds a tab: take it out');
    if (i < lines.length) {
      const indent = indentOf(i);
      const item = ITEM.test(lines[i]!);
      if (!empty) {
        if (indent > parent) fail(i, ON_ONE_LINE);
      } else if (item && holder === 'key') return list(indent);
      else if (indent > parent || (item && indent === parent && holder === 'itemKey'))
        fail(i, item ? NESTED : 'only a list goes on the lines below a key: write the value on the line of its key');
    }
    return read;
  };

  /** A list of `- item` lines, the first on line `i`, each `-` in column `indent`. */
  const list = (indent: number): unknown[] => {
    const items: unknown[] = [];
    for (; i < lines.length; skipBlankLines()) {
      const at = indentOf(i);
      const item = ITEM.exec(lines[i]!);
      if (at === 0 && !(item && indent === 0)) break;
      if (at !== indent || !item)
        fail(i, `this line does not line up with the list above it, whose \`-\` is in column ${indent + 1}`);
      const text = item[2] ?? '';
      items.push(listItem(text, indent, lines[i]!.length - text.length));
    }
    return items;
  };

  /** One list item: a value, or `key: value` lines lined up in `column`. */
  const listItem = (text: string, indent: number, column: number): unknown => {
    let pair = KEY.exec(text);
    if (!pair) return ITEM.test(text) ? fail(i, NESTED) : value(text, indent, 'item');
    if (lines[i]!.slice(indent, column).includes('\t')) fail(i, 'indent with spaces, not tabs');
    const item: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    for (;;) {
      checkKey(pair[1]!, seen, i);
      define(item, pair[1]!, value(pair[2] ?? '', column, 'itemKey'));
      skipBlankLines();
      if (i >= lines.length || indentOf(i) !== column) return item;
      pair =
        KEY.exec(lines[i]!.slice(column)) ??
        fail(i, 'write each line of a list item as `key: value`, lined up with the first');
    }
  };

  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (skipBlankLines(); i < lines.length; skipBlankLines()) {
    const line = lines[i]!;
    if (indentOf(i) > 0)
      fail(i, 'this line is indented, but only list items and the text of a `|` or `>` block may be');
    const pair = KEY.exec(line) ?? fail(i, notAKey(line));
    checkKey(pair[1]!, keyLines, i);
    define(data, pair[1]!, value(pair[2] ?? '', 0, 'key'));
  }
  return { data, keyLines };
}

/** What a line at the start of its line that is no `key: value` seems to be. */
function notAKey(line: string): string {
  if (ITEM.test(line)) return 'this list item belongs to no key: write `key:` on the line above the list';
  if (/^[A-Za-z_][\w-]*:/.test(line)) return 'write a space after the colon: `key: value`';
  if (/^[^#]*?:(?:[ \t]|$)/.test(line))
    return 'a key is a word of letters, digits, _ and - that starts with a letter (like `nextReview`), then a colon';
  return 'each line must be `key: value`, a list item, a comment or blank';
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
