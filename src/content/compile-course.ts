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

export const GLOSSARY_FILE = 'lessons/glossary.md';
export const HELP_FILE = 'lessons/help.md';
/** Checks live under quizzes/ but are no quiz: they are walked through, not scored. */
export const CHECKS_DIR = 'quizzes/checks/';
export const CHECK_FILE = `${CHECKS_DIR}see-a-doctor.md`;

/** Compiles every lesson and quiz together, so that checks across files (ids, slides, terms) can be made. */
export function compileCourse(files: ContentFile[]): Course {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const glossaryFile = sorted.find((file) => file.path === GLOSSARY_FILE);
  const glossary: Glossary = glossaryFile ? parseGlossary(glossaryFile.source, glossaryFile.path) : new Map();
  const figures = compileFigures(sorted.filter((file) => file.path.startsWith(FIGURES_DIR)));
  const markdown = createMarkdown(glossary, [figureBlock(figures)]);
  const checkFigure = figureCheck(figures);

  const lessons = new Map<string, Lesson>();
  const lessonFiles = new Map<string, string>();
  const isLesson = (path: string) =>
    path.startsWith('lessons/') && !path.startsWith(FIGURES_DIR) && path !== GLOSSARY_FILE && path !== HELP_FILE;
  for (const file of sorted.filter((f) => isLesson(f.path))) {
    const lesson = parseLesson(file.source, file.path, glossary, markdown, checkFigure);
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
  for (const file of sorted.filter((f) => f.path.startsWith('quizzes/') && !f.path.startsWith(CHECKS_DIR))) {
    const quiz = parseQuiz(file.source, file.path, markdown, lessons);
    const other = quizFiles.get(quiz.lesson);
    if (other) throw new ContentError(file.path, 1, `lesson \`${quiz.lesson}\` already has a quiz: ${other}`);
    quizzes.set(quiz.lesson, quiz);
    quizFiles.set(quiz.lesson, file.path);
  }
  const helpFile = sorted.find((file) => file.path === HELP_FILE);
  const help = helpFile ? parseHelp(helpFile.source, helpFile.path, markdown) : null;
  let check: Check | null = null;
  for (const file of sorted.filter((f) => f.path.startsWith(CHECKS_DIR))) {
    if (file.path !== CHECK_FILE)
      throw new ContentError(file.path, 1, `the course has one check, ${CHECK_FILE}; this file would never be shown`);
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
