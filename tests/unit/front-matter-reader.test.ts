// The front matter reader against the `yaml` package: within the part of YAML it reads, it reads what YAML reads;
// outside it, it refuses with the line to blame; for any text at all it does one or the other, and whatever it
// accepts YAML reads the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../../src/content/content-error.js';
import { splitFrontMatter } from '../../src/content/front-matter.js';

const RUNS = { numRuns: Number(process.env.RUNS ?? 300) };
const FILE = 'lessons/01-test.md';

/** The file that holds `frontMatter` (the lines between the fences). */
const fileWith = (frontMatter: string) => `---\n${frontMatter}\n---\n\n## Slide\n\nText.\n`;
const read = (frontMatter: string) => splitFrontMatter(fileWith(frontMatter), FILE);

/** What the `yaml` package reads from the same lines: data and the file line of each top-level key, or its error. */
function yamlReads(frontMatter: string): { data: unknown; keyLines: Map<string, number> } | { error: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter, { lineCounter, prettyErrors: false });
  if (doc.errors[0]) return { error: doc.errors[0].message };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    return { error: (error as Error).message };
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents))
    for (const pair of doc.contents.items)
      if (isScalar(pair.key) && pair.key.range)
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
  return { data, keyLines };
}

/** `text` as a JSON string with every character but printable ASCII escaped, to show in a failure. */
const shown = (text: string) =>
  JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Reads `frontMatter` with both readers and expects the same data and key lines. */
function readsAsYamlDoes(frontMatter: string) {
  const yaml = yamlReads(frontMatter);
  if ('error' in yaml)
    throw new Error(`the generated front matter is not valid YAML (${yaml.error}): ${shown(frontMatter)}`);
  const ours = read(frontMatter);
  expect(ours.data, shown(frontMatter)).toEqual(yaml.data);
  expect(ours.keyLines, shown(frontMatter)).toEqual(yaml.keyLines);
}

/** The problem our reader reports, as `line: problem`. */
function refusal(frontMatter: string): string {
  try {
    read(frontMatter);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return `${error.line}: ${error.problem}`;
  }
  throw new Error(`expected the front matter to be refused:\n${frontMatter}`);
}

/**
 * Reads `frontMatter` with our reader: it returns what YAML reads, or throws a ContentError on a line of the front
 * matter (which starts on line 2 of the file) that says what is wrong on one line.
 */
function readsAsYamlOrRefuses(frontMatter: string) {
  const lineCount = frontMatter.split('\n').length;
  let ours: ReturnType<typeof read>;
  try {
    ours = read(frontMatter);
  } catch (error) {
    if (!(error instanceof ContentError))
      throw new Error(`threw ${String(error)} instead of a ContentError`, { cause: error });
    expect(error.file).toBe(FILE);
    expect(
      Number.isInteger(error.line) && error.line >= 2 && error.line <= lineCount + 1,
      `a line of the front matter: ${error.message} in ${shown(frontMatter)}`,
    ).toBe(true);
    expect(error.problem, 'says what is wrong, on one line').toMatch(/^front matter: \S[^\n\r]*$/);
    return;
  }
  const yaml = yamlReads(frontMatter);
  expect(yaml, `accepted what YAML refuses: ${shown(frontMatter)}`).not.toHaveProperty('error');
  expect(ours.data, `read differently from YAML: ${shown(frontMatter)}`).toEqual((yaml as { data: unknown }).data);
  expect(ours.keyLines).toEqual((yaml as { keyLines: Map<string, number> }).keyLines);
}

// Generated front matter within the part of YAML the reader reads.

/** Text on one line: any character but a line break (which the file's lines are split on). */
const oneLine = (maxLength = 12) =>
  fc.string({ unit: 'binary', maxLength }).map((text) => text.replace(/[\r\n]/g, ' '));
const keyName = fc
  .stringMatching(/^[A-Za-z_][\w-]{0,6}$/)
  .filter((key) => !/^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(key));
