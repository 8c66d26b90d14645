import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defaultLanguage, defaultStore, languageCodes, type Language } from '../course.config.js';
import { compileCourse, contentPaths, summarize, type ContentFile, type Course } from './compile-course.js';

export const COURSE_INDEX = 'virtual:twitch-course/index';
export const COURSE_LOADERS = 'virtual:twitch-course/loaders';
export const COURSE_HELP = 'virtual:twitch-course/help';
export const COURSE_CHECK = 'virtual:twitch-course/check';
/** The course config's defaults, so the code every page loads never imports the whole config. */
export const COURSE_DEFAULTS = 'virtual:twitch-course/defaults';
// Each is read on its own (no sub-folders), so quizzes/checks/ never passes for a quiz, nor lessons/es/ for English.
const CONTENT_DIRS = [
  ...new Set(
    languageCodes.flatMap((language) => {
      const paths = contentPaths(language);
      return [paths.lessonsDir, paths.quizzesDir, paths.checksDir].map((dir) => dir.slice(0, -1));
    }),
  ),
];
const FIGURE_DIRS = languageCodes.map((language) => contentPaths(language).figuresDir.slice(0, -1));
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
  return [...CONTENT_DIRS.flatMap((dir) => read(dir, '.md')), ...FIGURE_DIRS.flatMap((dir) => read(dir, '.svg'))];
}

/** The course in every language, each compiled on its own; a language without lessons is left out. */
export function compileLanguages(files: ContentFile[]): Map<Language, Course> {
  const courses = new Map<Language, Course>();
  // The default language first: content by language falls back to the first.
  for (const language of [defaultLanguage, ...languageCodes.filter((code) => code !== defaultLanguage)]) {
    const course = compileCourse(files, language);
    if (language === defaultLanguage || course.lessons.length > 0) courses.set(language, course);
  }
  return courses;
}

/** One hash for all the content: chunk names change when any lesson does, yet loading one needs only its id. */
function contentVersion(courses: Map<Language, Course>) {
  const hash = createHash('sha256');
  for (const course of courses.values()) {
    for (const lesson of course.lessons) hash.update(JSON.stringify(lesson));
    for (const quiz of course.quizzes.values()) hash.update(JSON.stringify(quiz));
  }
  return hash.digest('base64url').slice(0, 8);
}

// Another language's chunk ends in its code (`lesson-ID-HASH.es.js`), so a host can preload either by a stable name.
const languageSuffix = (language: Language) => (language === defaultLanguage ? '' : `.${language}`);
const contentChunkFile = (dir: string, kind: 'lesson' | 'quiz', id: string, version: string, language: Language) =>
  `${dir}/${kind}-${id}-${version}${languageSuffix(language)}.js`;
const CONTENT_CHUNK_FILE = /^(?:.*\/)?(lesson|quiz)-([a-z0-9-]+)-[\w-]{8}(?:\.([a-z]{2,3}))?\.js$/;

/** What a built file named by `contentChunkFile` holds; null for any other file. */
export function contentChunkOf(fileName: string): { kind: 'lesson' | 'quiz'; id: string; language: string } | null {
  const match = CONTENT_CHUNK_FILE.exec(fileName);
  if (!match) return null;
  return { kind: match[1] as 'lesson' | 'quiz', id: match[2]!, language: match[3] ?? defaultLanguage };
}

/**
 * A script for the standalone page's head: a deep link (`#/quiz/ID`, `#/lesson/ID/…`) starts fetching that lesson or
 * quiz while the page's own script is still on its way, instead of one round trip after it has run. The page's
 * language picks the chunk; an id that is not one only costs a request that fails.
 */
