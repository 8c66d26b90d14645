// Gzipped sizes of built files, shared by the size budgets and the benchmark.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
export const gzippedTotal = (files) => files.reduce((total, file) => total + gzipped(file), 0);

/** The file and every module it imports statically (what loads before anything is shown), not dynamic import(). */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    staticClosure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

/** What the standalone page loads before its first paint: index.html, its scripts and styles, and their imports. */
export function standaloneFirstLoad(distDir) {
  const html = join(distDir, 'index.html');
  const linked = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\.?\/?([^":]+\.(?:js|css))"/g)];
  return [html, ...new Set(linked.flatMap((match) => [...staticClosure(join(distDir, match[1]))]))];
}

/** The embed's entry with everything it imports statically. */
export const embedEntry = (embedDir) => [...staticClosure(join(embedDir, 'twitch-course.js'))];

/**
 * The language of a built lesson or quiz chunk, by its name: another language's ends in its code
 * (`lesson-ID-HASH.es.js`), the default language's does not (`default`); null for any other file.
 */
export function contentChunkLanguage(file) {
  const name = file.split('/').at(-1);
  if (!/^(lesson|quiz)-.*\.js$/.test(name)) return null;
  return /\.([a-z]{2,3})\.js$/.exec(name)?.[1] ?? 'default';
}
