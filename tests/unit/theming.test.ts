import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  cssProperties?: { name: string; default?: string }[];
  cssParts?: { name: string }[];
  events?: { name?: string }[];
}
const manifest = JSON.parse(readFileSync('public/custom-elements.json', 'utf8')) as {
  modules: { declarations: Declaration[] }[];
};
// The shared base class is in the manifest too, for what its elements inherit; it has no tag of its own.
const elements = manifest.modules
  .flatMap((module) => module.declarations)
  .filter((declaration) => declaration.customElement && declaration.tagName);
const styleSources = ['src/styles', 'src/elements'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, 'utf8') })),
);

describe('the public API in custom-elements.json', () => {
  it('lists all six elements', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'twitch-check',
      'twitch-course',
      'twitch-help',
      'twitch-lesson',
      'twitch-progress',
      'twitch-quiz',
    ]);
  });

  it('gives every --twitch-* custom property a fallback and documents it', () => {
    const documented = new Set(
      elements.flatMap((element) => element.cssProperties ?? []).map((property) => property.name),
    );
    for (const { file, text } of styleSources) {
      for (const [, name, rest] of text.matchAll(/var\((--twitch-[a-z-]+)\s*([,)])/g)) {
        expect(rest, `${name} in ${file} has no fallback`).toBe(',');
        expect(documented.has(name!), `${name} (${file}) is not documented with @cssprop`).toBe(true);
      }
    }
  });

  it('draws figures only with documented tokens, each falling back to its documented default', () => {
    const defaults = new Map(
      elements.flatMap((element) => element.cssProperties ?? []).map((property) => [property.name, property.default]),
    );
    const figures = readdirSync('lessons/figures').filter((name) => name.endsWith('.svg'));
    expect(figures.length, 'figures in lessons/figures').toBeGreaterThan(0);
    for (const name of figures) {
      const text = readFileSync(`lessons/figures/${name}`, 'utf8');
      for (const [, token, fallback] of text.matchAll(/var\((--[a-z-]+)\s*(?:,\s*([^)]*))?\)/g)) {
        expect(defaults.has(token!), `${token} (${name}) is not documented with @cssprop`).toBe(true);
        expect(fallback, `${token} in ${name} falls back to its default`).toBe(defaults.get(token!));
      }
    }
  });

  it('documents every event the elements fire', () => {
    const fired = [...readFileSync('src/events.ts', 'utf8').matchAll(/super\('(twitch-[a-z-]+)'/g)].map(
      (match) => match[1],
    );
    const documented = new Set(elements.flatMap((element) => element.events ?? []).map((event) => event.name));
    expect(fired.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents the first name of every part', () => {
    const documented = new Set(elements.flatMap((element) => element.cssParts ?? []).map((part) => part.name));
    const used = styleSources.flatMap(({ text }) => [...text.matchAll(/part="([a-z-]+)/g)].map((match) => match[1]!));
    expect([...new Set(used)].filter((name) => !documented.has(name))).toEqual([]);
  });
});