/** After `key:` or `-`: a space or a tab, or a few. */
const gap = fc.constantFrom(' ', ' ', '  ', '\t', ' \t ');
const trailing = fc.constantFrom('', '', ' ', '\t');
const comment = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(gap, oneLine(8)).map(([space, text]) => `${space}#${text}`) },
);
const PLAIN_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789',
  ...'     ',
  ...'.,;!?()\'"/&%+=_-*#:@`[]{}|><~$^\\\t',
  ...'éñü¿¡«»—–’“”çß中😀\u00a0\u0085\u2028\ufeff',
];
const plainChar = fc.constantFrom(...PLAIN_CHARS);
/** The core schema's words and numbers, which plain values may also be. */
const CORE_WORDS = [
  ...['null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRue', 'nul', 'yes', 'on'],
  ...['0', '-0', '+7', '42', '007', '12345678901234567890', '0o17', '0o8', '0x1F', '0xg', '0X1F', '1_000'],
  ...['3.', '.5', '-.5', '3.14', '3.10', '1e3', '1E+3', '-2.5e-3', '1e400', '.e3', '1.e3', '.', '+', '-', 'e3'],
  ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'NaN', 'Infinity', '.infinity'],
  ...['2026-11-30', '2026-02-30', '2026-1-1', '20261130', '2026-11-30T10:00:00Z', '12:30', '1:2'],
];
/** Whether YAML reads `text` as one plain value, alone in block context (`key: text`) or in a `[ … ]` list. */
const isPlain = (text: string, inList: boolean) =>
  text !== '' &&
  !/^[ \t]|[ \t]$/.test(text) &&
  !/^[,[\]{}#&*!|>'"%@`]/.test(text) &&
  !/^[-?:](?:[ \t]|$)/.test(text) &&
  !/:(?:[ \t]|$)|[ \t]#/.test(text) &&
  !(inList && /[,[\]{}]/.test(text));
const plainText = (inList = false) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ unit: plainChar, minLength: 1, maxLength: 16 }) },
      { weight: 1, arbitrary: fc.constantFrom(...CORE_WORDS) },
      { weight: 1, arbitrary: fc.double().map(String) },
      { weight: 1, arbitrary: fc.integer().map(String) },
    )
    .filter((text) => isPlain(text, inList));
const singleQuoted = oneLine().map((text) => `'${text.replaceAll("'", "''")}'`);
const ESCAPES = ['\\n', '\\t', '\\\t', '\\"', '\\\\', '\\/', '\\0', '\\ ', '\\_', '\\N', '\\L', '\\P', '\\e', '\\a'];
const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');
const doubleQuoted = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: oneLine(1).filter((char) => char !== '"' && char !== '\\') },
      { weight: 1, arbitrary: fc.constantFrom(...ESCAPES, '\\b', '\\v', '\\f', '\\r') },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xff }).map((code) => `\\x${hex(code, 2)}`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => `\\u${hex(code, 4)}`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((code) => `\\U${hex(code, 8).toUpperCase()}`) },
    ),
    { maxLength: 10 },
  )
  .map((parts) => `"${parts.join('')}"`);
/** A value on the line of its key or `-`, with what may follow it. */
const inlineValue = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(plainText(), trailing).map(([text, space]) => text + space) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(singleQuoted, doubleQuoted), trailing, comment).map((p) => p.join('')) },
);
const flowList = fc
  .tuple(
    fc.array(
      fc.tuple(fc.constantFrom('', ' ', '  '), fc.oneof(plainText(true), singleQuoted, doubleQuoted), trailing),
      { maxLength: 5 },
    ),
    fc.constantFrom(',', ', ', ' , '),
    fc.boolean(),
    trailing,
    comment,
  )
  .map(([items, comma, trailingComma, space, after]) => {
    const inside = items.map((parts) => parts.join('')).join(comma);
    return `[${inside}${trailingComma && items.length > 0 ? ',' : ''}]${space}${after}`;
  });

