import { ContentError } from './content-error.js';
import { FieldReader, splitFrontMatter } from './front-matter.js';
import type { Markdown } from './markdown.js';
import type { Help } from './types.js';

const SECTION_HEADING = /^##\s+(.+?)\s*#*\s*$/;

/**
 * Compiles `lessons/help.md`, the "Get help now" panel: a `title` in front matter, then one `## ` section per
 * level of urgency, most urgent first.
 */
export function parseHelp(source: string, file: string, markdown: Markdown): Help {
  const fm = splitFrontMatter(source, file);
  const title = new FieldReader(fm, file).string('title');
  const sections: { heading: string; line: number; text: string[] }[] = [];
  fm.body.split('\n').forEach((text, i) => {
    const heading = SECTION_HEADING.exec(text);
    if (heading) sections.push({ heading: heading[1]!, line: fm.bodyLine + i, text: [] });
    else if (sections.length) sections.at(-1)!.text.push(text);
    else if (text.trim()) throw new ContentError(file, fm.bodyLine + i, 'text before the first "## " section heading');
  });
  if (sections.length === 0)
    throw new ContentError(file, fm.bodyLine, 'the help panel needs at least one "## " section');
  return {
    title,
    sections: sections.map(({ heading, line, text }) => {
      const body = text.join('\n');
      if (!body.trim()) throw new ContentError(file, line, `the section "${heading}" has no text`);
      return { headingHtml: markdown.inline(heading), html: markdown.block(body) };
    }),
  };
}
