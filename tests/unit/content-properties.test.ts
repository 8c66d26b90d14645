import { languages } from '../../src/course.config.js';
// Properties of the content compiler over generated files: whatever a file holds, it either compiles or is
// rejected with a ContentError that says `file:line: what is wrong` on one line. Nothing else may be thrown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse, GLOSSARY_FILE, type ContentFile } from '../../src/content/compile-course.js';
import { ContentError } from '../../src/content/content-error.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { parseLesson } from '../../src/content/parse-lesson.js';
import { parseQuiz } from '../../src/content/parse-quiz.js';
import type { Lesson } from '../../src/content/types.js';

/** The course's own rules for English quizzes. */
const quizWords = { ...languages.en, claims: true };

const RUNS = { numRuns: Number(process.env.RUNS ?? 300) };

/** Runs `compile` and checks that it either succeeds or reports a problem in one of `files` as `file:line: …`. */
function compilesOrSaysWhere(files: ContentFile[], compile: () => unknown) {
  try {
    compile();
  } catch (error) {
    if (!(error instanceof ContentError))
      throw new Error(`threw ${String(error)} instead of a ContentError`, { cause: error });
    const file = files.find((candidate) => candidate.path === error.file);
    expect(file, `names a file it was given: ${error.message}`).toBeDefined();
    const lineCount = file!.source.replace(/\r\n?/g, '\n').split('\n').length;
    expect(
      Number.isInteger(error.line) && error.line >= 1 && error.line <= lineCount + 1,
      `a line of the file: ${error.message}`,
    ).toBe(true);
    expect(error.problem, 'says what is wrong, on one line').toMatch(/^\S[^\n\r]*$/);
    expect(error.message).toBe(`${error.file}:${error.line}: ${error.problem}`);
  }
}

// Front matter values, sensible and not: every YAML shape the reader may meet.
const yamlValue = fc.constantFrom(
  'sample-lesson',
  'A title',
  '',
  '3',
  '0',
  '-2',
  '.inf',
  '.nan',
  '1e400',
  '2026-11-24',
  '2027-01-01',
  '2026-02-30',
  '20261124',
  '[C01, C02]',
  '[C1]',
  '[]',
  '[1, 2]',
  '[null]',
  '{a: 1}',
  '\n  - one\n  - two',
  '\n  - title: T\n    url: https://example.org',
  '\n  - title: T\n    url: ftp://example.org',
  '\n  - null',
  'null',
  '~',
  'true',
  '"quoted',
  "'single'",
  '|\n  block\n  text',
  '&a [1]',
  '*a',
  '*missing',
  '&b [*b]',
  '!!binary aGVsbG8=',
  '!!set {a}',
  '!!timestamp 2026-01-01',
  '!!timestamp 2026-99-99',
  '!!float x',
  '!custom 1',
  '{',
  '[',
  ': :',
  '\t',
  'x: y: z',
  '- item',
  '? complex',
  '@reserved',
  '%directive',
);
const yamlKey = fc.constantFrom(
  'id',
  'title',
  'summary',
  'minutes',
  'objectives',
  'sources',
  'reviewed',
  'nextReview',
  'claims',
  'keyPoints',
  'lesson',
  'other',
  '__proto__',
  'constructor',
  '- list',
  '  indented',
);
const frontMatterLine = fc.oneof(
  fc.tuple(yamlKey, yamlValue).map(([key, value]) => `${key}: ${value}`),
  fc.string({ maxLength: 20 }),
);

/** A file assembled from lines that mean something to the compiler, interleaved with arbitrary text. */
const lines = (meaningful: string[]) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...meaningful) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    ),
    { maxLength: 30 },
  );