/** The lines of a `|` or `>` block whose key or `-` is in column `parent`. */
const blockLines = (parent: number) =>
  fc
    .tuple(
      fc.integer({ min: parent + 1, max: parent + 3 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
      oneLine(10).filter((text) => text !== '' && !/^ /.test(text)),
      fc.array(
        fc.oneof(
          fc.constant(''),
          fc.integer({ min: 1, max: 6 }).map((spaces) => ({ spaces })),
          fc.tuple(fc.constantFrom('', '', ' ', '  ', '\t'), oneLine(10)).map(([more, text]) => ({ more, text })),
        ),
        { maxLength: 6 },
      ),
      fc.constantFrom('|', '>'),
      fc.constantFrom('', '-', '+'),
      comment,
    )
    .map(([indent, leading, first, rest, style, chomp, after]) => {
      const pad = ' '.repeat(indent);
      const lines = [
        ...leading.map((spaces) => ' '.repeat(Math.min(spaces, indent))),
        pad + first,
        ...rest.map((line) =>
          line === '' ? '' : 'spaces' in line ? ' '.repeat(line.spaces) : pad + line.more + line.text,
        ),
      ];
      return { header: style + chomp + after, lines };
    });

/** A list item's value, and the lines below it. */
const itemValue = (column: number) =>
  fc.oneof(
    { weight: 4, arbitrary: inlineValue.map((text) => ({ header: text, lines: [] as string[] })) },
    { weight: 1, arbitrary: comment.map((text) => ({ header: text.trimStart(), lines: [] as string[] })) },
    { weight: 1, arbitrary: blockLines(column) },
  );
/**
 * Lines between others, that YAML skips: blank, or a comment indented any way (but not with a tab, which YAML
 * refuses after a `|` or `>` block).
 */
const skipped = fc.array(
  fc.oneof(
    fc.constantFrom('', ' ', '   '),
    fc.tuple(fc.constantFrom('', '  ', '    '), oneLine(8)).map(([space, text]) => `${space}#${text}`),
  ),
  { maxLength: 1 },
);
/** A `- item` list: values, or `key: value` lines. */
const blockList = fc
  .tuple(fc.constantFrom(0, 1, 2, 2, 4), fc.constantFrom(1, 1, 2, 3))
  .chain(([indent, after]) => {
    const column = indent + 1 + after;
    const dash = `${' '.repeat(indent)}-${' '.repeat(after)}`;
    const scalarItem = itemValue(indent).map(({ header, lines }) => [
      header === '' ? `${' '.repeat(indent)}-` : dash + header,
      ...lines,
    ]);
    const mappingItem = fc
      .uniqueArray(fc.tuple(keyName, fc.constantFrom('', ' '), gap, itemValue(column), skipped), {
        minLength: 1,
        maxLength: 3,
        selector: ([key]) => key,
      })
      .map((pairs) =>
        pairs.flatMap(([key, space, separator, { header, lines }, between], k) => [
          `${k === 0 ? dash : ' '.repeat(column)}${key}${space}:${header === '' ? '' : separator + header}`,
          ...lines,
          ...between,
        ]),
      );
    return fc.array(fc.tuple(fc.oneof(scalarItem, mappingItem), skipped), { minLength: 1, maxLength: 4 });
  })
  .map((items) => items.flatMap(([lines, between]) => [...lines, ...between]));

/** A top-level value: the text after `key:` and the lines below it. */
const topValue = fc.oneof(
  { weight: 4, arbitrary: inlineValue.map((text) => ({ header: text, lines: [] as string[] })) },
  { weight: 2, arbitrary: flowList.map((text) => ({ header: text, lines: [] as string[] })) },
  { weight: 1, arbitrary: comment.map((text) => ({ header: text.trimStart(), lines: [] as string[] })) },
  { weight: 3, arbitrary: blockList.map((lines) => ({ header: '', lines })) },
  { weight: 2, arbitrary: blockLines(0) },
);
const frontMatter = fc
  .tuple(
    skipped,
    fc.uniqueArray(fc.tuple(keyName, fc.constantFrom('', '', ' '), gap, topValue, skipped), {
      maxLength: 6,
      selector: ([key]) => key,
    }),
  )
  .map(([before, entries]) =>
    [
      ...before,
      ...entries.flatMap(([key, space, separator, { header, lines }, between]) => [
        `${key}${space}:${header === '' ? '' : separator + header}`,
        ...lines,
        ...between,
      ]),
    ].join('\n'),
  );

describe('the front matter reader, within the YAML it reads', () => {
  it('reads generated front matter as the yaml package does, key lines included', () => {
    fc.assert(fc.property(frontMatter, readsAsYamlDoes), RUNS);
  });

  it('reads every lesson, quiz, check, glossary, help panel and test lesson of the course as the yaml package does', () => {
    const files = ['lessons', 'lessons/es', 'quizzes', 'quizzes/es', 'quizzes/checks', 'quizzes/es/checks']
      .concat('tests/browser/fixtures')
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((name) => name.endsWith('.md'))
          .map((name) => join(dir, name)),
      );
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
      const close = lines.indexOf('---', 1);
      readsAsYamlDoes(lines.slice(1, close).join('\n'));
    }
  });
});

