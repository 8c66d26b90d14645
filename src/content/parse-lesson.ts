import { ContentError } from './content-error.js';
import type { FigureCheck } from './figures.js';
import { FieldReader, splitFrontMatter } from './front-matter.js';
import { CALLOUT_KINDS, termLinks, type CalloutKind, type Glossary, type Markdown } from './markdown.js';
import type { Lesson, Slide, Source } from './types.js';

const SLIDE_BREAK = /^---\s*$/;
const SLIDE_HEADING = /^##\s+(.+?)\s*#*\s*$/;
const CLAIM_ID = /^C\d{2}$/;
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface RawSlide {
  line: number;
  lines: string[];
}

/** Splits a lesson body on lines holding only `---`, keeping each slide's first line number. */
function splitSlides(body: string, bodyLine: number): RawSlide[] {
  const slides: RawSlide[] = [{ line: bodyLine, lines: [] }];
  body.split('\n').forEach((text, i) => {
    if (SLIDE_BREAK.test(text)) slides.push({ line: bodyLine + i + 1, lines: [] });
    else slides.at(-1)!.lines.push(text);
  });
  return slides;
}

function checkCallouts(raw: RawSlide, file: string, checkFigure?: FigureCheck) {
  let open: number | null = null;
  let figure: { name: string | undefined; lines: string[] } | null = null;
  raw.lines.forEach((text, i) => {
    const line = raw.line + i;
    const fence = /^:::(\S*)\s*$/.exec(text) ?? /^:::(figure)[ \t]+(\S+)\s*$/.exec(text);
    if (!fence) {
      figure?.lines.push(text);
      return;
    }
    if (open === null) {
      if (fence[1] === 'figure' && checkFigure) figure = { name: fence[2], lines: [] };
      else if (!CALLOUT_KINDS.includes(fence[1] as CalloutKind)) {
        const known = CALLOUT_KINDS.map((kind) => `:::${kind}`).join(', ');
        throw new ContentError(file, line, `unknown box \`:::${fence[1]}\`: use one of ${known}`);
      }
      open = line;
    } else if (fence[1] === '') {
      if (figure) checkFigure!(figure.name, figure.lines, open, file);
      open = figure = null;
    } else throw new ContentError(file, line, `a box opened on line ${open} is not closed with ::: before this one`);
  });
  if (open !== null) throw new ContentError(file, open, 'this box is not closed: add a line holding only :::');
}

function parseSlide(
  raw: RawSlide,
  index: number,
  file: string,
  glossary: Glossary | null,
  markdown: Markdown,
  checkFigure?: FigureCheck,
): Slide {
  const first = raw.lines.findIndex((text) => text.trim() !== '');
  if (first < 0) throw new ContentError(file, raw.line, `slide ${index + 1} is empty`);
  const heading = SLIDE_HEADING.exec(raw.lines[first]!);
  if (!heading) throw new ContentError(file, raw.line + first, `slide ${index + 1} must start with a "## " heading`);
  const rest = raw.lines.slice(first + 1);
  if (rest.every((text) => text.trim() === '')) {
    throw new ContentError(file, raw.line + first, `slide ${index + 1} has a heading but no text`);
  }
  checkCallouts({ line: raw.line + first + 1, lines: rest }, file, checkFigure);
  const restText = rest.join('\n');
  for (const link of glossary ? termLinks(restText) : []) {
    if (!glossary!.has(link.id)) {
      throw new ContentError(file, raw.line + first + 1 + link.line, `unknown glossary term \`${link.id}\``);
    }
  }
  return { heading: heading[1]!, html: markdown.block(restText) };
}

/**
 * Compiles one lesson file. Without a glossary (a clinic's own lesson, loaded at run time) `term:` links are
 * not checked and show as plain text; without `checkFigure` (figures exist only at build time) `:::figure` is an
 * unknown box.
 */
export function parseLesson(
  source: string,
  file: string,
  glossary: Glossary | null,
  markdown: Markdown,
  checkFigure?: FigureCheck,
  requireClaims = false,
): Lesson {
  const fm = splitFrontMatter(source, file);
  const fields: FieldReader = new FieldReader(fm, file);
  const id = fields.string('id');
  if (!LESSON_ID.test(id)) fields.fail('id', '`id` must be lower-case words joined by hyphens');
  const sources = fields.list('sources', (value, i): Source => {
    const entry = value as Partial<Source> | null;
    if (typeof entry?.title !== 'string' || typeof entry.url !== 'string' || !/^https?:\/\//.test(entry.url)) {
      fields.fail('sources', `source ${i + 1} needs a \`title\` and an http(s) \`url\``);
    }
    return { title: entry.title, url: entry.url };
  });
  // Claims are this course's own check (see course.config.ts): a clinic's own lesson may leave them out.
  const claims =
    fm.data.claims === undefined && !requireClaims
      ? []
      : fields.list('claims', (value) => {
          if (typeof value !== 'string' || !CLAIM_ID.test(value))
            fields.fail('claims', `\`${String(value)}\` is not a claim id like C07`);
          return value;
        });
  const reviewed = fields.date('reviewed');
  const nextReview = fields.date('nextReview');
  if (nextReview <= reviewed)
    fields.fail('nextReview', `\`nextReview\` (${nextReview}) must be after \`reviewed\` (${reviewed})`);
  const lesson: Omit<Lesson, 'slides'> = {
    id,
    title: fields.string('title'),
    summary: fields.string('summary'),
    minutes: fields.number('minutes'),
    objectives: fields.list('objectives', (value) => {
      if (typeof value !== 'string') fields.fail('objectives', 'each objective must be text');
      return value;
    }),
    sources,
    reviewed,
    nextReview,
    claims,
    keyPoints:
      fm.data.keyPoints === undefined
        ? []
        : fields.list('keyPoints', (value) => {
            if (typeof value !== 'string') fields.fail('keyPoints', 'each key point must be text');
            return value;
          }),
  };
  const slides = splitSlides(fm.body, fm.bodyLine).map((raw, i) =>
    parseSlide(raw, i, file, glossary, markdown, checkFigure),
  );
  return { ...lesson, slides };
}
