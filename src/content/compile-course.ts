import { courseChecks, defaultLanguage, languages, type Language } from '../course.config.js';
import { ContentError } from './content-error.js';
import { compileFigures, figureBlock, figureCheck, FIGURES_DIR } from './figures.js';
import { createMarkdown, type Glossary } from './markdown.js';
import { parseCheck } from './parse-check.js';
import { parseGlossary } from './parse-glossary.js';
import { parseHelp } from './parse-help.js';
import { parseLesson } from './parse-lesson.js';
import { parseQuiz } from './parse-quiz.js';
import type { Check, Help, Lesson, LessonSummary, Quiz } from './types.js';

export interface ContentFile {
  /** Path relative to the project root, e.g. `lessons/01-what-is-twitching.md` or `lessons/figures/motor-unit.svg`. */
  path: string;
  source: string;
}

export interface Course {
  lessons: Lesson[];
  quizzes: Map<string, Quiz>;
  /** The path each lesson and quiz was compiled from, by lesson id. */
  lessonFiles: Map<string, string>;
  quizFiles: Map<string, string>;
  /** The "Get help now" panel, or null when the content has none. */
  help: Help | null;
  /** The "Should I see a doctor?" check, or null when the content has none. */
  check: Check | null;
}

/** Where each kind of file of a language lives (its lessons and quizzes folders are set in course.config.ts). */
export function contentPaths(language: Language = defaultLanguage) {
  const { lessonsDir, quizzesDir } = languages[language];
  /** Checks live under the quizzes but are no quiz: they are walked through, not scored. */
  const checksDir = `${quizzesDir}checks/`;
  return {
    lessonsDir,
    quizzesDir,
    figuresDir: `${lessonsDir}${FIGURES_DIR}`,
    glossary: `${lessonsDir}glossary.md`,
    help: `${lessonsDir}help.md`,
    checksDir,
    check: `${checksDir}see-a-doctor.md`,
  };
}

/** The default language's files, as the course's messages name them. */
export const { glossary: GLOSSARY_FILE, help: HELP_FILE, checksDir: CHECKS_DIR, check: CHECK_FILE } = contentPaths();

/** Whether `path` sits directly in `dir`, not in a folder below it (another language's, or the figures). */
const directlyIn = (dir: string, path: string) => path.startsWith(dir) && !path.slice(dir.length).includes('/');

/**
 * Compiles every lesson and quiz of one language together, so that checks across files (ids, slides, terms) can be
 * made. `files` may hold every language's files: each language reads its own folders.
 */
export function compileCourse(files: ContentFile[], language: Language = defaultLanguage): Course {
  const paths = contentPaths(language);
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const glossaryFile = sorted.find((file) => file.path === paths.glossary);
  const glossary: Glossary = glossaryFile ? parseGlossary(glossaryFile.source, glossaryFile.path, language) : new Map();
  const figures = compileFigures(
    sorted.filter((file) => directlyIn(paths.figuresDir, file.path)),
    paths.lessonsDir,
  );
  const words = languages[language];
  const markdown = createMarkdown(glossary, [figureBlock(figures, words.figureDetails)], language);
  const checkFigure = figureCheck(figures, paths.figuresDir);

  const lessons = new Map<string, Lesson>();
  const lessonFiles = new Map<string, string>();
  const isLesson = (path: string) =>
    directlyIn(paths.lessonsDir, path) && path.endsWith('.md') && path !== paths.glossary && path !== paths.help;
  for (const file of sorted.filter((f) => isLesson(f.path))) {
    const lesson = parseLesson(file.source, file.path, glossary, markdown, checkFigure, courseChecks.claims);
    const other = lessonFiles.get(lesson.id);
    if (other)
      throw new ContentError(
        file.path,
        idLine(file.source),
        `duplicate lesson id \`${lesson.id}\`: ${other} has it too`,
      );
    lessons.set(lesson.id, lesson);
    lessonFiles.set(lesson.id, file.path);
  }

  const quizzes = new Map<string, Quiz>();
  const quizFiles = new Map<string, string>();
  const quizWords = { ...words, claims: courseChecks.claims };
  for (const file of sorted.filter((f) => directlyIn(paths.quizzesDir, f.path) && f.path.endsWith('.md'))) {
    const quiz = parseQuiz(file.source, file.path, markdown, lessons, quizWords);
    const other = quizFiles.get(quiz.lesson);
    if (other) throw new ContentError(file.path, 1, `lesson \`${quiz.lesson}\` already has a quiz: ${other}`);
    quizzes.set(quiz.lesson, quiz);
    quizFiles.set(quiz.lesson, file.path);
  }
  const helpFile = sorted.find((file) => file.path === paths.help);
  const help = helpFile ? parseHelp(helpFile.source, helpFile.path, markdown) : null;
  let check: Check | null = null;
  for (const file of sorted.filter((f) => directlyIn(paths.checksDir, f.path))) {
    if (file.path !== paths.check)
      throw new ContentError(file.path, 1, `the course has one check, ${paths.check}; this file would never be shown`);
    check = parseCheck(file.source, file.path, markdown, lessons);
  }
  return { lessons: [...lessons.values()], quizzes, lessonFiles, quizFiles, help, check };
}

function idLine(source: string): number {
  const index = source.split('\n').findIndex((line) => /^id\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

export function summarize(course: Course): LessonSummary[] {
  return course.lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    slideCount: lesson.slides.length,
    questionCount: course.quizzes.get(lesson.id)?.questions.length ?? 0,
  }));
}