// Text that is YAML-ish, often not in the part the reader reads, often not YAML at all.
const FRAGMENTS = [
  ...['id: sample', 'title: A title', 'minutes: 3', 'claims: [C01, C02]', 'objectives:', 'sources:', 'key:'],
  ...['  - item', '- item', '  -', '    - nested', '  - title: T', '    url: https://example.org', '   url: x'],
  ...['  - [a, b]', '  - {a: 1}', '  - &a x', '  - *a', '  - |', '  - "quoted', '  -x', '  - - x', '  - a: b: c'],
  ...['title: |', 'title: >-', 'title: |+', 'title: |2', 'title: >#c', '  text', '    more text', ' one space'],
  ...['', ' ', '\t', '# comment', '  # comment', '\t# tab comment', '\titem: x', '  \ttext', 'a\t: b', 'a:\tb'],
  ...['a: "x" y', "a: 'it''s'", 'a: "\\q"', 'a: "\\x4"', 'a: "\\U00110000"', 'a: "unclosed', "a: 'unclosed", 'a: "x\\'],
  ...['a: [x', 'a: [x, [y]]', 'a: [x, {y}]', 'a: [, x]', 'a: [x,, y]', 'a: [x] y', 'a: [x]#c', 'a: [a: b]', 'a: [- a]'],
  ...['a: &anchor x', 'a: *anchor', 'a: !!str 1', 'a: !tag x', 'a: {b: 1}', 'a: @x', 'a: `x', 'a: %x', 'a: |x'],
  ...['a: b: c', 'a: b:', 'a: b #c', 'a: b#c', 'a: - x', 'a: ? x', 'a: : x', 'a: -x', 'a: ?x', 'a: :x', 'a:b'],
  ...['null: x', 'Null: x', '__proto__: x', 'constructor: x', 'toString:', '? key', ': value', '%YAML 1.2', '...'],
  ...['a b: c', '"a": b', "'a': b", '[a]: b', '1: b', '-: b', 'a: ~', 'a: .nan', 'a: 0x1F', 'a: 2026-11-30'],
];
const yamlish = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: oneLine(12) }), {
    maxLength: 10,
  })
  .map((lines) => lines.join('\n'));
