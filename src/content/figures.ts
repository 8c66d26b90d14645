import type { TokenizerAndRendererExtension } from 'marked';
import { ContentError } from './content-error.js';

/** Figures sit beside the lessons of their language, in `figures/`; a lesson names one as `figures/NAME.svg`. */
export const FIGURES_DIR = 'figures/';
const FIGURE_NAME = /^figures\/[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

/** Checked and compacted SVG, by the name a lesson gives it (`figures/motor-unit.svg`). */
export type Figures = Map<string, string>;

// The figure is drawn inside the lesson under the host's Content-Security-Policy and must load nothing, so what a
// strict policy or a safe page would refuse is refused at build time, where the author can still fix it.
const FORBIDDEN: [RegExp, string][] = [
  [/<\?xml|<!DOCTYPE|<metadata|\b(?:inkscape|sodipodi|sketch):/i, 'editor metadata: keep only the drawing'],
  [/<script\b|\son[a-z]+\s*=/i, 'script: a figure is a picture and runs nothing'],
  [
    /<style\b|\sstyle\s*=/i,
    'a style: a strict Content-Security-Policy blocks it; use attributes such as stroke="currentColor"',
  ],
  [
    /\s(?:xlink:)?href\s*=|<(?:image|foreignObject|iframe)\b/i,
    'a reference to another file: a figure must load nothing',
  ],
  [/\sid\s*=/i, 'an id: the build gives the title and description ids of their own'],
  [/var\(\s*--[\w-]+\s*\)/, 'a var() without a fallback: a page that sets no --twitch-* token would draw nothing'],
];

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/**
 * Checks one figure file and returns it ready to inline: an `<svg>` with a `viewBox`, a `<title>` (its accessible name)
 * and a `<desc>` (what a screen reader says it shows), drawing only with attributes, so themes and forced colours
 * reach it through `currentColor` and `var(--twitch-*, fallback)`.
 */
export function compileFigure(path: string, source: string): string {
  const fail = (index: number, problem: string): never => {
    throw new ContentError(path, lineAt(source, index), problem);
  };
  for (const [pattern, what] of FORBIDDEN) {
    const found = pattern.exec(source);
    if (found) fail(found.index, `the figure holds ${what}`);
  }
  const root = /^\s*<svg\b[^>]*>/.exec(source);
  if (!root) fail(0, 'a figure file must start with <svg …>');
  if (!/\sviewBox\s*=/.test(root![0]))
    fail(root![0].length - 1, 'the <svg> needs a viewBox, so the figure can scale to the lesson');
  if (!/<\/svg>\s*$/.test(source)) fail(source.length, 'the file must end with </svg>');
  for (const element of ['title', 'desc']) {
    const found = new RegExp(`<${element}>([^<]*)</${element}>`).exec(source);
    const role =
      element === 'title'
        ? 'a short name, read out as the picture'
        : 'a description of what it shows, for screen readers';
    if (!found) fail(root![0].length, `the figure needs a <${element}>: ${role}`);
    if (!found![1]!.trim()) fail(found!.index, `the <${element}> is empty: write ${role}`);
  }
  return source
    .trim()
    .replace(/\sxmlns="[^"]*"/, '')
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*/g, ' ');
}

/** Every figure file, checked, by the name lessons give it. */
export function compileFigures(files: { path: string; source: string }[], lessonsDir: string): Figures {
  const figures: Figures = new Map();
  for (const { path, source } of files) {
    const name = path.slice(lessonsDir.length);
    if (!path.startsWith(lessonsDir) || !FIGURE_NAME.test(name))
      throw new ContentError(path, 1, 'a figure is named with lower-case words joined by hyphens, ending .svg');
    figures.set(name, compileFigure(path, source));
  }
  return figures;
}

/** Checks one `:::figure` block of a lesson: the figure it names, and the lines between its fences. */
export type FigureCheck = (name: string | undefined, lines: string[], line: number, file: string) => void;

/** The check for figures in these files: the figure exists, and a caption of its own comes first. */
export const figureCheck =
  (figures: Figures, figuresDir: string): FigureCheck =>
  (name, lines, line, file) => {
    if (!name) throw new ContentError(file, line, 'name the figure: `:::figure figures/NAME.svg`');
    if (!figures.has(name))
      throw new ContentError(
        file,
        line,
        `there is no figure \`${name}\`: put it in ${figuresDir} and name it figures/NAME.svg`,
      );
    const first = lines.findIndex((text) => text.trim());
    if (first < 0)
      throw new ContentError(file, line, 'the figure has no caption: write one on the line after :::figure');
    // A chart's table may follow its caption, never stand in for it.
    if (lines[first]!.trim().startsWith('|'))
      throw new ContentError(file, line + 1 + first, 'write the caption before the table');
  };

/**
 * `:::figure figures/NAME.svg`, a caption, then `:::`. The SVG is written into the slide itself, so it loads with its
 * lesson and needs no request of its own; its title names it and its description says what it shows. Anything after the
 * caption (a chart's numbers as a table) goes in a disclosure beneath it. `figureCheck` has already checked the name
 * and the caption.
 */
export function figureBlock(figures: Figures, detailsLabel: string): TokenizerAndRendererExtension {
  let figureCount = 0;
  return {
    name: 'figure',
    level: 'block',
    start: (src) => src.match(/^:::figure/m)?.index,
    tokenizer(src) {
      const match = /^:::figure[ \t]+(\S+)[ \t]*\n([\s\S]*?)\n:::[ \t]*(?:\n|$)/.exec(src);
      if (!match || !figures.has(match[1]!)) return undefined;
      return {
        type: 'figure',
        raw: match[0],
        svg: figures.get(match[1]!),
        tokens: this.lexer.blockTokens(match[2]!, []),
      };
    },
    renderer(token) {
      const id = `figure-${++figureCount}`;
      const [caption, ...more] = (token.tokens ?? []).filter((child) => child.type !== 'space');
      const svg = (token.svg as string)
        .replace('<svg', `<svg role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`)
        .replace('<title>', `<title id="${id}-title">`)
        .replace('<desc>', `<desc id="${id}-desc">`);
      const details = more.length
        ? `<details><summary>${detailsLabel}</summary>${this.parser.parse(more)}</details>`
        : '';
      // No <figure>: its default side margins would narrow the drawing on a phone, and the course adds no styles for
      // figures, which would land in what every page loads first. <small> sets the caption apart from the slide's text.
      const captionHtml = this.parser.parseInline((caption as { tokens?: [] })?.tokens ?? []);
      return (
        `<div class="figure" role="figure" aria-labelledby="${id}">${svg}` +
        `<p id="${id}"><small>${captionHtml}</small></p>${details}</div>\n`
      );
    },
  };
}
