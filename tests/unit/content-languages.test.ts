/**
 * Checks on the course in its other languages, compiled the way the build compiles them: each translation holds the
 * same lessons, slides, boxes, questions, right answers, glossary terms and check paths as the English course, under
 * the same ids, so progress carries over when a learner switches language; it teaches and tests every claim; it reads
 * plainly (INFLESZ for Spanish); it keeps the course's voice; and the elements' sentences are all translated.
 */
import { describe, expect, it } from 'vitest';
import { compileCourse, contentPaths, type ContentFile, type Course } from '../../src/content/compile-course.js';
import type { Glossary } from '../../src/content/markdown.js';
import { parseGlossary } from '../../src/content/parse-glossary.js';
import { inflesz, infleszLevel, plainText, spanishWords } from '../../src/content/reading-level.js';
import type { Check, Quiz } from '../../src/content/types.js';
import { readContent } from '../../src/content/vite-plugin-content.js';
import { defaultLanguage, languageCodes, languages, type Language } from '../../src/course.config.js';
import { checkStrings } from '../../src/check/strings.js';
import { courseStrings } from '../../src/course/strings.js';
import { frameStrings } from '../../src/frame-strings.js';
import { lessonEndStrings } from '../../src/lesson/strings.js';
import type { Translation } from '../../src/locale.js';
import { progressStrings } from '../../src/progress/strings.js';
import { strings } from '../../src/strings.js';
import { claimIds } from './claim-ids.js';
import { slideText } from './slide-text.js';

/** Vitest runs with the project root as the working directory. */
const files: ContentFile[] = readContent(process.cwd());
const otherLanguages = languageCodes.filter((code) => code !== defaultLanguage);

/** One language's course with its glossary, which the compiled course keeps only inside the lessons' HTML. */
interface Content {
  language: Language;
  paths: ReturnType<typeof contentPaths>;
  course: Course;
  glossary: Glossary | null;
}

function compile(contentFiles: ContentFile[], language: Language): Content {
  const paths = contentPaths(language);
  const glossaryFile = contentFiles.find((file) => file.path === paths.glossary);
  return {
    language,
    paths,
    course: compileCourse(contentFiles, language),
    glossary: glossaryFile ? parseGlossary(glossaryFile.source, glossaryFile.path, language) : null,
  };
}

const english = compile(files, defaultLanguage);
const translations = new Map(otherLanguages.map((language) => [language, compile(files, language)]));
const translated = (language: Language) => translations.get(language)!;

/** The elements' sentences in each language other than the default one. */
const locales = import.meta.glob<{ translation: Translation }>('../../src/locales/*.ts', { eager: true });
const localeFile = (language: Language) => `src/locales/${language}.ts`;
const localeOf = (language: Language) => locales[`../../${localeFile(language)}`]?.translation;

/** The default language's sentences, by the group a translation gives them in. */
const englishStrings: Translation = {
  common: strings,
  course: courseStrings,
  lessonEnd: lessonEndStrings,
  progress: progressStrings,
  check: checkStrings,
  frame: frameStrings,
};

const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ');

// Parity: each function lists what differs, every entry naming the translated file and id, so a failure says where.

const BOX_KINDS = ['doctor', 'emergency', 'evidence', 'figure'] as const;