/** Valid front matter with one character changed, inserted or taken out. */
const mutated = fc
  .tuple(frontMatter, fc.nat(), fc.constantFrom('', ...' \t-:#|>"\'[]{},&*!?%@`\\xk\n'), fc.nat({ max: 2 }))
  .map(([text, at, char, cut]) => {
    const k = at % (text.length + 1);
    return text.slice(0, k) + char + text.slice(k + cut);
  });
/** Front matter lines never hold only ---, which would close it. */
const noFence = (text: string) => text.replace(/^---(?=\s*$)/gm, '- --');

describe('the front matter reader, over any text', () => {
  it('reads YAML-ish text as the yaml package does, or refuses it on a line of the front matter', () => {
    fc.assert(fc.property(yamlish.map(noFence), readsAsYamlOrRefuses), RUNS);
  });

  it('reads valid front matter with a character changed as the yaml package does, or refuses it', () => {
    fc.assert(fc.property(mutated.map(noFence), readsAsYamlOrRefuses), RUNS);
  });

  it('reads any text as the yaml package does, or refuses it on a line of the front matter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).map(noFence), (text) =>
        readsAsYamlOrRefuses(text.replace(/\r\n?/g, '\n')),
      ),
      RUNS,
    );
  });
});

describe('the front matter reader, form by form', () => {
  it('reads plain values as YAML 1.2 does: text, numbers, true, false and null; a date stays text', () => {
    const { data } = read(
      [
        'title: What is post-exercise twitching?',
        'minutes: 4',
        'ratio: -2.5e-3',
        'hex: 0x1F',
        'infinite: .inf',
        'shown: true',
        'hidden: False',
        'none: ~',
        'empty:',
        'reviewed: 2026-11-30',
        'url: https://example.org/page#part',
        'summary: Say what "benign" means, and it\'s fine',
        'tabbed:\tvalue\t',
      ].join('\n'),
    );
    expect(data).toEqual({
      title: 'What is post-exercise twitching?',
      minutes: 4,
      ratio: -0.0025,
      hex: 31,
      infinite: Infinity,
      shown: true,
      hidden: false,
      none: null,
      empty: null,
      reviewed: '2026-11-30',
      url: 'https://example.org/page#part',
      summary: 'Say what "benign" means, and it\'s fine',
      tabbed: 'value',
    });
  });

  it('reads \'single\' and "double" quoted values, with their escapes', () => {
    const { data } = read(
      [
        'title: "Cause: is lactic acid to blame?"',
        "single: 'It''s \\n not an escape'",
        'double: "tab\\there, \\"quoted\\", \\\\, \\u00e9, \\U0001F600, \\x41" # a comment',
        'number: "4"',
      ].join('\n'),
    );
    expect(data).toEqual({
      title: 'Cause: is lactic acid to blame?',
      single: "It's \\n not an escape",
      double: 'tab\there, "quoted", \\, é, 😀, A',
      number: '4',
    });
  });

  it('reads [a, b] lists on one line', () => {
    const { data } = read('claims: [C01, C02]\nempty: []\nmixed: [ Say what it is , "a, b", \'c\', 3, ] # a comment');
    expect(data).toEqual({ claims: ['C01', 'C02'], empty: [], mixed: ['Say what it is', 'a, b', 'c', 3] });
  });

  it('reads lists of values and lists of `key: value` items, indented or not', () => {
    const source = [
      'objectives:',
      '  - Describe a twitch',
      '  # a comment between items',
      '',
      '  - "Know the emergencies: rhabdomyolysis"',
      '  -',
      'sources:',
      '  - title: "Twitching eyes and muscles (NHS)"',
      '    url: https://www.nhs.uk/conditions/twitching-eyes-and-muscles/',
      '  -   title: Another',
      '      url: https://example.org',
      'keyPoints:',
      '- Not indented',
      '- Still a list',
    ].join('\n');
    const { data, keyLines } = read(source);
    expect(data).toEqual({
      objectives: ['Describe a twitch', 'Know the emergencies: rhabdomyolysis', null],
      sources: [
        {
          title: 'Twitching eyes and muscles (NHS)',
          url: 'https://www.nhs.uk/conditions/twitching-eyes-and-muscles/',
        },
        { title: 'Another', url: 'https://example.org' },
      ],
      keyPoints: ['Not indented', 'Still a list'],
    });
    expect([...keyLines]).toEqual([
      ['objectives', 2],
      ['sources', 8],
      ['keyPoints', 13],
    ]);
  });

  it('reads | and > blocks of text, with - and + to drop or keep the line breaks at the end', () => {
    const { data } = read(
      [
        'literal: |',
        '  one',
        '    two',
        '',
        'folded: >',
        '  one',
        '  two',
        '',
        '  three',
        'stripped: |-',
        '  text',
        '',
        'kept: >+',
        '  text',
        '',
        'objectives:',
        '  - >-',
        '    a long objective',
        '    over two lines',
        'empty: |',
        'last: x',
      ].join('\n'),
    );
    expect(data).toEqual({
      literal: 'one\n  two\n',
      folded: 'one two\nthree\n',
      stripped: 'text',
      kept: 'text\n\n',
      objectives: ['a long objective over two lines'],
      empty: '',
      last: 'x',
    });
  });

  it('skips comments and blank lines anywhere, and reads an empty front matter as no keys', () => {
    expect(
      read('# a comment\n\nid: x\n  # indented comment\n\t# after a tab\n \t\nlist:\n  - a\n# c\n  - b\n').data,
    ).toEqual({ id: 'x', list: ['a', 'b'] });
    expect(read('').data).toEqual({});
    expect(read('# only a comment').data).toEqual({});
  });

  it('keeps __proto__ and constructor as keys of their own, as YAML does', () => {
    const { data } = read('__proto__: x\nconstructor: y');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(data.constructor).toBe('y');
  });

  it('keeps the body and its first line', () => {
    const fm = splitFrontMatter('---\r\nid: x\r\n---\r\n\r\n## Slide\r\n', FILE);
    expect(fm.body).toBe('\n## Slide\n');
    expect(fm.bodyLine).toBe(4);
  });
});

