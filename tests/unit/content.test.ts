import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/content/compile-course.js';
import { fleschKincaidGrade, plainText } from '../../src/content/reading-level.js';
import { claimIds } from './claim-ids.js';

/** The real course, as the build compiles it. */
const files = ['lessons', 'quizzes'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: `${dir}/${name}`, source: readFileSync(`${dir}/${name}`, 'utf8') })),
);
const course = compileCourse(files);
const questions = [...course.quizzes.values()].flatMap((quiz) => quiz.questions.map((question) => ({ quiz: quiz.lesson, ...question })));
const knownClaims = new Set(Object.keys(claimIds));
const MAX_GRADE = 9;

describe('the course content', () => {
  it('has six lessons, each with a quiz', () => {
    expect(course.lessons).toHaveLength(6);
    for (const lesson of course.lessons) expect(course.quizzes.has(lesson.id), `quiz for ${lesson.id}`).toBe(true);
  });

  it('teaches every claim of the article in a lesson and tests it in a question', () => {
    const taught = new Set(course.lessons.flatMap((lesson) => lesson.claims));
    const tested = new Set(questions.flatMap((question) => question.claims));
    expect([...knownClaims].filter((id) => !taught.has(id)), 'claims no lesson teaches').toEqual([]);
    expect([...knownClaims].filter((id) => !tested.has(id)), 'claims no question tests').toEqual([]);
    expect([...taught, ...tested].filter((id) => !knownClaims.has(id)), 'unknown claim ids').toEqual([]);
  });

  it(`reads at grade ${MAX_GRADE} or below in every lesson`, () => {
    const grades = Object.fromEntries(
      course.lessons.map((lesson) => {
        const source = files.find((file) => file.path === course.lessonFiles.get(lesson.id))!.source;
        return [lesson.id, Math.round(fleschKincaidGrade(plainText(source)) * 10) / 10];
      }),
    );
    console.log('Flesch–Kincaid grade per lesson:', grades);
    for (const [id, grade] of Object.entries(grades)) expect(grade, `grade of ${id}`).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('has at least 40 questions of every kind, each with an explanation', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(['single', 'multiple', 'true-false', 'scenario']));
    for (const question of questions) {
      expect(plainText(question.explanationHtml).length, `explanation of "${question.prompt}"`).toBeGreaterThan(40);
    }
  });

  it('gives every lesson sources, a past review date and key points', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const lesson of course.lessons) {
      expect(lesson.sources.length, `sources of ${lesson.id}`).toBeGreaterThan(0);
      for (const source of lesson.sources) expect(source.url).toMatch(/^https?:\/\//);
      expect(lesson.reviewed <= today, `${lesson.id} reviewed ${lesson.reviewed}, after today`).toBe(true);
      expect(lesson.keyPoints.length, `key points of ${lesson.id}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks what current evidence says and when to see a doctor', () => {
    const html = (id: string) => course.lessons.find((lesson) => lesson.id === id)!.slides.map((slide) => slide.html).join('');
    expect(html('how-serious')).toContain('callout-doctor');
    expect(html('lactic-acid')).toContain('callout-evidence');
    expect(html('motor-neurons')).toContain('callout-evidence');
  });

  // The source article lives beside the project, not in it: a clone of the project alone cannot compare against it.
  const copyCheck = '../shared/bin/copy-check';
  it(`is written in its own words (${existsSync(copyCheck) ? 'checked against the article' : 'article not available here'})`, () => {
    if (!existsSync(copyCheck)) return;
    let output = '';
    let status = 0;
    try {
      output = execFileSync('python3', [copyCheck], { encoding: 'utf8' });
    } catch (error) {
      ({ stdout: output, status } = error as { stdout: string; status: number });
    }
    expect(status, output).toBe(0);
    expect(output).toMatch(/0 run\(s\)/);
  });
});
