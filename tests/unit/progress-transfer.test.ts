import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, emptyQuizProgress } from '../../src/progress/schema.js';
import { buildExport, readImport } from '../../src/progress/transfer.js';

const records: [string, unknown][] = [
  ['quiz:a', { ...emptyQuizProgress(), answers: { q1: ['b'] }, best: 75 }],
  ['lesson:a', { ...emptyLessonProgress(), slide: 2, seen: [0, 1, 2] }],
  ['unreadable:lesson:b', { something: 'odd' }],
];

describe('progress files', () => {
  it('round-trips an export exactly', () => {
    const file = JSON.stringify(buildExport('twitch-course', records, new Date('2026-11-24T10:00:00Z')));
    const result = readImport(file);
    expect(result).toEqual({ ok: true, records: Object.fromEntries(records) });
    expect(JSON.parse(file)).toMatchObject({ format: 'twitch-course-progress', version: 2, exportedAt: '2026-11-24T10:00:00.000Z' });
  });

  it('upgrades records of an older version', () => {
    const file = JSON.stringify({ format: 'twitch-course-progress', version: 1, records: { 'lesson:a': { version: 1, slide: 1, seen: [0, 1] } } });
    expect(readImport(file)).toEqual({ ok: true, records: { 'lesson:a': { version: 2, slide: 1, seen: [0, 1], completed: false } } });
  });

  it('refuses what is not a valid progress file, with a message that says nothing changed', () => {
    const refusals = [
      'not json at all {',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify({ format: 'twitch-course-progress', version: 99, records: {} }),
      JSON.stringify({ format: 'twitch-course-progress', version: 2, records: { 'lesson:a': { version: 2, slide: 'x' } } }),
      JSON.stringify({ format: 'twitch-course-progress', version: 2, records: { 'password:x': 'secret' } }),
    ].map((text) => readImport(text));
    expect(refusals.map((result) => result.ok)).toEqual([false, false, false, false, false]);
    for (const result of refusals) if (!result.ok) expect(result.message).toMatch(/Nothing was changed\.$/);
    expect(refusals[2]).toMatchObject({ message: expect.stringContaining('newer version') });
    expect(refusals[3]).toMatchObject({ message: expect.stringContaining('lesson:a') });
  });
});
