import type { Language } from '../course.config.js';
import { ContentError } from './content-error.js';
import { splitFrontMatter } from './front-matter.js';
import { createMarkdown, slugify, type Glossary } from './markdown.js';

/**
 * Compiles `lessons/glossary.md`: one `## Term` heading per term, followed by its definition. A translation keeps the
 * id lessons link to after the term: `## Fasciculación {#fasciculation}`.
 */
export function parseGlossary(source: string, file: string, language?: Language): Glossary {
  const { body, bodyLine } = splitFrontMatter(source, file);
  const inline = createMarkdown(new Map(), [], language).inline;
  const glossary: Glossary = new Map();
  let current: { term: string; id: string; line: number; text: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const definition = current.text.join(' ').trim();
    if (!definition) throw new ContentError(file, current.line, `the term "${current.term}" has no definition`);
    const { id } = current;
    if (!id) throw new ContentError(file, current.line, `the term "${current.term}" needs letters or digits in its id`);
    if (glossary.has(id)) throw new ContentError(file, current.line, `the term "${current.term}" is defined twice`);
    glossary.set(id, { term: current.term, html: inline(definition) });
  };
  body.split('\n').forEach((text, i) => {
    const heading = /^##\s+(.+?)(?:\s+\{#([a-z0-9]+(?:-[a-z0-9]+)*)\})?\s*$/.exec(text);
    if (heading) {
      finish();
      current = { term: heading[1]!, id: heading[2] ?? slugify(heading[1]!), line: bodyLine + i, text: [] };
    } else if (current) current.text.push(text);
    else if (text.trim()) throw new ContentError(file, bodyLine + i, 'text before the first "## Term" heading');
  });
  finish();
  return glossary;
}
