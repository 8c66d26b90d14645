import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { CHECK_FILE, compileCourse, HELP_FILE, summarize, type ContentFile, type Course } from './compile-course.js';
import { FIGURES_DIR } from './figures.js';

export const COURSE_INDEX = 'virtual:twitch-course/index';
export const COURSE_LOADERS = 'virtual:twitch-course/loaders';
export const COURSE_HELP = 'virtual:twitch-course/help';
export const COURSE_CHECK = 'virtual:twitch-course/check';
// Each is read on its own (no sub-folders), so quizzes/checks/ never passes for a quiz.
const CONTENT_DIRS = ['lessons', 'quizzes', 'quizzes/checks'];
/** Stands for the content chunks' directory, relative to the chunk that loads them, until that chunk's place is known. */
const CONTENT_BASE = '__TWITCH_CONTENT_BASE__';

/** The files the course is compiled from: its Markdown, and the figures lessons draw from `lessons/figures/`. */
export function readContent(root: string): ContentFile[] {
  const read = (dir: string, ending: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith(ending))
      .map((name) => ({ path: `${dir}/${name}`, source: readFileSync(join(root, dir, name), 'utf8') }));
  };
  return [...CONTENT_DIRS.flatMap((dir) => read(dir, '.md')), ...read(FIGURES_DIR.slice(0, -1), '.svg')];
}

/** One hash for all the content: chunk names change when any lesson does, yet loading one needs only its id. */
function contentVersion(course: Course) {
  const hash = createHash('sha256');
  for (const lesson of course.lessons) hash.update(JSON.stringify(lesson));
  for (const quiz of course.quizzes.values()) hash.update(JSON.stringify(quiz));
  return hash.digest('base64url').slice(0, 8);
}

const contentChunkFile = (dir: string, kind: 'lesson' | 'quiz', id: string, version: string) =>
  `${dir}/${kind}-${id}-${version}.js`;

/**
 * Compiles `lessons/*.md` and `quizzes/*.md` at build time into JavaScript modules, one a file, so the browser
 * gets ready HTML and never a Markdown parser; a lesson's figures (`lessons/figures/*.svg`) are written into its
 * slides. Two virtual modules tie them together: `loaders` (`importLesson(id)` and `importQuiz(id)`, for the elements)
 * and `index` (titles and counts, for the course overview).
 *
 * In a build, each lesson and quiz is a chunk with a name made from its id, loaded by URL relative to the module
 * that loads it; so the code every page loads first stays the same size however many lessons there are.
 * The content lives in the project unless TWITCH_CONTENT_ROOT names another directory holding `lessons/` and
 * `quizzes/` (the benchmark builds a 60-lesson course that way).
 */
export function twitchContent(): Plugin {
  let contentRoot = process.cwd();
  let building = false;
  let chunkDir = 'assets';
  let course: Course | null = null;
  const compiled = () => (course ??= compileCourse(readContent(contentRoot)));
  const relativePath = (id: string) => relative(contentRoot, id).split(sep).join('/');
  const isContent = (id: string) =>
    id.endsWith('.md') && CONTENT_DIRS.some((dir) => relativePath(id).startsWith(`${dir}/`));
  const isFigure = (id: string) => id.endsWith('.svg') && relativePath(id).startsWith(FIGURES_DIR);

  function loadersModule(): string {
    const { lessonFiles, quizFiles } = compiled();
    if (building) {
      const version = contentVersion(compiled());
      return [
        `const base = new URL(/* @vite-ignore */ ${JSON.stringify(CONTENT_BASE)}, import.meta.url).href;`,
        `const load = (kind, id) => /^[a-z0-9-]+$/.test(id)`,
        `  ? import(/* @vite-ignore */ \`\${base}\${kind}-\${id}-${version}.js\`)`,
        `  : Promise.reject(new Error(\`\${id} is not a lesson id\`));`,
        `export const importLesson = (id) => load('lesson', id);`,
        `export const importQuiz = (id) => load('quiz', id);`,
      ].join('\n');
    }
    const table = (files: Map<string, string>) =>
      `{${[...files].map(([lessonId, path]) => `${JSON.stringify(lessonId)}: () => import(${JSON.stringify(join(contentRoot, path))})`).join(',')}}`;
    return [
      `const lessons = ${table(lessonFiles)};`,
      `const quizzes = ${table(quizFiles)};`,
      `const load = (table, id) => Object.hasOwn(table, id) ? table[id]() : Promise.reject(new Error(\`\${id} is not a lesson id\`));`,
      `export const importLesson = (id) => load(lessons, id);`,
      `export const importQuiz = (id) => load(quizzes, id);`,
    ].join('\n');
  }

  return {
    name: 'twitch-content',
    enforce: 'pre',
    configResolved(config) {
      const configured = process.env.TWITCH_CONTENT_ROOT;
      contentRoot = configured ? (isAbsolute(configured) ? configured : resolve(config.root, configured)) : config.root;
      building = config.command === 'build';
      chunkDir = config.build.assetsDir;
    },
    buildStart() {
      course = null;
      try {
        compiled();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const dir of [...CONTENT_DIRS, FIGURES_DIR]) this.addWatchFile(join(contentRoot, dir));
      if (!building) return;
      const { lessonFiles, quizFiles } = compiled();
      const version = contentVersion(compiled());
      const emit = (kind: 'lesson' | 'quiz', files: Map<string, string>) => {
        for (const [lessonId, path] of files) {
          this.emitFile({
            type: 'chunk',
            id: join(contentRoot, path),
            fileName: contentChunkFile(chunkDir, kind, lessonId, version),
            preserveSignature: 'strict',
          });
        }
      };
      emit('lesson', lessonFiles);
      emit('quiz', quizFiles);
    },
    watchChange(id) {
      if (isContent(id) || isFigure(id)) course = null;
    },
    resolveId(id) {
      if (id === COURSE_INDEX || id === COURSE_LOADERS || id === COURSE_HELP || id === COURSE_CHECK) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${COURSE_INDEX}`) {
        return { code: `export const lessons = ${JSON.stringify(summarize(compiled()))};`, moduleType: 'js' };
      }
      if (id === `\0${COURSE_LOADERS}`) return { code: loadersModule(), moduleType: 'js' };
      if (id === `\0${COURSE_HELP}`) {
        const { help } = compiled();
        if (!help) this.error(`${HELP_FILE} is missing: the course needs its "Get help now" panel`);
        return { code: `export default ${JSON.stringify(help)};`, moduleType: 'js' };
      }
      if (id === `\0${COURSE_CHECK}`) {
        const { check } = compiled();
        if (!check) this.error(`${CHECK_FILE} is missing: <twitch-check> needs its questions and outcomes`);
        return { code: `export default ${JSON.stringify(check)};`, moduleType: 'js' };
      }
      if (!isContent(id)) return null;
      const path = relativePath(id);
      const { lessons, lessonFiles, quizzes, quizFiles } = compiled();
      const lessonId = [...lessonFiles].find(([, file]) => file === path)?.[0];
      const quizId = [...quizFiles].find(([, file]) => file === path)?.[0];
      const value = lessonId ? lessons.find((lesson) => lesson.id === lessonId) : quizId ? quizzes.get(quizId) : null;
      if (!value) return null;
      return { code: `export default ${JSON.stringify(value)};`, moduleType: 'js' };
    },
    renderChunk(code, chunk) {
      if (!code.includes(CONTENT_BASE)) return null;
      const base = posix.relative(posix.dirname(chunk.fileName), chunkDir);
      return { code: code.replaceAll(CONTENT_BASE, base ? `./${base}/` : './'), map: null };
    },
  };
}
