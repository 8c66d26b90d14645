import { existsSync, readFileSync } from 'node:fs';
import { lessons } from 'virtual:twitch-course/index';
import { describe, expect, it } from 'vitest';
import { darkTokens } from '../../src/styles/dark-theme.js';

const read = (file: string) => readFileSync(file, 'utf8');
const guide = read('public/embed.html');
const readme = read('README.md');
const pages = [
  'index.html',
  'public/embed.html',
  'public/examples/index.html',
  'public/examples/gym-blog.html',
  'public/examples/clinic.html',
];

/** The text of every code sample a site owner might copy: `<pre>` blocks of the pages and fenced blocks of the README. */
function snippets(): { where: string; text: string }[] {
  const fromPages = pages
    .filter(existsSync)
    .flatMap((file) =>
      [...read(file).matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((match) => ({ where: file, text: match[1]! })),
    );
  const fromReadme = [...read('README.md').matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => ({
    where: 'README.md',
    text: match[1]!,
  }));
  return [...fromPages, ...fromReadme];
}

describe('the pages for site owners', () => {
  it('give whole snippets, none cut short with "…"', () => {
    const all = snippets();
    expect(all.length).toBeGreaterThan(5);
    for (const { where, text } of all) {
      const plain = text.replace(/<[^>]+>/g, '').replace(/&hellip;/g, '…');
      expect(plain, `${where}: ${plain.slice(0, 60)}`).not.toMatch(/…\s*(}|$)|…\s*;?\s*}/m);
      expect(plain.trimEnd().endsWith('…'), `${where} ends in …`).toBe(false);
    }
  });

  it('link the course page to the embed guide, and the examples to each other', () => {
    expect(read('index.html')).toMatch(/<a [^>]*href="\/embed\.html"/);
    const examples = read('public/examples/index.html');
    for (const href of ['/embed.html', 'gym-blog.html', 'clinic.html']) expect(examples).toContain(`href="${href}"`);
    expect(guide).toContain('href="/examples/"');
  });

  it('run the embed guide under its own strict Content-Security-Policy: no inline script or style', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(guide)?.[1];
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(guide).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(guide).not.toMatch(/\sstyle="|\son[a-z]+="/);
    expect(guide).not.toMatch(/<style/);
  });

  it('list the lesson ids in the README, the embed guide and the manifest', () => {
    const manifest = JSON.parse(read('public/custom-elements.json')) as {
      modules: { declarations: { tagName?: string; attributes?: { name: string; description?: string }[] }[] }[];
    };
    const quizAttribute = manifest.modules
      .flatMap((module) => module.declarations)
      .find((declaration) => declaration.tagName === 'twitch-quiz')
      ?.attributes?.find((attribute) => attribute.name === 'quiz');
    for (const { id } of lessons) {
      expect(readme, `README: ${id}`).toContain(`\`${id}\``);
      expect(guide, `embed guide: ${id}`).toContain(`<code>${id}</code>`);
      expect(quizAttribute?.description, `manifest, <twitch-quiz quiz>: ${id}`).toContain(`\`${id}\``);
    }
  });

  it('write out the dark token set in the README and the embed guide, value for value', () => {
    for (const [token, value] of Object.entries(darkTokens)) {
      expect(readme, `README: ${token}`).toContain(`\`${value}\``);
      expect(guide, `embed guide: ${token}`).toContain(`${token}: ${value};`);
    }
  });
});
