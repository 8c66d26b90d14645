import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCourseProgress, SCHEMA_VERSION } from '../../src/progress/schema.js';
import { schemaForKey } from '../../src/progress/validation.js';
import { ProgressStore, UNREADABLE_PREFIX } from '../../src/progress/store.js';
import { buildExport, EXPORT_FORMAT, loadProgressFile, readImport } from '../../src/progress/transfer.js';

const target = { store: 'twitch-course', lessons: ['a', 'b'] };

const index = fc.nat({ max: 30 });
const lessonRecord = fc.record({
  version: fc.constant(SCHEMA_VERSION),
  slide: index,
  seen: fc.array(index),
  completed: fc.boolean(),
});
const quizRecord = fc.record({
  version: fc.constant(SCHEMA_VERSION),
  attempt: index,
  review: fc.option(fc.array(fc.string(), { minLength: 1 })),
  answers: fc.dictionary(fc.string(), fc.array(fc.string())),
  best: fc.option(fc.integer({ min: 0, max: 100 })),
});
const oldRecord = fc.record({
  version: fc.constant(1),
  slide: index,
  seen: fc.array(index),
  answers: fc.constant({}),
  best: fc.constant(null),
});
const anyRecord = fc.oneof(lessonRecord, quizRecord, oldRecord, fc.constant(emptyCourseProgress()), fc.jsonValue());

const key = fc.oneof(
  fc.constantFrom('lesson:a', 'quiz:a', 'lesson:b', 'quiz:b', 'course', 'lesson:zz', 'quiz:', 'password'),
  fc.constantFrom(
    'unreadable:lesson:a',
    'unreadable:quiz:b#2',
    'unreadable:course#17',
    'unreadable:lesson:a#1',
    'unreadable:',
  ),
  fc.webUrl().map((url) => `lesson:src:${url}`),
  fc.string().map((tail) => `lesson:${tail}`),
  fc.string().map((tail) => `${UNREADABLE_PREFIX}${tail}`),
  fc.string(),
);

/** Files shaped like progress files, right and wrong in every part. */
const progressFile = fc
  .record({
    format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.jsonValue()),
    version: fc.oneof(fc.constantFrom(1, 2, 3), fc.jsonValue()),
    store: fc.oneof(fc.constantFrom('twitch-course', 'staging'), fc.jsonValue()),
    records: fc.oneof(fc.dictionary(key, anyRecord, { maxKeys: 12 }), fc.jsonValue()),
  })
  .map((document) => JSON.stringify(document));

/** A value nested far deeper than any record, spliced into an otherwise valid file. */
const deepFile = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('lesson:a', 'unreadable:lesson:a'))
  .map(([depth, at]) =>
    JSON.stringify(buildExport('twitch-course', [[at, 'DEEP']], new Date(0))).replace(
      '"DEEP"',
      '['.repeat(depth) + ']'.repeat(depth),
    ),
  );

/** Files the course could have written itself, from this store or another. */
const validFile = fc
  .tuple(
    fc.record(
      {
        'lesson:a': fc.oneof(lessonRecord, oldRecord),
        'quiz:b': quizRecord,
        course: fc.constant(emptyCourseProgress()),
        'unreadable:lesson:b#3': fc.jsonValue({ maxDepth: 4 }),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom('twitch-course', 'staging'),
  )
  .map(([records, store]) => JSON.stringify(buildExport(store, Object.entries(records), new Date(0))));

const anyInput = fc.oneof(fc.string(), fc.json(), progressFile, deepFile, validFile);

describe('reading a progress file (properties)', () => {
  it('either loads a file or says nothing was changed, and never throws', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const result = readImport(text, target);
        if (result.status === 'refused') expect(result.message).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 500 },
    );
  });

  it('loads only records of keys the course knows, each valid in the current version', () => {
    fc.assert(
      fc.property(progressFile, (text) => {
        const result = readImport(text, target);
        if (result.status === 'refused') return;
        for (const [recordKey, value] of Object.entries(result.records)) {
          if (recordKey.startsWith(UNREADABLE_PREFIX)) {
            expect(recordKey).toMatch(
              /^unreadable:(lesson:[ab]|quiz:[ab]|course|lesson:src:https?:.*)(#([2-9]|[1-9]\d+))?$/,
            );
          } else {
            expect(recordKey).toMatch(/^(lesson:[ab]|quiz:[ab]|course|lesson:src:https?:.*)$/);
            expect(schemaForKey(recordKey)!.is(value)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing already saved unless the file loads, and then holds exactly the file', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(anyInput, fc.boolean(), async (text, confirmed) => {
        const store = new ProgressStore(`properties-${++run}-${Date.now()}`);
        await store.update('lesson:a', schemaForKey('lesson:a')!, () => ({
          version: 2,
          slide: 1,
          seen: [0, 1],
          completed: false,
        }));
        const before = await store.entries();
        const result = await loadProgressFile(store, text, target, confirmed);
        const after = await new ProgressStore(store.name).entries(); // as a reload finds it
        if (result.status === 'loaded') {
          const read = readImport(text, target);
          expect(read.status).not.toBe('refused');
          if (read.status !== 'refused') expect(Object.fromEntries(after)).toEqual(read.records);
        } else {
          expect(after).toEqual(before);
          if (result.status === 'refused') expect(result.message).toMatch(/Nothing was changed\.$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
