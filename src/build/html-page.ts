import { posix } from 'node:path';
import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A page made of one built script entry, with nothing on it until the script has run. */
export interface EntryPage {
  /** The entry's name in `build.rolldownOptions.input`. */
  entry: string;
  /** Where the page goes in the output, e.g. `frame/index.html`. */
  fileName: string;
  title: string;
  /** Extra attributes of the `<html>` element, written as they are; never from user input. */
  htmlAttributes?: Record<string, string>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The chunks an entry imports statically, all the way down: the page preloads them so none waits for another. */
function staticImports(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): Set<string> {
  for (const file of chunk.imports) {
    if (seen.has(file)) continue;
    seen.add(file);
    const imported = bundle[file];
    if (imported?.type === 'chunk') staticImports(bundle, imported, seen);
  }
  return seen;
}

/**
 * The HTML of `page`, with its script and preloads addressed relative to the page, so that it works wherever the
 * folder is served from (an LMS serves a package under a path of its own choosing). The fixed top level of the project
 * leaves no room for more HTML inputs, and a page in public/ could not name the entry's hashed file, so the build
 * writes the page itself.
 */
export function entryPageHtml(bundle: OutputBundle, page: EntryPage): string {
  const chunk = Object.values(bundle).find(
    (output): output is OutputChunk => output.type === 'chunk' && output.isEntry && output.name === page.entry,
  );
  if (!chunk) throw new Error(`${page.fileName}: the build has no entry named "${page.entry}"`);
  const url = (file: string) => {
    const path = posix.relative(posix.dirname(page.fileName), file);
    return escapeHtml(path.startsWith('.') ? path : `./${path}`);
  };
  const attributes = Object.entries({ lang: 'en', ...page.htmlAttributes })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    '<!doctype html>',
    `<html${attributes}>`,
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(page.title)}</title>`,
    `    <script type="module" src="${url(chunk.fileName)}"></script>`,
    ...[...staticImports(bundle, chunk)].map((file) => `    <link rel="modulepreload" href="${url(file)}" />`),
    '  </head>',
    '  <body></body>',
    '</html>',
    '',
  ].join('\n');
}
