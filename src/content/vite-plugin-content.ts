import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compileCourse, summarize, type Course } from './compile-course.js';

export const COURSE_INDEX = 'virtual:twitch-course/index';
export const COURSE_LOADERS = 'virtual:twitch-course/loaders';
const CONTENT_DIRS = ['lessons', 'quizzes'];

function readContent(root: string) {
  return CONTENT_DIRS.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ path: `${dir}/${name}`, source: readFileSync(join(root, dir, name), 'utf8') }));
  });
}

/**
 * Compiles `lessons/*.md` and `quizzes/*.md` at build time into JavaScript modules, one a file, so the browser
 * gets ready HTML and never a Markdown parser. Two virtual modules tie them together: `loaders` (a lazy import per
 * lesson and quiz, for the elements) and `index` (titles and counts, for the course overview).
 */
export function twitchContent(): Plugin {
  let root = process.cwd();
  let course: Course | null = null;
  const compiled = () => (course ??= compileCourse(readContent(root)));
  const relativePath = (id: string) => relative(root, id).split(sep).join('/');
  const isContent = (id: string) => CONTENT_DIRS.some((dir) => relativePath(id).startsWith(`${dir}/`)) && id.endsWith('.md');

  return {
    name: 'twitch-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      course = null;
      try {
        compiled();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const dir of CONTENT_DIRS) this.addWatchFile(join(root, dir));
    },
    watchChange(id) {
      if (isContent(id)) course = null;
    },
    resolveId(id) {
      if (id === COURSE_INDEX || id === COURSE_LOADERS) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${COURSE_INDEX}`) {
        return { code: `export const lessons = ${JSON.stringify(summarize(compiled()))};`, moduleType: 'js' };
      }
      if (id === `\0${COURSE_LOADERS}`) {
        const { lessonFiles, quizFiles } = compiled();
        const table = (files: Map<string, string>) =>
          `{${[...files].map(([lessonId, path]) => `${JSON.stringify(lessonId)}: () => import(${JSON.stringify(`/${path}`)})`).join(',')}}`;
        return {
          code:
            `export const lessonModules = ${table(lessonFiles)};\n` +
            `export const quizModules = ${table(quizFiles)};\n`,
          moduleType: 'js',
        };
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
  };
}
