import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkTokens } from '../../src/styles/dark-theme.js';

const manifest = JSON.parse(readFileSync('public/custom-elements.json', 'utf8')) as {
  modules: { declarations: { customElement?: boolean; cssProperties?: { name: string }[] }[] }[];
};
const documented = new Set(
  manifest.modules
    .flatMap((module) => module.declarations)
    .flatMap((declaration) => declaration.cssProperties ?? [])
    .map((property) => property.name),
);

function luminance(hex: string) {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi)!.map((pair) => {
    const c = parseInt(pair, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const dark = (name: string) => darkTokens[`--twitch-color-${name}`]!;

describe('the dark token set', () => {
  it('gives every documented colour token a dark value, and only those', () => {
    const colours = [...documented].filter((name) => name.startsWith('--twitch-color-'));
    expect(Object.keys(darkTokens).sort()).toEqual(colours.sort());
  });

  it('keeps text readable (4.5:1) on every surface it is written on', () => {
    const pairs: [string, string][] = [
      ['text', 'surface'],
      ['text', 'surface-alt'],
      ['text', 'accent-surface'],
      ['text', 'evidence-surface'],
      ['text', 'doctor-surface'],
      ['muted', 'surface'],
      ['muted', 'surface-alt'],
      ['link', 'surface'],
      ['link', 'surface-alt'],
      ['accent', 'surface'],
      ['on-accent', 'accent'],
      ['success', 'surface'],
      ['success', 'surface-alt'],
      ['danger', 'surface'],
      ['danger', 'surface-alt'],
    ];
    for (const [text, surface] of pairs) {
      expect(contrast(dark(text), dark(surface)), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps focus rings, box frames and icons visible (3:1) against what they sit on', () => {
    const pairs: [string, string][] = [
      ['focus', 'surface'],
      ['evidence', 'evidence-surface'],
      ['doctor', 'doctor-surface'],
      ['danger', 'doctor-surface'],
      ['accent', 'track'],
    ];
    for (const [mark, surface] of pairs)
      expect(contrast(dark(mark), dark(surface)), `${mark} on ${surface}`).toBeGreaterThanOrEqual(3);
  });
});