function routePreloadScript(chunkBase: string, version: string, languages: Language[]) {
  const suffixes = JSON.stringify(
    Object.fromEntries(languages.map((language) => [language, languageSuffix(language)])),
  );
  return (
    `(m=>{const s=${suffixes}[document.documentElement.lang];if(!m||s===undefined)return;` +
    `const l=document.createElement('link');l.rel='modulepreload';` +
    `l.href=\`${chunkBase}\${m[1]}-\${m[2]}-${version}\${s}.js\`;document.head.append(l)})` +
    `(/^#\\/(lesson|quiz)\\/([a-z0-9-]+)/.exec(location.hash))`
  );
}

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
  let base = '/';
  /** The content hash in every chunk name of this build, set when it starts. */
  let version = '';
  let courses: Map<Language, Course> | null = null;
  const compiled = () => (courses ??= compileLanguages(readContent(contentRoot)));
  const byLanguage = <T>(pick: (course: Course) => T) =>
    `{${[...compiled()].map(([language, course]) => `${JSON.stringify(language)}: ${JSON.stringify(pick(course))}`).join(',')}}`;
  const relativePath = (id: string) => relative(contentRoot, id).split(sep).join('/');
  const isContent = (id: string) =>
    id.endsWith('.md') && CONTENT_DIRS.some((dir) => relativePath(id).startsWith(`${dir}/`));
  const isFigure = (id: string) =>
    id.endsWith('.svg') && FIGURE_DIRS.some((dir) => relativePath(id).startsWith(`${dir}/`));

  function loadersModule(): string {
    const languages = [...compiled().keys()];
    // Another language's content loads for an element with its `lang`; an unknown language gets the default one.
    const known = `const known = ${JSON.stringify(languages)};`;
    const pick = `const pick = (language) => known.includes(language) ? language : ${JSON.stringify(defaultLanguage)};`;
    if (building) {
      const suffixes = Object.fromEntries(languages.map((language) => [language, languageSuffix(language)]));
      return [
        known,
        pick,
        `const suffixes = ${JSON.stringify(suffixes)};`,
        `const base = new URL(/* @vite-ignore */ ${JSON.stringify(CONTENT_BASE)}, import.meta.url).href;`,
        `const load = (kind, id, language) => /^[a-z0-9-]+$/.test(id)`,
        `  ? import(/* @vite-ignore */ \`\${base}\${kind}-\${id}-${version}\${suffixes[pick(language)]}.js\`)`,
        `  : Promise.reject(new Error(\`\${id} is not a lesson id\`));`,
        `export const importLesson = (id, language) => load('lesson', id, language);`,
        `export const importQuiz = (id, language) => load('quiz', id, language);`,
      ].join('\n');
    }
    const table = (files: Map<string, string>) =>
      `{${[...files].map(([lessonId, path]) => `${JSON.stringify(lessonId)}: () => import(${JSON.stringify(join(contentRoot, path))})`).join(',')}}`;
    const tables = (kind: 'lessonFiles' | 'quizFiles') =>
      `{${[...compiled()].map(([language, course]) => `${JSON.stringify(language)}: ${table(course[kind])}`).join(',')}}`;
    return [
      known,
      pick,
      `const lessons = ${tables('lessonFiles')};`,
      `const quizzes = ${tables('quizFiles')};`,
      `const load = (tables, id, language) => Object.hasOwn(tables[pick(language)], id) ? tables[pick(language)][id]() : Promise.reject(new Error(\`\${id} is not a lesson id\`));`,
      `export const importLesson = (id, language) => load(lessons, id, language);`,
      `export const importQuiz = (id, language) => load(quizzes, id, language);`,
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
      base = config.base;
    },
    buildStart() {
      courses = null;
      try {
        compiled();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const dir of [...CONTENT_DIRS, ...FIGURE_DIRS]) this.addWatchFile(join(contentRoot, dir));
      if (!building) return;
      version = contentVersion(compiled());
      for (const [language, { lessonFiles, quizFiles }] of compiled()) {
        const emit = (kind: 'lesson' | 'quiz', files: Map<string, string>) => {
          for (const [lessonId, path] of files) {
            this.emitFile({
              type: 'chunk',
              id: join(contentRoot, path),
              fileName: contentChunkFile(chunkDir, kind, lessonId, version, language),
              preserveSignature: 'strict',
            });
          }
        };
        emit('lesson', lessonFiles);
        emit('quiz', quizFiles);
      }
    },
    watchChange(id) {
      if (isContent(id) || isFigure(id)) courses = null;
    },
    resolveId(id) {
      if ([COURSE_INDEX, COURSE_LOADERS, COURSE_HELP, COURSE_CHECK, COURSE_DEFAULTS].includes(id)) return `\0${id}`;
      return null;
    },
    load(id) {
      // Titles and counts, the help panel and the check in every language (small, and loaded only by the elements
      // that show them), by language code.
      if (id === `\0${COURSE_INDEX}`) {
        const lessons = JSON.stringify(summarize(compiled().get(defaultLanguage)!));
        return {
          code: `export const lessons = ${lessons};\nexport const lessonsIn = ${byLanguage(summarize)};`,
          moduleType: 'js',
        };
      }
      if (id === `\0${COURSE_LOADERS}`) return { code: loadersModule(), moduleType: 'js' };
      if (id === `\0${COURSE_DEFAULTS}`) {
        return {
          code: `export const defaultLanguage = ${JSON.stringify(defaultLanguage)};\nexport const defaultStore = ${JSON.stringify(defaultStore)};`,
          moduleType: 'js',
        };
      }
      if (id === `\0${COURSE_HELP}` || id === `\0${COURSE_CHECK}`) {
        const part = id === `\0${COURSE_HELP}` ? 'help' : 'check';
        for (const [language, course] of compiled()) {
          if (!course[part])
            this.error(`${contentPaths(language)[part]} is missing: the course needs it in every language it is in`);
        }
        return { code: `export default ${byLanguage((course) => course[part])};`, moduleType: 'js' };
      }
      if (!isContent(id)) return null;
      const path = relativePath(id);
      for (const { lessons, lessonFiles, quizzes, quizFiles } of compiled().values()) {
        const lessonId = [...lessonFiles].find(([, file]) => file === path)?.[0];
        const quizId = [...quizFiles].find(([, file]) => file === path)?.[0];
        const value = lessonId ? lessons.find((lesson) => lesson.id === lessonId) : quizId ? quizzes.get(quizId) : null;
        if (value) return { code: `export default ${JSON.stringify(value)};`, moduleType: 'js' };
      }
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Only the course page routes by its address.
        if (!building || !html.includes('<twitch-course routing="hash"')) return html;
        const script = routePreloadScript(`${base}${chunkDir}/`, version, [...compiled().keys()]);
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
    renderChunk(code, chunk) {
      if (!code.includes(CONTENT_BASE)) return null;
      const base = posix.relative(posix.dirname(chunk.fileName), chunkDir);
      return { code: code.replaceAll(CONTENT_BASE, base ? `./${base}/` : './'), map: null };
    },
  };
}
