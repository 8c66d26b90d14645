/**
 * Checks on the real course content, compiled the way the build compiles it: every claim of the article taught
 * and tested, plain reading level, enough questions of every kind, sources and review dates, key points for the
 * printable summary, the evidence and doctor boxes where they belong, and the course's own wording.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECKS_DIR,
  compileCourse,
  contentPaths,
  HELP_FILE,
  type ContentFile,
} from '../../src/content/compile-course.js';
import { fleschKincaidGrade, plainText, words } from '../../src/content/reading-level.js';
import type { QuestionKind } from '../../src/content/types.js';
import { readContent } from '../../src/content/vite-plugin-content.js';
import { claimIds } from './claim-ids.js';
import { slideText } from './slide-text.js';

/** Vitest runs with the project root as the working directory. */
const root = process.cwd();

const files: ContentFile[] = readContent(root).filter((file) => !file.path.startsWith(CHECKS_DIR));
const course = compileCourse(files);
const questions = [...course.quizzes.values()].flatMap((quiz) =>
  quiz.questions.map((question) => ({
    ...question,
    quiz: quiz.lesson,
    where: `quiz ${quiz.lesson}, question "${question.prompt}"`,
  })),
);
const knownClaims = Object.keys(claimIds);

/** Lesson text limit (Flesch–Kincaid grade) and the stricter one for the key points of the printable summary. */
const MAX_LESSON_GRADE = 8;
const MAX_KEY_POINT_GRADE = 8;
const MIN_QUESTIONS = 40;

const round = (grade: number) => Math.round(grade * 10) / 10;

/** Today's date in the local time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD text that names a day that exists, e.g. not 2026-02-30. */
function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const lessonById = (id: string) => {
  const lesson = course.lessons.find((candidate) => candidate.id === id);
  if (!lesson) throw new Error(`no lesson has the id ${id}`);
  return lesson;
};
const lessonHtml = (id: string) =>
  lessonById(id)
    .slides.map((slide) => slide.html)
    .join('\n');