const validLessonFront = [
  'id: sample-lesson',
  'title: A lesson',
  'summary: What it covers.',
  'minutes: 3',
  'objectives: [Say what it is]',
  'sources:\n  - title: A source\n    url: https://example.org',
  'reviewed: 2026-11-24',
  'nextReview: 2027-11-24',
  'claims: [C01]',
];
const lessonBody = lines([
  '## A slide',
  '##',
  '## ',
  '# Not a slide heading',
  'Some text.',
  '',
  '---',
  '--- ',
  ':::evidence',
  ':::doctor',
  ':::emergency',
  ':::unknown',
  ':::',
  '::: ',
  '- a list item',
  '> a quote',
  '[a term](term:motor-neuron)',
  '[unknown](term:nope)',
  '[link](https://example.org)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '```',
  '{{emergency}}',
  'Title\n---',
  '\t\tindented code',
  '\r',
  '\u0000',
]);
const lessonSource = fc
  .tuple(fc.subarray(validLessonFront), fc.array(frontMatterLine, { maxLength: 4 }), lessonBody, fc.boolean())
  .map(
    ([front, extra, body, fenced]) =>
      `${fenced ? '---\n' : ''}${[...front, ...extra].join('\n')}\n---\n${body.join('\n')}`,
  );

const quizBody = lines([
  '## Is this a question?',
  '## Another question',
  '## ',
  'Case text.',
  '- [x] Yes',
  '- [ ] No',
  '- [X] True',
  '- [ ] False',
  '- plain item',
  '1. [x] ordered',
  '> Because.',
  '>',
  'Slide: 1',
  'Slide: 2',
  'Slide: 0',
  'Slide: 1.5',
  'Slide: 99',
  'Slide:',
  'Claims: C01',
  'Claims: C01, C02',
  'Claims: X1',
  'Claims:',
  'Type: multiple',
  'Type: single',
  'Other: thing',
  '',
  '---',
  'Question\n---',
  '| a | b |\n| - | - |',
  '```',
  '<div>',
]);
const quizSource = fc
  .tuple(
    fc.constantFrom('lesson: sample-lesson', 'lesson: other-lesson', 'lesson:', ''),
    fc.array(frontMatterLine, { maxLength: 3 }),
    quizBody,
  )
  .map(([lesson, extra, body]) => `---\n${[lesson, ...extra].join('\n')}\n---\n${body.join('\n')}`);

const glossarySource = fc
  .array(
    fc.constantFrom(
      '## Motor neuron',
      '## ',
      'A nerve cell that tells a muscle to contract.',
      '',
      'id: x',
      '---',
      '## Motor neuron',
    ),
    { maxLength: 8 },
  )
  .map((body) => `---\ntitle: Glossary\n---\n${body.join('\n')}`);

const sampleLesson: Lesson = {
  id: 'sample-lesson',
  title: 'A lesson',
  summary: '',
  minutes: 3,
  objectives: [],
  sources: [],
  reviewed: '2026-11-24',
  nextReview: '2027-11-24',
  claims: [],
  keyPoints: [],
  slides: [
    { heading: 'One', html: '' },
    { heading: 'Two', html: '' },
  ],
};

describe('the content compiler, over generated files', () => {
  it('compiles any lesson file or says file:line: what is wrong', () => {
    fc.assert(
      fc.property(lessonSource, (source) => {
        const file = 'lessons/01-generated.md';
        compilesOrSaysWhere([{ path: file, source }], () =>
          parseLesson(source, file, new Map(), createMarkdown(new Map())),
        );
        // A host's own lesson, compiled in the browser without a glossary, must behave the same.
        compilesOrSaysWhere([{ path: file, source }], () => parseLesson(source, file, null, createMarkdown(new Map())));
      }),
      RUNS,
    );
  });

  it('compiles any quiz file or says file:line: what is wrong', () => {
    fc.assert(
      fc.property(quizSource, (source) => {
        const file = 'quizzes/01-generated.md';
        compilesOrSaysWhere([{ path: file, source }], () =>
          parseQuiz(source, file, createMarkdown(new Map()), new Map([[sampleLesson.id, sampleLesson]]), quizWords),
        );
      }),
      RUNS,
    );
  });

  it('compiles any set of lessons, quizzes and a glossary or says file:line: what is wrong', () => {
    fc.assert(
      fc.property(
        fc.array(lessonSource, { minLength: 1, maxLength: 3 }),
        fc.array(quizSource, { maxLength: 3 }),
        fc.option(glossarySource),
        (lessons, quizzes, glossary) => {
          const files: ContentFile[] = [
            ...lessons.map((source, i) => ({ path: `lessons/0${i + 1}-generated.md`, source })),
            ...quizzes.map((source, i) => ({ path: `quizzes/0${i + 1}-generated.md`, source })),
            ...(glossary === null ? [] : [{ path: GLOSSARY_FILE, source: glossary }]),
          ];
          compilesOrSaysWhere(files, () => compileCourse(files));
        },
      ),
      RUNS,
    );
  });

  it('compiles any text at all as a lesson or a quiz, or says file:line: what is wrong', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const source of [text, `---\n${text}`, `---\nid: x\n---\n${text}`]) {
          const lessonFile = 'lessons/01-text.md';
          compilesOrSaysWhere([{ path: lessonFile, source }], () =>
            parseLesson(source, lessonFile, null, createMarkdown(new Map())),
          );
          const quizFile = 'quizzes/01-text.md';
          compilesOrSaysWhere([{ path: quizFile, source }], () =>
            parseQuiz(source, quizFile, createMarkdown(new Map()), new Map(), quizWords),
          );
        }
      }),
      RUNS,
    );
  });
});
