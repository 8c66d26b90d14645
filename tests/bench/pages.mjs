// The pages the benchmark compares, generated into the built site: host pages using the embed (with the embed
// guide's preload lines, and with the script tag alone), and a plain HTML page holding the same first lesson and its
// first quiz question, as the floor.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The id of the course's first lesson: the first `lessons/NN-*.md` file. */
export function firstLessonId(contentRoot = '.') {
  const file = readdirSync(join(contentRoot, 'lessons'))
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort()[0];
  const id = /^id:\s*(\S+)/m.exec(readFileSync(join(contentRoot, 'lessons', file), 'utf8'))?.[1];
  if (!id) throw new Error(`lessons/${file} has no id`);
  return id;
}

/** A compiled lesson or quiz as the browser gets it: the default export of its built chunk. */
async function builtContent(distDir, kind, id) {
  const dir = join(distDir, 'assets');
  const file = readdirSync(dir).find((name) => name.startsWith(`${kind}-${id}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no built ${kind} chunk for "${id}" in ${dir}`);
  return (await import(pathToFileURL(join(dir, file)).href)).default;
}

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(title)}: a benchmark page." />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/page.css" />${extra}
  </head>`;

/**
 * A host page showing the first lesson and its quiz from the embed: with the embed guide's preload lines for them
 * (from the build's embed/preload.json), or with the script tag alone.
 */
function hostPage(lessonId, preloads) {
  const links = preloads.map((file) => `\n    <link rel="modulepreload" href="/embed/${file}" />`).join('');
  return `${head('A gym page with the embedded lesson', `\n    <script type="module" src="/embed/twitch-course.js"></script>${links}`)}
  <body>
    <main>
      <twitch-lesson lesson="${lessonId}"></twitch-lesson>
      <twitch-quiz quiz="${lessonId}"></twitch-quiz>
    </main>
  </body>
</html>
`;
}

/** Writes the bench pages into the built site; returns their paths on the server. */
export async function writeBenchPages(distDir, lessonId) {
  const lesson = await builtContent(distDir, 'lesson', lessonId);
  const quiz = await builtContent(distDir, 'quiz', lessonId);
  const question = quiz.questions[0];
  const inputType = question.kind === 'multiple' ? 'checkbox' : 'radio';
  mkdirSync(join(distDir, 'bench'), { recursive: true });

  const preload = JSON.parse(readFileSync(join(distDir, 'embed', 'preload.json'), 'utf8'));
  const preloads = [
    ...preload.always,
    preload.lessons.en[lessonId],
    ...preload.elements['twitch-quiz'],
    preload.quizzes.en[lessonId],
  ];
  writeFileSync(join(distDir, 'bench', 'host.html'), hostPage(lessonId, preloads));
  writeFileSync(join(distDir, 'bench', 'host-script-only.html'), hostPage(lessonId, []));

  writeFileSync(
    join(distDir, 'bench', 'plain.html'),
    `${head(lesson.title)}
  <body>
    <main>
      <h1>${escapeHtml(lesson.title)}</h1>
${lesson.slides.map((slide) => `      <section>\n        <h2>${escapeHtml(slide.heading)}</h2>\n        ${slide.html}\n      </section>`).join('\n')}
      <form>
        <fieldset>
          <legend>${escapeHtml(question.prompt)}</legend>
${question.options.map((option) => `          <label><input type="${inputType}" name="answer" value="${option.id}" /> ${option.html}</label><br />`).join('\n')}
        </fieldset>
        <button type="submit">Check</button>
      </form>
    </main>
  </body>
</html>
`,
  );
  return { host: '/bench/host.html', hostScriptOnly: '/bench/host-script-only.html', plain: '/bench/plain.html' };
}
