import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../src/build/minify-css.js';

describe('minifyCss', () => {
  it('drops comments, whitespace and spare characters but keeps the spaces values and selectors need', () => {
    const css = `
      /* a comment */
      .a > .b,
      .c :focus-visible {
        margin: 0 auto;
        font-family: 'Segoe UI', sans-serif;
        width: calc(var(--x, 12px) * 0.75);
        color: #ffffff !important;
      }
      .d[aria-expanded='true'], .e[data-x='1'] { color: #1f2a30; }
      @media (max-width: 30em) {
        .a { color: red; }
      }`;
    expect(minifyCss(css)).toBe(
      ".a>.b,.c :focus-visible{margin:0 auto;font-family:'Segoe UI',sans-serif;width:calc(var(--x,12px) * .75);color:#fff!important}" +
        ".d[aria-expanded=true],.e[data-x='1']{color:#1f2a30}@media (max-width:30em){.a{color:red}}",
    );
  });
});