/** How many boxes of each kind a compiled slide holds: `:::doctor`, `:::emergency`, `:::evidence` and `:::figure`. */
function boxes(html: string): Record<(typeof BOX_KINDS)[number], number> {
  const count = (pattern: RegExp) => [...html.matchAll(pattern)].length;
  return {
    doctor: count(/<aside class="callout callout-doctor"/g),
    emergency: count(/<aside class="callout callout-emergency"/g),
    evidence: count(/<aside class="callout callout-evidence"/g),
    figure: count(/<div class="figure"/g),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sorted = (list: readonly string[]) => [...list].sort();

function lessonDifferences(en: Content, other: Content): string[] {
  const found: string[] = [];
  const enIds = en.course.lessons.map((lesson) => lesson.id);
  for (const lesson of en.course.lessons) {
    const enFile = en.course.lessonFiles.get(lesson.id)!;
    const translation = other.course.lessons.find((candidate) => candidate.id === lesson.id);
    if (!translation) {
      found.push(`${other.paths.lessonsDir}: no lesson has the id ${lesson.id} (English ${enFile})`);
      continue;
    }
    const where = `${other.course.lessonFiles.get(lesson.id)} (lesson ${lesson.id})`;
    if (translation.slides.length !== lesson.slides.length) {
      found.push(`${where}: ${translation.slides.length} slides, English ${enFile} has ${lesson.slides.length}`);
    }
    if (!sameList(sorted(translation.claims), sorted(lesson.claims))) {
      found.push(`${where}: claims [${translation.claims.join(', ')}], English has [${lesson.claims.join(', ')}]`);
    }
    lesson.slides.forEach((slide, i) => {
      const mine = translation.slides[i];
      if (!mine) return;
      const want = boxes(slide.html);
      const have = boxes(mine.html);
      for (const kind of BOX_KINDS) {
        if (have[kind] !== want[kind]) {
          found.push(`${where}, slide ${i + 1}: ${have[kind]} :::${kind} box(es), English has ${want[kind]}`);
        }
      }
    });
  }
  for (const lesson of other.course.lessons) {
    if (!enIds.includes(lesson.id)) {
      found.push(`${other.course.lessonFiles.get(lesson.id)}: lesson ${lesson.id} has no English lesson`);
    }
  }
  const otherIds = other.course.lessons.map((lesson) => lesson.id);
  if (otherIds.length === enIds.length && !sameList(otherIds, enIds)) {
    found.push(
      `${other.paths.lessonsDir}: lessons in the order [${otherIds.join(', ')}], English [${enIds.join(', ')}]`,
    );
  }
  return found;
}

const marks = (question: Quiz['questions'][number]) =>
  question.options.map((option) => (option.correct ? '[x]' : '[ ]')).join(' ');

function quizDifferences(en: Content, other: Content): string[] {
  const found: string[] = [];
  for (const [lessonId, quiz] of en.course.quizzes) {
    const enFile = en.course.quizFiles.get(lessonId)!;
    const translation = other.course.quizzes.get(lessonId);
    if (!translation) {
      found.push(`${other.paths.quizzesDir}: no quiz for lesson ${lessonId} (English ${enFile})`);
      continue;
    }
    const file = other.course.quizFiles.get(lessonId)!;
    const enIds = quiz.questions.map((question) => question.id);
    const ids = translation.questions.map((question) => question.id);
    for (const id of enIds.filter((id) => !ids.includes(id))) {
      found.push(`${file}: no question has the id ${id} (English ${enFile}); give its translation \`Id: ${id}\``);
    }
    for (const id of ids.filter((id) => !enIds.includes(id))) {
      found.push(`${file}: question ${id} has no English question in ${enFile}; its \`Id:\` must name one`);
    }
    const shared = (list: string[], among: string[]) => list.filter((id) => among.includes(id));
    if (!sameList(shared(ids, enIds), shared(enIds, ids))) {
      found.push(`${file}: questions in the order [${ids.join(', ')}], English [${enIds.join(', ')}]`);
    }
    for (const question of quiz.questions) {
      const mine = translation.questions.find((candidate) => candidate.id === question.id);
      if (!mine) continue;
      const where = `${file}, question ${question.id}`;
      if (mine.options.length !== question.options.length) {
        found.push(`${where}: ${mine.options.length} options, English has ${question.options.length}`);
      } else if (marks(mine) !== marks(question)) {
        found.push(`${where}: right answers ${marks(mine)}, English ${marks(question)}`);
      }
      if (mine.kind !== question.kind) found.push(`${where}: a ${mine.kind} question, English is ${question.kind}`);
      if (mine.slide !== question.slide) found.push(`${where}: Slide: ${mine.slide}, English Slide: ${question.slide}`);
      if (!sameList(sorted(mine.claims), sorted(question.claims))) {
        found.push(`${where}: Claims: ${mine.claims.join(', ')}, English Claims: ${question.claims.join(', ')}`);
      }
    }
  }
  for (const lessonId of other.course.quizzes.keys()) {
    if (!en.course.quizzes.has(lessonId)) {
      found.push(
        `${other.course.quizFiles.get(lessonId)}: a quiz for lesson ${lessonId}, which English has no quiz for`,
      );
    }
  }
  return found;
}

function glossaryDifferences(en: Content, other: Content): string[] {
  if (!en.glossary) return other.glossary ? [`${other.paths.glossary}: English has no glossary`] : [];
  if (!other.glossary) return [`${other.paths.glossary}: missing (English ${en.paths.glossary})`];
  const found: string[] = [];
  for (const [id, entry] of en.glossary) {
    if (!other.glossary.has(id)) {
      found.push(`${other.paths.glossary}: no term {#${id}} (English "${entry.term}" in ${en.paths.glossary})`);
    }
  }
  for (const [id, entry] of other.glossary) {
    if (!en.glossary.has(id)) {
      found.push(`${other.paths.glossary}: term "${entry.term}" {#${id}} has no English term with that id`);
    }
  }
  return found;
}

function helpDifferences(en: Content, other: Content): string[] {
  const enHelp = en.course.help;
  const help = other.course.help;
  if (!enHelp) return help ? [`${other.paths.help}: English has no help panel`] : [];
  if (!help) return [`${other.paths.help}: missing (English ${en.paths.help})`];
  return help.sections.length === enHelp.sections.length
    ? []
    : [`${other.paths.help}: ${help.sections.length} sections, English ${en.paths.help} has ${enHelp.sections.length}`];
}

function checkDifferences(en: Content, other: Content): string[] {
  const enCheck = en.course.check;
  const check = other.course.check;
  if (!enCheck) return check ? [`${other.paths.check}: English has no check`] : [];
  if (!check) return [`${other.paths.check}: missing (English ${en.paths.check})`];
  const file = other.paths.check;
  const found: string[] = [];
  const compare = <T extends { id: string }>(kind: string, want: T[], have: T[], detail: (a: T, b: T) => string[]) => {
    const wantIds = want.map((item) => item.id);
    const haveIds = have.map((item) => item.id);
    for (const id of wantIds.filter((id) => !haveIds.includes(id))) found.push(`${file}: no ${kind} ${id}`);
    for (const id of haveIds.filter((id) => !wantIds.includes(id))) {
      found.push(`${file}: ${kind} ${id} has no English ${kind} with that id`);
    }
    if (wantIds.length === haveIds.length && !sameList(haveIds, wantIds)) {
      found.push(`${file}: ${kind}s in the order [${haveIds.join(', ')}], English [${wantIds.join(', ')}]`);
    }
    for (const item of want) {
      const mine = have.find((candidate) => candidate.id === item.id);
      if (mine) found.push(...detail(item, mine).map((problem) => `${file}, ${kind} ${item.id}: ${problem}`));
    }
  };
  compare('question', enCheck.questions, check.questions, (want, have) => {
    const wantNext = want.options.map((option) => option.next);
    const haveNext = have.options.map((option) => option.next);
    return sameList(haveNext, wantNext)
      ? []
      : [`options lead to [${haveNext.join(', ')}], English to [${wantNext.join(', ')}]`];
  });
  compare('outcome', enCheck.outcomes, check.outcomes, (want, have) => [
    ...(have.level === want.level ? [] : [`Level: ${have.level}, English Level: ${want.level}`]),
    ...(have.lesson === want.lesson && have.slide === want.slide
      ? []
      : [`Slide: ${have.lesson} ${have.slide}, English Slide: ${want.lesson} ${want.slide}`]),
  ]);
  return found;
}

/** Every sentence of every English group translated, each a string or a function taking as many arguments. */
function stringDifferences(translation: Translation | undefined, file: string): string[] {
  if (!translation) return [`${file}: missing (it must export \`translation\`)`];
  const found: string[] = [];
  const shape = (value: unknown) =>
    typeof value === 'function' ? `a function of ${value.length} argument(s)` : `a ${typeof value}`;
  for (const [group, sentences] of Object.entries(englishStrings) as [string, Record<string, unknown>][]) {
    const mine = (translation as unknown as Record<string, Record<string, unknown> | undefined>)[group];
    if (!mine) {
      found.push(`${file}: the group ${group} is missing`);
      continue;
    }
    for (const [key, value] of Object.entries(sentences)) {
      if (!Object.hasOwn(mine, key)) found.push(`${file}: ${group}.${key} is missing`);
      else if (shape(mine[key]) !== shape(value)) {
        found.push(`${file}: ${group}.${key} is ${shape(mine[key])}, English ${shape(value)}`);
      }
    }
    for (const key of Object.keys(mine).filter((key) => !Object.hasOwn(sentences, key))) {
      found.push(`${file}: ${group}.${key} has no English sentence`);
    }
  }
  const groups = Object.keys(englishStrings);
  for (const group of Object.keys(translation).filter((key) => !groups.includes(key))) {
    found.push(`${file}: the group ${group} has no English group`);
  }
  return found;
}

describe.each(otherLanguages)('the course in %s', (language) => {
  const content = translated(language);

  describe('parity with English, so progress carries over between languages', () => {
    it('has every English lesson, with the same id, slides, claims and boxes on each slide', () => {
      expect(lessonDifferences(english, content)).toEqual([]);
    });

    it('has every English quiz, with the same questions in the same order, answers, kinds and slides', () => {
      expect(quizDifferences(english, content)).toEqual([]);
    });

    it('has the same glossary terms', () => {
      expect(glossaryDifferences(english, content)).toEqual([]);
    });

    it('has a help panel with as many sections', () => {
      expect(helpDifferences(english, content)).toEqual([]);
    });

    it('has the same check: question ids, where each option leads, outcome ids and levels', () => {
      expect(checkDifferences(english, content)).toEqual([]);
    });

    it('translates every sentence of the elements, and nothing English lacks', () => {
      expect(stringDifferences(localeOf(language), localeFile(language))).toEqual([]);
    });

    it('compares real content, not two empty courses', () => {
      expect(content.course.lessons.length, `lessons in ${content.paths.lessonsDir}`).toBeGreaterThan(0);
      expect(content.course.quizzes.size, `quizzes in ${content.paths.quizzesDir}`).toBeGreaterThan(0);
      expect(content.glossary?.size ?? 0, content.paths.glossary).toBeGreaterThan(0);
    });
  });

  describe('claims', () => {
    const knownClaims = Object.keys(claimIds);
    const questions = [...content.course.quizzes.values()].flatMap((quiz) =>
      quiz.questions.map((question) => ({ ...question, file: content.course.quizFiles.get(quiz.lesson)! })),
    );

    it('teaches every claim in at least one lesson', () => {
      const taught = new Set(content.course.lessons.flatMap((lesson) => lesson.claims));
      const untaught = knownClaims.filter((id) => !taught.has(id)).map((id) => `${id}: ${claimIds[id]}`);
      expect(untaught, `claims that no lesson in ${content.paths.lessonsDir} lists under \`claims:\``).toEqual([]);
    });

    it('tests every claim in at least one question', () => {
      const tested = new Set(questions.flatMap((question) => question.claims));
      const untested = knownClaims.filter((id) => !tested.has(id)).map((id) => `${id}: ${claimIds[id]}`);
      expect(untested, `claims that no question in ${content.paths.quizzesDir} lists on a \`Claims:\` line`).toEqual(
        [],
      );
    });

    it('names only known claim ids', () => {
      const known = new Set(knownClaims);
      const unknown = [
        ...content.course.lessons.flatMap((lesson) =>
          lesson.claims
            .filter((id) => !known.has(id))
            .map((id) => `${content.course.lessonFiles.get(lesson.id)}: ${id}`),
        ),
        ...questions.flatMap((question) =>
          question.claims
            .filter((id) => !known.has(id))
            .map((id) => `${question.file}, question ${question.id}: ${id}`),
        ),
      ];
      expect(unknown, 'claim ids that tests/unit/claim-ids.ts does not define').toEqual([]);
    });
  });

  describe('voice', () => {
    // Learners never see the source article, so no language points at it; links' addresses are not text.
    const ARTICLE: Partial<Record<Language, RegExp>> = { es: /(?<!\p{L})art[ií]culos?(?!\p{L})/iu };
    const mentions = (text: string) => /\barticles?\b/i.test(text) || (ARTICLE[language]?.test(text) ?? false);
    const check = content.course.check;
    const texts = [
      ...content.course.lessons.map((lesson) => ({
        where: content.course.lessonFiles.get(lesson.id)!,
        text: [lesson.title, lesson.summary, ...lesson.objectives, ...lesson.keyPoints, slideText(lesson)].join('\n'),
      })),
      ...[...content.course.quizzes.values()].flatMap((quiz) =>
        quiz.questions.map((question) => ({
          where: `${content.course.quizFiles.get(quiz.lesson)}, question ${question.id}`,
          text: stripTags(
            [
              question.prompt,
              question.scenarioHtml,
              question.explanationHtml,
              ...question.options.map((option) => option.html),
            ].join('\n'),
          ),
        })),
      ),
      ...(content.course.help?.sections ?? []).map((section, i) => ({
        where: `${content.paths.help}, section ${i + 1}`,
        text: stripTags(`${section.headingHtml}\n${section.html}`),
      })),
      ...(check
        ? [
            {
              where: content.paths.check,
              text: stripTags(`${check.title}\n${check.introHtml}\n${check.disclaimerHtml}`),
            },
            ...check.questions.map((question) => ({
              where: `${content.paths.check}, question ${question.id}`,
              text: stripTags([question.html, question.detailHtml, ...question.options.map((o) => o.html)].join('\n')),
            })),
            ...check.outcomes.map((outcome) => ({
              where: `${content.paths.check}, outcome ${outcome.id}`,
              text: stripTags(`${outcome.headingHtml}\n${outcome.html}`),
            })),
          ]
        : []),
      ...[...(content.glossary ?? [])].map(([id, entry]) => ({
        where: `${content.paths.glossary}, term ${id}`,
        text: stripTags(`${entry.term}\n${entry.html}`),
      })),
    ];

    it('never speaks of "the article" in a lesson, question, help panel, check or glossary', () => {
      expect(texts.length).toBeGreaterThan(content.course.lessons.length);
      expect(texts.filter(({ text }) => mentions(text)).map(({ where }) => where)).toEqual([]);
    });

    it('is caught saying it, so the check above can fail', () => {
      expect(mentions('Then, the article says, you can relax.')).toBe(true);
      if (language === 'es') {
        expect(mentions('Según el artículo, puede descansar.')).toBe(true);
        expect(mentions('Este artículo lo explica.')).toBe(true);
        expect(mentions('Los articulos dicen otra cosa.')).toBe(true);
        expect(mentions('Suele ser demasiado débil para mover una articulación.')).toBe(false);
      }
    });

    it(`shows its own default emergency number wherever content writes {{emergency}}`, () => {
      const html = [
        ...content.course.lessons.flatMap((lesson) => lesson.slides.map((slide) => slide.html)),
        ...[...content.course.quizzes.values()].flatMap((quiz) =>
          quiz.questions.flatMap((q) => [q.scenarioHtml, q.explanationHtml, ...q.options.map((o) => o.html)]),
        ),
        ...(content.course.help?.sections ?? []).flatMap((section) => [section.headingHtml, section.html]),
        ...(check ? [...check.outcomes.map((outcome) => `${outcome.headingHtml}\n${outcome.html}`)] : []),
      ].join('\n');
      const shown = [...html.matchAll(/<span class="emergency-number"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);
      expect(shown.length, 'emergency numbers in the compiled content').toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set([languages[language].emergencyNumbers]));
      expect(html, 'content left uncompiled').not.toContain('{{emergency}}');
      if (language === 'es') expect(languages.es.emergencyNumbers).toBe('112 o 911');
    });
  });
});

describe('the course in Spanish', () => {
  const spanish = translated('es');

  describe('reading level (INFLESZ)', () => {
    const MIN_INFLESZ = 65;
    const round = (score: number) => Math.round(score * 10) / 10;

    it(`scores ${MIN_INFLESZ} or more ("bastante fácil" or easier) in every lesson`, () => {
      const scores = Object.fromEntries(
        spanish.course.lessons.map((lesson) => [lesson.id, round(inflesz(slideText(lesson)))]),
      );
      console.log(
        'INFLESZ score of each Spanish lesson (slide headings and text):',
        Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, `${score} (${infleszLevel(score)})`])),
      );
      for (const [id, score] of Object.entries(scores)) {
        expect(
          score,
          `${spanish.course.lessonFiles.get(id)} scores ${score} (${infleszLevel(score)})`,
        ).toBeGreaterThanOrEqual(MIN_INFLESZ);
      }
    });

    it('measures real slide text, not an empty string', () => {
      for (const lesson of spanish.course.lessons) {
        const text = slideText(lesson);
        expect(spanishWords(plainText(text)).length, `words on the slides of ${lesson.id}`).toBeGreaterThan(200);
        expect(text, `${lesson.id}: markup left in the measured text`).not.toMatch(/<[a-z/][^>]*>|&[a-z]+;/);
      }
    });
  });

  describe('medical terms', () => {
    const lessonText = spanish.course.lessons.map(slideText).join('\n');
    const glossaryText = [...(spanish.glossary ?? [])]
      .map(([, entry]) => `${entry.term}\n${stripTags(entry.html)}`)
      .join('\n');
    const terms: [string, RegExp][] = [
      ['fasciculación', /fasciculación/i],
      ['esclerosis lateral amiotrófica', /esclerosis lateral amiotrófica/i],
      ['ELA', /(?<!\p{L})ELA(?!\p{L})/u],
      ['rabdomiólisis', /rabdomiólisis/i],
      ['síndrome de Guillain-Barré', /síndrome de Guillain-Barré/i],
    ];

    it.each(terms)('names %s in the lessons', (_, pattern) => {
      expect(lessonText, `slides of ${spanish.paths.lessonsDir}`).toMatch(pattern);
    });

    it.each(terms)('names %s in the glossary', (_, pattern) => {
      expect(glossaryText, spanish.paths.glossary).toMatch(pattern);
    });
  });
});