describe('the course content', () => {
  it('has six lessons, each with a quiz', () => {
    expect(course.lessons.map((lesson) => lesson.id)).toEqual([
      'what-is-twitching',
      'lactic-acid',
      'motor-neurons',
      'workouts',
      'how-serious',
      'prevention',
    ]);
    const withoutQuiz = course.lessons.filter((lesson) => !course.quizzes.has(lesson.id)).map((lesson) => lesson.id);
    expect(withoutQuiz, 'lessons without a quiz').toEqual([]);
  });

  describe('claims of the article', () => {
    it('teaches every claim in at least one lesson', () => {
      const taught = new Set(course.lessons.flatMap((lesson) => lesson.claims));
      const untaught = knownClaims.filter((id) => !taught.has(id)).map((id) => `${id}: ${claimIds[id]}`);
      expect(untaught, 'claims that no lesson lists under `claims:`').toEqual([]);
    });

    it('tests every claim in at least one question', () => {
      const tested = new Set(questions.flatMap((question) => question.claims));
      const untested = knownClaims.filter((id) => !tested.has(id)).map((id) => `${id}: ${claimIds[id]}`);
      expect(untested, 'claims that no question lists on a `Claims:` line').toEqual([]);
    });

    it('names only known claim ids', () => {
      const known = new Set(knownClaims);
      const unknown = [
        ...course.lessons.flatMap((lesson) =>
          lesson.claims.filter((id) => !known.has(id)).map((id) => `lesson ${lesson.id}: ${id}`),
        ),
        ...questions.flatMap((question) =>
          question.claims.filter((id) => !known.has(id)).map((id) => `${question.where}: ${id}`),
        ),
      ];
      expect(unknown, 'claim ids that tests/unit/claim-ids.ts does not define').toEqual([]);
    });
  });

  describe('reading level', () => {
    it(`reads at Flesch–Kincaid grade ${MAX_LESSON_GRADE} or below in every lesson`, () => {
      const grades = Object.fromEntries(
        course.lessons.map((lesson) => [lesson.id, round(fleschKincaidGrade(slideText(lesson)))]),
      );
      console.log('Flesch–Kincaid grade of each lesson (slide headings and text):', grades);
      for (const [id, grade] of Object.entries(grades)) {
        expect(grade, `lesson ${id} reads at grade ${grade}`).toBeLessThanOrEqual(MAX_LESSON_GRADE);
      }
    });

    it('measures real slide text, not an empty string', () => {
      for (const lesson of course.lessons) {
        const text = slideText(lesson);
        expect(words(plainText(text)).length, `words on the slides of ${lesson.id}`).toBeGreaterThan(200);
        expect(text, `${lesson.id}: markup left in the measured text`).not.toMatch(/<[a-z/][^>]*>|&[a-z]+;/);
      }
    });
  });

  describe('questions', () => {
    it(`has at least ${MIN_QUESTIONS} questions in all`, () => {
      const perQuiz = Object.fromEntries([...course.quizzes].map(([id, quiz]) => [id, quiz.questions.length]));
      expect(questions.length, `questions per quiz: ${JSON.stringify(perQuiz)}`).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    });

    it('gives every question an explanation', () => {
      const unexplained = questions
        .filter((question) => words(plainText(question.explanationHtml)).length < 8)
        .map((question) => question.where);
      expect(unexplained, 'questions whose explanation is missing or under 8 words').toEqual([]);
    });

    it('has single-choice, multiple-select, true/false and scenario questions in every quiz', () => {
      const kinds: QuestionKind[] = ['single', 'multiple', 'true-false', 'scenario'];
      expect(new Set(questions.map((question) => question.kind)), 'kinds in the whole bank').toEqual(new Set(kinds));
      for (const [id, quiz] of course.quizzes) {
        const present = new Set(quiz.questions.map((question) => question.kind));
        expect(
          kinds.filter((kind) => !present.has(kind)),
          `kinds missing from quiz ${id}`,
        ).toEqual([]);
      }
    });
  });

  describe('lesson front matter', () => {
    it('gives every lesson http(s) sources', () => {
      for (const lesson of course.lessons) {
        expect(lesson.sources.length, `sources of lesson ${lesson.id}`).toBeGreaterThan(0);
        for (const source of lesson.sources) {
          expect(source.url, `lesson ${lesson.id}, source "${source.title}"`).toMatch(
            /^https?:\/\/[^\s/]+\.[^\s/]+\/?\S*$/,
          );
        }
      }
    });

    it('gives every lesson a review date that is a real day, not in the future', () => {
      const now = today();
      for (const lesson of course.lessons) {
        expect(isRealDate(lesson.reviewed), `lesson ${lesson.id}: reviewed ${lesson.reviewed} is not a real date`).toBe(
          true,
        );
        expect(lesson.reviewed <= now, `lesson ${lesson.id}: reviewed ${lesson.reviewed} is after today, ${now}`).toBe(
          true,
        );
      }
    });

    it('gives every lesson a next review date after its last review', () => {
      for (const lesson of course.lessons) {
        expect(
          isRealDate(lesson.nextReview),
          `lesson ${lesson.id}: nextReview ${lesson.nextReview} is not a real date`,
        ).toBe(true);
        expect(
          lesson.nextReview > lesson.reviewed,
          `lesson ${lesson.id}: nextReview ${lesson.nextReview} is not after ${lesson.reviewed}`,
        ).toBe(true);
      }
    });

    it(`gives every lesson 2 to 4 key points, short and plain (grade ${MAX_KEY_POINT_GRADE} or below)`, () => {
      const grades: Record<string, number> = {};
      for (const lesson of course.lessons) {
        const points = lesson.keyPoints;
        expect(points.length, `number of key points of lesson ${lesson.id}`).toBeGreaterThanOrEqual(2);
        expect(points.length, `number of key points of lesson ${lesson.id}`).toBeLessThanOrEqual(4);
        for (const point of points) {
          expect(point, `key point of ${lesson.id} should be a sentence`).toMatch(/^[A-Z].*[.!?]$/);
          expect(words(point).length, `key point of ${lesson.id} is long: "${point}"`).toBeLessThanOrEqual(25);
        }
        grades[lesson.id] = round(fleschKincaidGrade(points.join('\n\n')));
      }
      console.log('Flesch–Kincaid grade of each lesson’s key points:', grades);
      for (const [id, grade] of Object.entries(grades)) {
        expect(grade, `key points of ${id} read at grade ${grade}`).toBeLessThanOrEqual(MAX_KEY_POINT_GRADE);
      }
    });

    it('sums up when to see a doctor in lesson 5 and how to prevent twitches in lesson 6', () => {
      const redFlags = lessonById('how-serious').keyPoints.join(' ');
      expect(redFlags, 'key points of how-serious').toMatch(/see a doctor if/i);
      expect(redFlags, 'key points of how-serious').toMatch(/weak/i);
      expect(redFlags, 'key points of how-serious').toMatch(/emergency/i);
      const prevention = lessonById('prevention').keyPoints.join(' ');
      for (const step of [/drink/i, /salt/i, /build up slowly/i, /rest/i, /stretch/i]) {
        expect(prevention, `key points of prevention should mention ${step}`).toMatch(step);
      }
    });
  });

  describe('voice', () => {
    // The source article is where the claims came from; learners never see it, so the course never points at it.
    const ARTICLE = /\barticles?\b/i;
    const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ');

    it('never speaks of "the article" in any lesson text, key point, summary or objective', () => {
      const mentions = course.lessons.flatMap((lesson) =>
        [lesson.title, lesson.summary, ...lesson.objectives, ...lesson.keyPoints, slideText(lesson)]
          .filter((text) => ARTICLE.test(text))
          .map(
            (text) =>
              `lesson ${lesson.id}: …${text.slice(Math.max(0, text.search(ARTICLE) - 40), text.search(ARTICLE) + 30)}…`,
          ),
      );
      expect(mentions).toEqual([]);
    });

    it('never speaks of "the article" in a question, option or explanation, or in the help panel', () => {
      const texts = [
        ...questions.flatMap((question) =>
          [
            question.prompt,
            question.scenarioHtml,
            question.explanationHtml,
            ...question.options.map((option) => option.html),
          ].map((text) => ({
            where: question.where,
            text: stripTags(text),
          })),
        ),
        ...course.help!.sections.map((section) => ({
          where: 'help panel',
          text: stripTags(section.headingHtml + section.html),
        })),
      ];
      expect(texts.filter(({ text }) => ARTICLE.test(text)).map(({ where }) => where)).toEqual([]);
    });

    it('is caught saying it, so the checks above can fail', () => {
      expect(ARTICLE.test('Then, the article says, you can relax.')).toBe(true);
      expect(ARTICLE.test('Articles of clothing')).toBe(true);
      expect(ARTICLE.test('You may have heard that lactic acid is to blame.')).toBe(false);
    });
  });

  describe('urgent help', () => {
    const helpText = () => course.help!.sections.map((section) => `${section.headingHtml}\n${section.html}`);

    it('has a help panel, most urgent first, that names the emergency number in its first heading', () => {
      expect(course.help, 'lessons/help.md').not.toBeNull();
      expect(course.help!.sections.length, 'levels of urgency').toBeGreaterThanOrEqual(3);
      expect(course.help!.sections[0]!.headingHtml).toContain('class="emergency-number"');
    });

    it.each([
      ['stroke signs spelled out as FAST', /FAST/],
      ['rhabdomyolysis', /rhabdomyolysis/i],
      ['dark pee', /dark|brown/i],
      ['weakness spreading with tingling from the feet', /tingling/i],
      ['over-drinking in long events', /drink/i],
      ['breathing trouble', /breath/i],
      ['what real weakness is', /rest days/i],
    ])('names %s in the help panel', (_, pattern) => {
      expect(helpText().join('\n')).toMatch(pattern);
    });

    it('gives rhabdomyolysis its own emergency box in lesson 5', () => {
      const boxes = [
        ...lessonHtml('how-serious').matchAll(/<aside class="callout callout-emergency"[\s\S]*?<\/aside>/g),
      ].map((m) => m[0]);
      expect(
        boxes.some((box) => /rhabdomyolysis/i.test(box) && /emergency department/i.test(box)),
        'an emergency box about rhabdomyolysis',
      ).toBe(true);
    });
  });

  describe('boxes', () => {
    it('has a "See a doctor" box in lesson 5', () => {
      expect(lessonHtml('how-serious'), 'lesson how-serious').toContain('callout-doctor');
    });

    it.each(['lactic-acid', 'motor-neurons'])('has an evidence note in lesson %s', (id) => {
      expect(lessonHtml(id), `lesson ${id}`).toContain('callout-evidence');
    });
  });

  describe('figures', () => {
    const figureFiles = files.filter((file) => file.path.startsWith(contentPaths().figuresDir));
    const figuresIn = (html: string) =>
      [...html.matchAll(/<div class="figure"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    const inLesson = (id: string, slide: number) => figuresIn(lessonById(id).slides[slide - 1]!.html);

    it.each(figureFiles.map((file) => [file.path, file.source]))('keeps %s within 4 KB gzipped', (_, source) => {
      expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(4096);
    });

    it('shows every figure file in a lesson', () => {
      const shown = course.lessons.flatMap((lesson) => lesson.slides.flatMap((slide) => figuresIn(slide.html)));
      expect(shown.length, 'figures on the slides').toBe(figureFiles.length);
    });

    it.each([
      ['what-is-twitching', 2, 'Twitch, cramp, tremor and spasm'],
      ['what-is-twitching', 4, 'Where twitches show up'],
      ['lactic-acid', 4, 'Blood lactate'],
      ['motor-neurons', 4, 'A motor unit'],
      ['how-serious', 2, 'How soon to get help'],
    ])('puts a figure on %s slide %i, the slide it illustrates: "%s…"', (id, slide, title) => {
      const [figure] = inLesson(id, slide);
      expect(figure, `a figure on ${id} slide ${slide}`).toBeDefined();
      const svg = /<svg role="img" aria-labelledby="([\w-]+)" aria-describedby="([\w-]+)"/.exec(figure!);
      expect(svg, 'an inline SVG image named by its title and described by its description').not.toBeNull();
      expect(figure).toContain(`<title id="${svg![1]}">${title}`);
      expect(figure).toMatch(new RegExp(`<desc id="${svg![2]}">[^<]{40,}</desc>`));
    });

    it('charts blood lactate with the figures of the study lesson 2 cites, and gives them as a table', () => {
      const slide = lessonById('lactic-acid').slides[3]!.html;
      const menzies = lessonById('lactic-acid').sources.find((source) => source.title.includes('Menzies'))!;
      expect(slide, 'the source line names the cited study').toContain(`<a href="${menzies.url}"`);
      const table = /<details><summary>[^<]+<\/summary><table>[\s\S]*?<\/table>\s*<\/details>/.exec(slide)?.[0] ?? '';
      expect(table, 'the chart data as a table').toContain('<th>Blood lactate (mmol/L)</th>');
      expect(table).toMatch(/<td>0<\/td>\s*<td>1\.0, measured<\/td>/);
      expect(table).toMatch(/<td>5<\/td>\s*<td>3\.9, measured<\/td>/);
      expect(table).toMatch(/about 60/);
    });

    it('charts the same steps as the help panel, in its order and words, then what is fine to watch', () => {
      const chart = files.find((file) => file.path === `${contentPaths().figuresDir}when-to-get-help.svg`)!.source;
      // Each step's heading is a bold text of the chart, a long one broken over two lines.
      const headings = /<g [^>]*font-weight="bold">([\s\S]*?)<\/g>/.exec(chart)?.[1] ?? '';
      const steps = [...headings.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
        match[1]!.replace(/<[^>]+>/g, ''),
      );
      const help = course.help!.sections.map((section) =>
        section.headingHtml
          .replace(/<span class="emergency-number"[^>]*>[^<]*<\/span>/, 'the emergency number')
          .replace(/<[^>]+>/g, ''),
      );
      const helpSource = files.find((file) => file.path === HELP_FILE)!.source;
      expect(help.length, 'sections in lessons/help.md').toBe([...helpSource.matchAll(/^## /gm)].length);
      expect(steps).toEqual([...help, 'Fine to watch']);
    });
  });

  // The source article is kept beside the project, not in it, so a clone of the project alone has nothing to
  // compare against; there the check is skipped, and says so.
  const copyCheck = resolve(root, '../shared/bin/copy-check');

  it.skipIf(!existsSync(copyCheck))('is written in its own words (copy-check against the article)', () => {
    const run = spawnSync('python3', [copyCheck], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`.trim();
    console.log(output);
    expect(run.status, `copy-check failed:\n${output}`).toBe(0);
    expect(output, 'copy-check summary').toMatch(/copy-check: 0 run\(s\)/);
  });
});
