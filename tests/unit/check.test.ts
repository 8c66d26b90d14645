/**
 * The "Should I see a doctor?" check: every way through the real one, against the outcome each situation must get, and
 * the build-time checks that keep its rules safe (every path ends in an outcome, the most urgent questions first).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, CHECK_LEVELS, stepAfter } from '../../src/check/walk.js';
import { CHECK_FILE, compileCourse, type ContentFile } from '../../src/content/compile-course.js';
import { fleschKincaidGrade, plainText } from '../../src/content/reading-level.js';
import type { Check, CheckLevel } from '../../src/content/types.js';
import { readContent } from '../../src/content/vite-plugin-content.js';

const contentFiles: ContentFile[] = readContent('.');
const course = compileCourse(contentFiles);
const check = course.check!;
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .trim();

/** Each answer is `question-id: the start of the option's text`. */
const none = 'now: None of these';
const no = (...ids: string[]) => ids.map((id) => `${id}: No`);
const beforeSameDay = [none, ...no('breakdown', 'water')];
const beforeDoctor = [...beforeSameDay, ...no('spreading')];
const beforeHarmless = [...beforeDoctor, ...no('weakness', 'slow-signs', 'lasting', 'nerves')];

const expected: { situation: string; answers: string[]; level: CheckLevel; outcome: string }[] = [
  {
    situation: 'breathing or swallowing is hard',
    answers: ['now: Trouble breathing'],
    level: 'emergency',
    outcome: 'breathing',
  },
  {
    situation: 'a sudden face droop or slurred speech (FAST)',
    answers: ['now: Sudden signs of a stroke'],
    level: 'emergency',
    outcome: 'stroke',
  },
  { situation: 'a seizure or a collapse', answers: ['now: A seizure'], level: 'emergency', outcome: 'collapse' },
  {
    situation: 'dark pee after hard exercise (any one sign)',
    answers: [none, 'breakdown: Yes'],
    level: 'emergency',
    outcome: 'rhabdo',
  },
  {
    situation: 'confusion, headache or vomiting after drinking lots in a long event',
    answers: [none, 'breakdown: No', 'water: Yes'],
    level: 'emergency',
    outcome: 'over-drinking',
  },
  {
    situation: 'weakness spreading over hours to days, tingling rising from the feet',
    answers: [...beforeSameDay, 'spreading: Yes'],
    level: 'care-today',
    outcome: 'spreading-weakness',
  },
  {
    situation: 'twitching with real weakness still there after 2 to 3 rest days',
    answers: [...beforeDoctor, 'weakness: Yes'],
    level: 'book-doctor',
    outcome: 'real-weakness',
  },
  {
    situation: 'a thinner muscle, or speech slowly changing over weeks',
    answers: [...beforeDoctor, 'weakness: No', 'slow-signs: Yes'],
    level: 'book-doctor',
    outcome: 'slow-signs',
  },
  {
    situation: 'a twitch for more than 2 weeks, or spreading',
    answers: [...beforeDoctor, ...no('weakness', 'slow-signs'), 'lasting: Yes'],
    level: 'book-doctor',
    outcome: 'lasting',
  },
  {
    situation: 'tingling spreading from the neck, or motor neuron disease in the family',
    answers: [...beforeDoctor, ...no('weakness', 'slow-signs', 'lasting'), 'nerves: Yes'],
    level: 'book-doctor',
    outcome: 'nerve-or-family',
  },
  {
    situation: 'twitching only after workouts, normal strength',
    answers: [...beforeHarmless, 'pattern: Only after workouts'],
    level: 'harmless',
    outcome: 'after-workouts',
  },
  {
    situation: 'twitching at random times, nothing else',
    answers: [...beforeHarmless, 'pattern: At other times'],
    level: 'harmless',
    outcome: 'other-times',
  },
];

const outcome = (id: string) => check.outcomes.find((candidate) => candidate.id === id)!;
const question = (id: string) => check.questions.find((candidate) => candidate.id === id)!;