describe('the parity checks can fail', () => {
  const language = 'es' as const;
  const swap = (path: string, change: (source: string) => string) =>
    files.map((file) => (file.path === path ? { ...file, source: change(file.source) } : file));
  const spanish = translated(language);
  const quizFile = spanish.course.quizFiles.get('what-is-twitching')!;
  const quiz = spanish.course.quizzes.get('what-is-twitching')!;

  it('reports a question whose translation is removed, by its id and file', () => {
    const removed = quiz.questions[1]!.id;
    const changed = swap(quizFile, (source) =>
      source
        .split(/(?=^## )/m)
        .filter((block) => !block.includes(`Id: ${removed}`))
        .join(''),
    );
    expect(quizDifferences(english, compile(changed, language))).toContainEqual(
      expect.stringMatching(new RegExp(`^${quizFile}: no question has the id ${removed} `)),
    );
  });

  it('reports a true/false question whose right answer moved', () => {
    const [trueWord, falseWord] = languages[language].trueFalse;
    const question = quiz.questions.find((q) => q.kind === 'true-false' && q.options[1]!.correct)!;
    const changed = swap(quizFile, (source) =>
      source.replace(`- [ ] ${trueWord}\n- [x] ${falseWord}`, `- [x] ${trueWord}\n- [ ] ${falseWord}`),
    );
    expect(quizDifferences(english, compile(changed, language))).toContain(
      `${quizFile}, question ${question.id}: right answers [x] [ ], English [ ] [x]`,
    );
  });

  it('reports a box of another kind on a slide', () => {
    const lessonFile = spanish.course.lessonFiles.get('how-serious')!;
    const slide = spanish.course.lessons
      .find((lesson) => lesson.id === 'how-serious')!
      .slides.findIndex((s) => boxes(s.html).doctor > 0);
    const changed = swap(lessonFile, (source) => source.replace(':::doctor', ':::evidence'));
    const found = lessonDifferences(english, compile(changed, language));
    expect(found).toContain(
      `${lessonFile} (lesson how-serious), slide ${slide + 1}: 0 :::doctor box(es), English has 1`,
    );
  });

  it('reports a glossary term English lacks', () => {
    const changed = swap(spanish.paths.glossary, (source) => `${source}\n## Inventado {#made-up}\n\nNo existe.\n`);
    expect(glossaryDifferences(english, compile(changed, language))).toEqual([
      `${spanish.paths.glossary}: term "Inventado" {#made-up} has no English term with that id`,
    ]);
  });

  it('reports a help panel with a section less', () => {
    const changed = swap(spanish.paths.help, (source) => source.slice(0, source.lastIndexOf('\n## ') + 1));
    expect(helpDifferences(english, compile(changed, language))).toEqual([
      expect.stringMatching(new RegExp(`^${spanish.paths.help}: \\d+ sections, English`)),
    ]);
  });

  it('reports a check outcome with another level and an option that leads elsewhere', () => {
    const check = spanish.course.check!;
    const [first, ...rest] = check.questions;
    const changed: Check = {
      ...check,
      questions: [{ ...first!, options: [...first!.options].reverse() }, ...rest],
      outcomes: check.outcomes.map((outcome, i) => (i === 0 ? { ...outcome, level: 'harmless' } : outcome)),
    };
    const found = checkDifferences(english, { ...spanish, course: { ...spanish.course, check: changed } });
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${spanish.paths.check}, question ${first!.id}: `)));
    expect(found).toContain(
      `${spanish.paths.check}, outcome ${check.outcomes[0]!.id}: Level: harmless, English Level: ${check.outcomes[0]!.level}`,
    );
  });

  it('reports a sentence missing, one with another number of arguments and one English lacks', () => {
    const translation = localeOf(language)!;
    const { loading: _, ...common } = translation.common;
    const changed = {
      ...translation,
      common: { ...common, slideOf: (n: number) => `${n}` },
      frame: { ...translation.frame, extra: 'Sobra' },
    } as unknown as Translation;
    expect(stringDifferences(changed, localeFile(language))).toEqual([
      `${localeFile(language)}: common.loading is missing`,
      `${localeFile(language)}: common.slideOf is a function of 1 argument(s), English a function of 2 argument(s)`,
      `${localeFile(language)}: frame.extra has no English sentence`,
    ]);
  });
});
