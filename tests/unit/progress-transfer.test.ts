import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, emptyQuizProgress } from '../../src/progress/schema.js';
import { buildExport, MAX_FILE_BYTES, MAX_RECORDS, readImport } from '../../src/progress/transfer.js';

const course = { store: 'twitch-course', lessons: ['a', 'b'] };
const records: [string, unknown][] = [
  ['quiz:a', { ...emptyQuizProgress(), answers: { q1: ['b'] }, best: 75 }],
  ['lesson:a', { ...emptyLessonProgress(), slide: 2, seen: [0, 1, 2] }],
  ['unreadable:lesson:b', { something: 'odd' }],
];
const fileOf = (entries: [string, unknown][], store = 'twitch-course') =>
  JSON.stringify(buildExport(store, entries, new Date('2026-11-24T10:00:00Z')));
const refusal = (text: string) => {
  const result = readImport(text, course);
  expect(result.status).toBe('refused');
  return result.status === 'refused' ? result.message : '';
};

describe('progress files', () => {
  it('round-trips an export exactly', () => {
    const file = fileOf(records);
    expect(readImport(file, course)).toEqual({ status: 'ready', records: Object.fromEntries(records) });
    expect(JSON.parse(file)).toMatchObject({
      format: 'twitch-course-progress',
      version: 2,
      exportedAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('upgrades records of an older version', () => {
    const file = JSON.stringify({
      format: 'twitch-course-progress',
      version: 1,
      records: { 'lesson:a': { version: 1, slide: 1, seen: [0, 1] } },
    });
    expect(readImport(file, course)).toEqual({
      status: 'ready',
      records: { 'lesson:a': { version: 2, slide: 1, seen: [0, 1], completed: false } },
    });
  });

  it('refuses what is not a valid progress file, with a message that says nothing changed', () => {
    const messages = [
      'not json at all {',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify({ format: 'twitch-course-progress', version: 99, records: {} }),
      JSON.stringify({
        format: 'twitch-course-progress',
        version: 2,
        records: { 'lesson:a': { version: 2, slide: 'x' } },
      }),
      JSON.stringify({ format: 'twitch-course-progress', version: 2, records: { 'password:x': 'secret' } }),
    ].map(refusal);
    for (const message of messages) expect(message).toMatch(/Nothing was changed\.$/);
    expect(messages[2]).toContain('newer version');
    expect(messages[3]).toContain('lesson:a');
  });

  it('asks before loading a file saved from another store, naming it', () => {
    expect(readImport(fileOf(records, 'staging'), course)).toEqual({
      status: 'confirm',
      fromStore: 'staging',
      records: Object.fromEntries(records),
    });
  });

  it('refuses records of lessons and quizzes the course does not have, and copies kept aside of them', () => {
    for (const key of [
      'lesson:nope',
      'quiz:nope',
      'unreadable:lesson:nope',
      'unreadable:anything',
      'unreadable:lesson:a#x',
    ]) {
      const value = key.startsWith('quiz:') ? emptyQuizProgress() : emptyLessonProgress();
      expect(refusal(fileOf([[key, value]]))).toMatch(new RegExp(`\\(${key}\\).*Nothing was changed\\.$`));
    }
    expect(
      readImport(
        fileOf([
          ['unreadable:lesson:a#3', 'x'],
          ['unreadable:course', 'y'],
        ]),
        course,
      ).status,
    ).toBe('ready');
  });

  it('takes the progress of a host’s own lesson, kept under its web address', () => {
    const own: [string, unknown][] = [
      ['lesson:src:https://clinic.example/lessons/calves.md', { ...emptyLessonProgress(), slide: 1, seen: [0, 1] }],
      ['unreadable:lesson:src:https://clinic.example/lessons/calves.md#2', 'odd'],
    ];
    expect(readImport(fileOf(own), course)).toEqual({ status: 'ready', records: Object.fromEntries(own) });
    for (const key of [
      'lesson:src:javascript:alert(1)',
      'lesson:src:calves.md',
      'quiz:src:https://clinic.example/q.md',
    ]) {
      expect(refusal(fileOf([[key, emptyLessonProgress()]]))).toContain(key);
    }
  });

  it('refuses a quiz record that reviews no question', () => {
    expect(refusal(fileOf([['quiz:a', { ...emptyQuizProgress(), review: [] }]]))).toContain('quiz:a');
  });

  it('refuses a value nested deeper than any record is', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(refusal(fileOf([['unreadable:lesson:a', 'DEEP']]).replace('"DEEP"', deep))).toContain('unreadable:lesson:a');
  });

  it('refuses files over 1 MB and over 1,000 records, and says why', () => {
    expect(refusal(fileOf([['unreadable:course', 'x'.repeat(MAX_FILE_BYTES)]]))).toContain('1 MB');
    const many = Array.from({ length: MAX_RECORDS + 1 }, (_, n): [string, unknown] => [
      `unreadable:course#${n + 2}`,
      n,
    ]);
    expect(refusal(fileOf(many))).toContain('1,000');
    expect(readImport(fileOf(many.slice(0, MAX_RECORDS)), course).status).toBe('ready');
  });
});