describe('the front matter reader, refusing what it does not read', () => {
  // Each case: the front matter, then the file line and message it is refused with.
  const cases: [string, string, string][] = [
    [
      'anchors',
      'id: x\nbase: &base value',
      '3: front matter: anchors and aliases (`&name`, `*name`) are not supported',
    ],
    ['aliases', 'id: *base', '2: front matter: anchors and aliases (`&name`, `*name`) are not supported'],
    ['tags', 'minutes: !!str 4', '2: front matter: tags (`!!str`, `!name`) are not supported'],
    ['{ } mappings', 'source: {title: T}', '2: front matter: `{ … }` mappings are not supported'],
    ['nested [ ] lists', 'claims: [C01, [C02]]', '2: front matter: lists inside lists'],
    ['lists in a list item', 'a:\n  - - x', '3: front matter: lists inside lists'],
    ['a [ ] list as a list item', 'a:\n  - [x, y]', '3: front matter: lists inside lists'],
    ['a list under a list item key', 'a:\n  - b:\n    - x', '4: front matter: lists inside lists'],
    ['a mapping under a key', 'source:\n  title: T', '3: front matter: only a list goes on the lines below a key'],
    ['a value on the line below its key', 'title:\n  A title', '3: front matter: only a list goes on the lines'],
    ['plain text over several lines', 'summary: A long\n  summary', '3: front matter: a value must stay on one line'],
    ['quoted text over several lines', 'summary: "A long\n  summary"', '2: front matter: a quoted value must end on'],
    ['[ ] lists over several lines', 'claims: [C01,\n  C02]', '2: front matter: a `[ … ]` list must end on the line'],
    ['indentation numbers', 'a: |2\n   x', '2: front matter: write `|` or `>` (or `|-`, `|+`, `>-`, `>+`) alone'],
    ['a block with a wider blank line first', 'a: |\n    \n  x', '3: front matter: a `|` or `>` block cannot start'],
    ['an unquoted `: `', 'title: Cause: lactic acid', '2: front matter: a value holding `: ` or ending in `:` must be'],
    ['an unquoted ` #`', 'title: Step #2', '2: front matter: ` #` starts a comment, so the rest of this value'],
    ['text after a closing quote', 'title: "Twitching" at rest', '2: front matter: a value that starts with a quote'],
    ['an unknown escape', 'title: "\\q"', '2: front matter: `\\q` is not an escape in a "…" value; write \\\\ for'],
    ['a short escape', 'title: "C:\\Users"', '2: front matter: `\\U` in a "…" value must be followed by 8 hex digits'],
    ['a duplicate key', 'id: a\ntitle: T\nid: b', '4: front matter: `id` is given twice (first on line 2)'],
    ['a duplicate key in an item', 'a:\n  - t: 1\n    t: 2', '4: front matter: `t` is given twice (first on line 3)'],
    ['a null key', 'null: x', '2: front matter: `null` cannot be a key'],
    ['a true key', 'a:\n  - True: x', '3: front matter: `True` cannot be a key'],
    ['tabs for indentation', 'a:\n\t- x', '3: front matter: indent with spaces, not tabs'],
    ['a list on the line of its key', 'objectives: - one', '2: front matter: a list starts on the line below its key'],
    ['a list item with no key', 'id: x\n- one', '3: front matter: this list item belongs to no key'],
    ['no space after the colon', 'url:https://x.org', '2: front matter: write a space after the colon'],
    ['a key of several words', 'next review: 2027-01-01', '2: front matter: a key is a word of letters, digits'],
    ['a quoted key', '"id": x', '2: front matter: a key is a word of letters, digits'],
    ['a complex key', '? id\n: x', '2: front matter: each line must be `key: value`, a list item, a comment or blank'],
    ['a directive', '%YAML 1.2', '2: front matter: each line must be `key: value`, a list item, a comment or blank'],
    [
      'a document end',
      'id: x\n...',
      '3: front matter: each line must be `key: value`, a list item, a comment or blank',
    ],
    ['text alone', 'just text', '2: front matter: each line must be `key: value`, a list item, a comment or blank'],
    ['an indented key', '  id: x', '2: front matter: this line is indented, but only list items and the text'],
    ['a misaligned list item', 'a:\n  - x\n - y', '4: front matter: this line does not line up with the list above it'],
    ['a misaligned item key', 'a:\n  - t: 1\n   u: 2', '4: front matter: this line does not line up with the list'],
    ['reserved characters', 'title: @home', '2: front matter: a value cannot start with `@`: put the value in quotes'],
    ['a comment after a list item', 'claims:\n  - C01 # first', '3: front matter: ` #` starts a comment'],
    ['a blank line with a tab below a key', 'a:\n\t\nb: 1', '3: front matter: this blank line holds a tab'],
    ['a tab in a block', 'a: |\n  x\n\ty', '4: front matter: indent with spaces, not tabs'],
  ];
  it.each(cases)('refuses %s', (_name, source, expected) => {
    expect(refusal(source).startsWith(expected), `${refusal(source)}\nshould start with\n${expected}`).toBe(true);
  });

  it('says `file:line: what is wrong`, on one line', () => {
    expect(() => splitFrontMatter('---\nid: x\ntitle: &t A title\n---\n', 'lessons/01-x.md')).toThrow(
      'lessons/01-x.md:3: front matter: anchors and aliases (`&name`, `*name`) are not supported: write the value out, or put it in quotes',
    );
  });

  it('names the line of the value, in the file, even after a block of text', () => {
    expect(refusal('id: x\ntitle: |\n  one\n\n  two\nminutes: *m')).toMatch(/^7: front matter: anchors/);
  });
});