describe('the see-a-doctor check', () => {
  it('is compiled from quizzes/checks/, and is not taken for a quiz', () => {
    expect(course.check).not.toBeNull();
    expect([...course.quizFiles.values()].filter((path) => path.startsWith('quizzes/checks/'))).toEqual([]);
  });

  it('ends every path on the outcome the table expects, and the table covers every path', () => {
    const paths = allPaths(check);
    const described = paths.map((path) => ({
      answers: path.questions.map((q, i) => `${q.id}: ${plain(q.options[path.answers[i]!]!.html)}`),
      path,
    }));
    for (const row of expected) {
      const matches = described.filter(
        ({ answers }) =>
          answers.length === row.answers.length && answers.every((answer, i) => answer.startsWith(row.answers[i]!)),
      );
      expect(matches, `${row.situation}: one path answers ${row.answers.join(' › ')}`).toHaveLength(1);
      const { path } = matches[0]!;
      expect(`${path.outcome.level} (${path.outcome.id})`, row.situation).toBe(`${row.level} (${row.outcome})`);
    }
    expect(paths.length, 'paths not in the table').toBe(expected.length);
  });

  it('asks about emergency signs first, then same-day ones, then those for a doctor visit', () => {
    const rank = (level: CheckLevel) => CHECK_LEVELS.indexOf(level);
    for (const path of allPaths(check)) {
      const urgency = path.questions.map((q) =>
        Math.min(
          ...q.options
            .map((option) => option.next)
            .filter((next) => next.startsWith('outcome:'))
            .map((next) => rank(outcome(next.slice(8)).level)),
        ),
      );
      expect(urgency, path.questions.map((q) => q.id).join(' › ')).toEqual([...urgency].sort((a, b) => a - b));
    }
    expect(check.questions.slice(0, 3).map((q) => q.id)).toEqual(['now', 'breakdown', 'water']);
  });

  it('words the red flags as the lessons and the help panel do', () => {
    // Rhabdomyolysis: any ONE sign means the emergency department now.
    expect(plain(outcome('rhabdo').headingHtml)).toBe('Go to the emergency department now');
    for (const pattern of [/any ONE of these signs/, /do not need all three/i])
      expect(plain(outcome('rhabdo').html)).toMatch(pattern);
    for (const pattern of [/dark, brown or cola-coloured pee/, /very little pee/, /severe muscle pain or swelling/])
      expect(plain(question('breakdown').detailHtml)).toMatch(pattern);
    // Guillain-Barré syndrome: the same day, the emergency number if breathing or swallowing gets hard.
    for (const pattern of [/today/, /breathing or swallowing gets hard, call/])
      expect(plain(outcome('spreading-weakness').html)).toMatch(pattern);
    // FAST, spelled out.
    expect(plain(outcome('stroke').html)).toMatch(/Face drooping, Arm weakness, Speech difficulty, Time to call/);
    // Real weakness as lesson 5 defines it.
    for (const pattern of [/no longer do something you could do before/, /2 to 3 rest days/, /worse over weeks/])
      expect(plain(question('weakness').detailHtml)).toMatch(pattern);
    expect(plain(outcome('real-weakness').headingHtml)).toMatch(/within days/);
    expect(plain(outcome('real-weakness').html)).toMatch(/neurologist/);
    // Every emergency outcome names the number, which a host can replace.
    for (const ending of check.outcomes.filter((candidate) => candidate.level === 'emergency')) {
      expect(ending.headingHtml + ending.html, ending.id).toContain('class="emergency-number"');
    }
  });

  it('links every outcome to a slide that exists, and tells the harmless ones what helps and when to check again', () => {
    for (const ending of check.outcomes) {
      const lesson = course.lessons.find((candidate) => candidate.id === ending.lesson)!;
      expect(lesson.slides[ending.slide - 1]?.heading, ending.id).toBe(ending.slideHeading);
    }
    for (const ending of check.outcomes.filter((candidate) => candidate.level === 'harmless')) {
      for (const pattern of [/What helps/, /Check again/, /2 weeks/])
        expect(plain(ending.html), ending.id).toMatch(pattern);
    }
  });

  it('says it is not a diagnosis', () => {
    for (const pattern of [/not a diagnosis/, /worried, see a doctor/])
      expect(plain(check.disclaimerHtml)).toMatch(pattern);
  });

  it('reads at Flesch–Kincaid grade 8 or below', () => {
    const source = readFileSync(CHECK_FILE, 'utf8')
      .replace(/\s*→\s*\S+$/gm, '')
      .replace(/^(Level|Slide):.*$/gm, '')
      .replace(/^##\s+(outcome:)?[a-z0-9-]+:/gm, '##');
    expect(fleschKincaidGrade(plainText(source))).toBeLessThanOrEqual(8);
  });
});

describe('walking a check', () => {
  it('goes back by dropping the last answer, and an answer that fits no option leads nowhere', () => {
    const answers = [3, 1];
    expect(stepAfter(check, answers)?.question?.id).toBe('water');
    expect(stepAfter(check, answers.slice(0, -1))?.question?.id).toBe('breakdown');
    expect(stepAfter(check, [])?.question?.id).toBe('now');
    expect(stepAfter(check, [0])?.outcome?.id).toBe('breathing');
    expect(stepAfter(check, [0, 0])).toBeNull();
    expect(stepAfter(check, [9])).toBeNull();
  });
});

// A small check that passes every rule; each test below breaks one.
const LESSON = [
  '---',
  'id: sample',
  'title: A sample lesson',
  'summary: What a sample lesson covers.',
  'minutes: 3',
  'objectives:\n  - Say what a sample is',
  'sources:\n  - title: Example source\n    url: https://example.org/source',
  'reviewed: 2026-11-24',
  'nextReview: 2027-05-24',
  'claims: [C01]',
  '---',
  '',
  '## First slide\n\nHello.\n\n---\n\n## Second slide\n\nMore text.',
].join('\n');

const CHECK = `---
title: A sample check
disclaimer: Not a diagnosis.
---

Some words first.

## urgent: Is it urgent?

- Yes → outcome:now
- No → today

## today: Is it for today?

- Yes → outcome:today
- No → soon

## soon: Is it for a doctor?

- the first sign
- the second sign

- Yes → outcome:book
- No → outcome:fine

## outcome:now: Call {{emergency}} now

Level: emergency
Slide: sample 1

Because it is urgent.

## outcome:today: Get care today

Level: care-today
Slide: sample 2

Because it is for today.

## outcome:book: Book a visit

Level: book-doctor
Slide: sample 2

Because a doctor should look.

## outcome:fine: Very likely harmless

Level: harmless
Slide: sample 1

Because nothing points elsewhere.
`;

const compileCheck = (source: string, extra: ContentFile[] = []): Check =>
  compileCourse([{ path: 'lessons/01-sample.md', source: LESSON }, { path: CHECK_FILE, source }, ...extra]).check!;

const errorOf = (source: string) => {
  try {
    compileCheck(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the check to be rejected');
};

/** `file:line: ` for a line of the source that holds the text: the first, or the one after `skip` others. */
const at = (source: string, text: string, skip = 0) =>
  `${CHECK_FILE}:${source.split('\n').findIndex((line, i, lines) => line.includes(text) && lines.slice(0, i).filter((l) => l.includes(text)).length === skip) + 1}: `;
const lineOf = (source: string, text: string) => source.split('\n').indexOf(text) + 1;

function edit(...replacements: [string, string][]) {
  let source = CHECK;
  for (const [from, to] of replacements) {
    if (!source.includes(from)) throw new Error(`the sample check has no "${from}"`);
    source = source.replace(from, to);
  }
  return source;
}

describe('the check compiler', () => {
  it('compiles the questions, options and outcomes, the first question first', () => {
    const compiled = compileCheck(CHECK);
    expect(compiled.title).toBe('A sample check');
    expect(compiled.introHtml).toBe('<p>Some words first.</p>');
    expect(compiled.questions.map((q) => q.id)).toEqual(['urgent', 'today', 'soon']);
    expect(compiled.questions[2]!.detailHtml).toBe('<ul>\n<li>the first sign</li>\n<li>the second sign</li>\n</ul>');
    expect(compiled.questions[0]!.options).toEqual([
      { html: 'Yes', next: 'outcome:now' },
      { html: 'No', next: 'today' },
    ]);
    expect(compiled.outcomes[0]).toMatchObject({
      id: 'now',
      level: 'emergency',
      lesson: 'sample',
      lessonTitle: 'A sample lesson',
      slide: 1,
      slideHeading: 'First slide',
    });
    expect(allPaths(compiled).map((path) => path.outcome.id)).toEqual(['now', 'today', 'book', 'fine']);
  });

  it('reports an outcome that is missing', () => {
    let source = edit(['- Yes → outcome:book', '- Yes → outcome:booked']);
    expect(errorOf(source)).toBe(
      `${at(source, 'outcome:booked')}\`→ outcome:booked\`: there is no \`## outcome:booked\` section`,
    );
    source = edit(['- No → outcome:fine', '- No → outcome:book'], ['Level: harmless', 'Level: book-doctor']);
    expect(errorOf(source)).toMatch(/^quizzes\/checks\/see-a-doctor\.md:\d+: outcome `fine` is never reached/);
    source = edit(
      ['- No → outcome:fine', '- No → outcome:book'],
      [
        '## outcome:fine: Very likely harmless\n\nLevel: harmless\nSlide: sample 1\n\nBecause nothing points elsewhere.\n',
        '',
      ],
    );
    expect(errorOf(source)).toBe(
      `${CHECK_FILE}:1: the check has no outcome with \`Level: harmless\`: it needs one of each level (emergency, care-today, book-doctor, harmless)`,
    );
    source = edit(['- No → outcome:fine\n', '']);
    expect(errorOf(source)).toBe(
      `${at(source, '## soon')}question \`soon\`: needs at least two options, each written \`- Answer → next-id\` or \`- Answer → outcome:id\``,
    );
  });

  it('reports a question that is never asked', () => {
    const source = edit([
      '## outcome:now',
      '## orphan: Is anyone asking?\n\n- Yes → outcome:now\n- No → outcome:fine\n\n## outcome:now',
    ]);
    expect(errorOf(source)).toBe(`${at(source, '## orphan')}question \`orphan\` is never asked: no option leads to it`);
  });

  it('reports a loop', () => {
    const source = edit(['- No → outcome:fine', '- No → today']);
    expect(errorOf(source)).toBe(
      `${at(source, '- No → today', 1)}\`→ today\` leads back to a question asked before (line ${lineOf(source, '## today: Is it for today?')}), so the check could go round for ever: every path must end in an outcome`,
    );
  });

  it('reports an option that leads nowhere', () => {
    let source = edit(['- No → today', '- No → tomorrow']);
    expect(errorOf(source)).toBe(`${at(source, 'tomorrow')}\`→ tomorrow\`: there is no question \`## tomorrow\``);
    source = edit(['- No → today', '- No → fine']);
    expect(errorOf(source)).toBe(
      `${at(source, '→ fine')}\`→ fine\`: there is no question \`## fine\`; to end on the outcome, write \`outcome:fine\``,
    );
    source = edit(['- No → today', '- No →']);
    expect(errorOf(source)).toBe(
      `${at(source, '- No →')}question \`urgent\`: the option "No" must name the question or \`outcome:id\` it leads to after the arrow`,
    );
  });

  it('reports emergency questions that do not come first', () => {
    let source = edit(
      ['- Yes → outcome:now\n- No → today', '- Yes → outcome:today\n- No → today'],
      ['- Yes → outcome:today\n- No → soon', '- Yes → outcome:now\n- No → soon'],
    );
    expect(errorOf(source)).toBe(
      `${at(source, '## urgent')}the first question, \`urgent\`, must ask about emergency signs: none of its options ends on an \`emergency\` outcome`,
    );
    source = edit([
      '- Yes → outcome:book\n- No → outcome:fine',
      '- Yes → outcome:now\n- Maybe → outcome:book\n- No → outcome:fine',
    ]);
    expect(errorOf(source)).toBe(
      `${at(source, '## soon')}question \`soon\` can end on a \`emergency\` outcome but comes after \`today\` (line ${lineOf(
        source,
        '## today: Is it for today?',
      )}), whose most urgent is \`care-today\`: ask about emergency signs first, then same-day ones, then the ones for a doctor visit`,
    );
  });

  it('reports a harmless outcome that can be reached without asking about every red flag', () => {
    const source = edit(['- No → today', '- Not really → soon\n- No → today']);
    expect(errorOf(source)).toBe(
      `${at(source, '- No → outcome:fine')}\`→ outcome:fine\` says "harmless" on a path that never asks \`today\` (line ${lineOf(
        source,
        '## today: Is it for today?',
      )}): every question about a sign that needs help must come first`,
    );
  });

  it('reports a lesson or slide link that does not exist, and a level it does not know', () => {
    let source = edit(['Slide: sample 2\n\nBecause it is for today.', 'Slide: sample 3\n\nBecause it is for today.']);
    expect(errorOf(source)).toBe(
      `${at(source, 'Slide: sample 3')}outcome \`today\`: \`Slide: sample 3\` but the lesson \`sample\` has slides 1 to 2`,
    );
    source = edit(['Slide: sample 1\n\nBecause it is urgent.', 'Slide: missing 1\n\nBecause it is urgent.']);
    expect(errorOf(source)).toBe(`${at(source, 'Slide: missing 1')}outcome \`now\`: there is no lesson \`missing\``);
    source = edit(['Level: care-today', 'Level: soon']);
    expect(errorOf(source)).toBe(
      `${at(source, 'Level: soon')}outcome \`today\`: \`Level: soon\` must be one of emergency, care-today, book-doctor, harmless`,
    );
  });

  it('reports text after the options, and headings it cannot read', () => {
    let source = edit(['- No → today\n', '- No → today\n\nAn afterthought.\n']);
    expect(errorOf(source)).toBe(
      `${at(source, 'An afterthought')}question \`urgent\`: text after the options: the options (\`- Answer → next\`) come last`,
    );
    source = edit(['## urgent: Is it urgent?', '## Is it urgent?']);
    expect(errorOf(source)).toMatch(new RegExp(`^${at(source, '## Is it urgent?')}a heading must be`));
  });

  it('refuses a second check file, which nothing would show', () => {
    expect(() => compileCheck(CHECK, [{ path: 'quizzes/checks/other.md', source: CHECK }])).toThrow(
      `quizzes/checks/other.md:1: the course has one check, ${CHECK_FILE}; this file would never be shown`,
    );
  });
});
