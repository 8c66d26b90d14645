import { describe, expect, it } from 'vitest';
import { compileCourse, type ContentFile } from '../../src/content/compile-course.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { parseLesson } from '../../src/content/parse-lesson.js';

const lessonFront = (fields: Record<string, string | null> = {}) => {
  const defaults: Record<string, string> = {
    id: 'sample-lesson',
    title: 'A sample lesson',
    summary: 'What a sample lesson covers.',
    minutes: '3',
    objectives: '\n  - Say what a sample is',
    sources: '\n  - title: Example source\n    url: https://example.org/source',
    reviewed: '2026-11-24',
    claims: '[C01, C02]',
    nextReview: '2027-05-24',
  };
  return Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
};

const lesson = (
  fields: Record<string, string | null> = {},
  body = '## First slide\n\nHello.\n\n---\n\n## Second slide\n\nMore text.\n',
) => `---\n${lessonFront(fields)}\n---\n\n${body}`;

const question = (options = '- [x] Yes\n- [ ] No', extra = '') =>
  `## Is this a question?\n\n${options}\n\n> Because it asks something.\n\nSlide: 1\nClaims: C01${extra}\n`;

const quiz = (body = question(), lessonId = 'sample-lesson') => `---\nlesson: ${lessonId}\n---\n\n${body}`;

const compile = (...files: [string, string][]) =>
  compileCourse(files.map(([path, source]): ContentFile => ({ path, source })));

const errorOf = (...files: [string, string][]) => {
  try {
    compile(...files);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
};

describe('lessons', () => {
  it('compiles front matter and splits slides on lines holding only ---', () => {
    const course = compile(['lessons/01-sample.md', lesson()]);
    const [compiled] = course.lessons;
    expect(compiled).toMatchObject({
      id: 'sample-lesson',
      title: 'A sample lesson',
      minutes: 3,
      reviewed: '2026-11-24',
    });
    expect(compiled!.claims).toEqual(['C01', 'C02']);
    expect(compiled!.slides.map((slide) => slide.heading)).toEqual(['First slide', 'Second slide']);
    expect(compiled!.slides[0]!.html).toBe('<p>Hello.</p>');
  });

  it('requires a next review date after the last review', () => {
    expect(errorOf(['lessons/01-sample.md', lesson({ nextReview: null })])).toBe(
      'lessons/01-sample.md:1: front matter is missing `nextReview`',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({ nextReview: '2026-11-24' })])).toBe(
      'lessons/01-sample.md:13: `nextReview` (2026-11-24) must be after `reviewed` (2026-11-24)',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({ nextReview: '2027-13-01' })])).toBe(
      'lessons/01-sample.md:13: `nextReview` must be a date written YYYY-MM-DD',
    );
    expect(compile(['lessons/01-sample.md', lesson()]).lessons[0]!.nextReview).toBe('2027-05-24');
  });

  it('renders emergency boxes apart from doctor boxes, and {{emergency}} as the default numbers', () => {
    const body = '## Slide\n\n:::emergency\nCall {{emergency}} now.\n:::\n';
    const html = compile(['lessons/01-sample.md', lesson({}, body)]).lessons[0]!.slides[0]!.html;
    expect(html).toContain(
      '<aside class="callout callout-emergency" part="callout callout-emergency" aria-label="Emergency">',
    );
    expect(html).toContain(
      'Call <span class="emergency-number" part="emergency-number">999 (UK), 112 (EU) or 911 (US and Canada)</span> now.',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({}, '## Slide\n\n:::urgent\ntext\n:::\n')])).toBe(
      'lessons/01-sample.md:18: unknown box `:::urgent`: use one of :::evidence, :::doctor, :::emergency',
    );
  });

  it('renders evidence and doctor boxes as labelled asides with an icon', () => {
    const body =
      '## Slide\n\n:::evidence\n**Evidence:** text. Source: [A](https://example.org)\n:::\n\n:::doctor\n- weakness\n:::\n';
    const html = compile(['lessons/01-sample.md', lesson({}, body)]).lessons[0]!.slides[0]!.html;
    expect(html).toContain('<aside class="callout callout-evidence"');
    expect(html).toContain('aria-label="Evidence note"><svg class="callout-icon"');
    expect(html).toContain('<aside class="callout callout-doctor"');
    expect(html).toContain('<li>weakness</li>');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('turns term: links into a button that flows with its sentence, with the glossary definition beside it', () => {
    const glossary = '---\ntitle: Glossary\n---\n\n## Motor neuron\n\nA nerve cell that tells a muscle to move.\n';
    const body = '## Slide\n\nA [motor nerve](term:motor-neuron) fires.\n';
    const html = compile(['lessons/glossary.md', glossary], ['lessons/01-sample.md', lesson({}, body)]).lessons[0]!
      .slides[0]!.html;
    expect(html).toContain(
      '<span class="term" part="term" role="button" tabindex="0" aria-expanded="false" aria-controls="term-1">motor nerve</span>',
    );
    expect(html).toContain('<dfn>Motor neuron</dfn>: A nerve cell that tells a muscle to move.');
  });

  it('names the file and line of a missing front matter key', () => {
    expect(errorOf(['lessons/01-sample.md', lesson({ title: null })])).toBe(
      'lessons/01-sample.md:1: front matter is missing `title`',
    );
  });

  it('rejects a file without front matter', () => {
    expect(errorOf(['lessons/01-sample.md', '## Slide\n\ntext\n'])).toMatch(
      /^lessons\/01-sample\.md:1: the file must start with front matter/,
    );
  });

  it('names the line of a bad value', () => {
    expect(errorOf(['lessons/01-sample.md', lesson({ reviewed: 'last week' })])).toBe(
      'lessons/01-sample.md:11: `reviewed` must be a date written YYYY-MM-DD',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({ reviewed: '2026-02-30' })])).toBe(
      'lessons/01-sample.md:11: `reviewed` must be a date written YYYY-MM-DD',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({ claims: '[C1]' })])).toMatch(
      /^lessons\/01-sample\.md:12: `C1` is not a claim id/,
    );
  });

  it('rejects a duplicate lesson id, naming both files', () => {
    expect(errorOf(['lessons/01-a.md', lesson()], ['lessons/02-b.md', lesson()])).toBe(
      'lessons/02-b.md:2: duplicate lesson id `sample-lesson`: lessons/01-a.md has it too',
    );
  });

  it('names the line of an empty slide', () => {
    // The front matter closes on line 13, so the body starts on 15; the empty slide begins after the break on 19.
    const body = '## First\n\nText.\n\n---\n\n---\n\n## Third\n\nText.\n';
    expect(errorOf(['lessons/01-sample.md', lesson({}, body)])).toBe('lessons/01-sample.md:21: slide 2 is empty');
  });

  it('rejects a slide without a heading, and a heading without text', () => {
    expect(errorOf(['lessons/01-sample.md', lesson({}, 'Just text.\n')])).toBe(
      'lessons/01-sample.md:16: slide 1 must start with a "## " heading',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({}, '## Lonely heading\n')])).toBe(
      'lessons/01-sample.md:16: slide 1 has a heading but no text',
    );
  });

  it('rejects an unknown glossary term and an unclosed box, with their lines', () => {
    expect(errorOf(['lessons/01-sample.md', lesson({}, '## Slide\n\nA [word](term:nothing).\n')])).toBe(
      'lessons/01-sample.md:18: unknown glossary term `nothing`',
    );
    expect(errorOf(['lessons/01-sample.md', lesson({}, '## Slide\n\n:::doctor\n- weakness\n')])).toBe(
      'lessons/01-sample.md:18: this box is not closed: add a line holding only :::',
    );
  });
});

describe('figures', () => {
  const svg = (
    inside = '<title>A dot</title>\n<desc>One round dot in the middle.</desc>\n<circle cx="5" cy="5" r="4"/>',
  ) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${inside}\n</svg>\n`;
  const FIGURE = 'lessons/figures/dot.svg';
  // The slide's heading is on line 16, so the figure opens on line 18.
  const withFigure = (block = ':::figure figures/dot.svg\nA dot, as a caption.\n:::\n', figure = svg()) =>
    [
      ['lessons/01-sample.md', lesson({}, `## Slide\n\n${block}`)],
      [FIGURE, figure],
    ] as [string, string][];

  it('writes the SVG into the slide, named by its title, described by its description and captioned', () => {
    const html = compile(...withFigure()).lessons[0]!.slides[0]!.html;
    expect(html).toBe(
      '<div class="figure" role="figure" aria-labelledby="figure-1">' +
        '<svg role="img" aria-labelledby="figure-1-title" aria-describedby="figure-1-desc" viewBox="0 0 10 10">' +
        '<title id="figure-1-title">A dot</title><desc id="figure-1-desc">One round dot in the middle.</desc><circle cx="5" cy="5" r="4"/></svg>' +
        '<p id="figure-1"><small>A dot, as a caption.</small></p></div>',
    );
  });

  it("puts what follows the caption, such as a chart's table, in a disclosure under it", () => {
    const block = ':::figure figures/dot.svg\nA dot.\n\n| x | y |\n| --- | --- |\n| 5 | 5 |\n:::\n';
    const html = compile(...withFigure(block)).lessons[0]!.slides[0]!.html;
    expect(html).toMatch(
      /<p id="figure-1"><small>A dot\.<\/small><\/p><details><summary>The numbers in this chart<\/summary><table>[\s\S]*<td>5<\/td>[\s\S]*<\/table>\s*<\/details><\/div>$/,
    );
  });

  it('rejects a figure that is not there, or not named, at the line that asks for it', () => {
    expect(errorOf(...withFigure(':::figure figures/dots.svg\nCaption.\n:::\n'))).toBe(
      'lessons/01-sample.md:18: there is no figure `figures/dots.svg`: put it in lessons/figures/ and name it figures/NAME.svg',
    );
    expect(errorOf(...withFigure(':::figure\nCaption.\n:::\n'))).toBe(
      'lessons/01-sample.md:18: name the figure: `:::figure figures/NAME.svg`',
    );
  });

  it('rejects a figure without a caption, or with its table first', () => {
    expect(errorOf(...withFigure(':::figure figures/dot.svg\n\n:::\n'))).toBe(
      'lessons/01-sample.md:18: the figure has no caption: write one on the line after :::figure',
    );
    expect(errorOf(...withFigure(':::figure figures/dot.svg\n| x |\n| --- |\n| 5 |\n:::\n'))).toBe(
      'lessons/01-sample.md:19: write the caption before the table',
    );
  });

  it('rejects an SVG without a title or a description, or with an empty one, at its own line', () => {
    expect(errorOf(...withFigure(undefined, svg('<desc>One dot.</desc>')))).toBe(
      'lessons/figures/dot.svg:1: the figure needs a <title>: a short name, read out as the picture',
    );
    expect(errorOf(...withFigure(undefined, svg('<title> </title>\n<desc>One dot.</desc>')))).toBe(
      'lessons/figures/dot.svg:2: the <title> is empty: write a short name, read out as the picture',
    );
    expect(errorOf(...withFigure(undefined, svg('<title>A dot</title>')))).toBe(
      'lessons/figures/dot.svg:1: the figure needs a <desc>: a description of what it shows, for screen readers',
    );
    expect(errorOf(...withFigure(undefined, svg('<title>A dot</title>\n<desc></desc>')))).toBe(
      'lessons/figures/dot.svg:3: the <desc> is empty: write a description of what it shows, for screen readers',
    );
  });

  it.each([
    ['<script>alert(1)</script>', 'script'],
    ['<circle onclick="go()"/>', 'script'],
    ['<style>circle{fill:red}</style>', 'a style'],
    ['<circle style="fill:red"/>', 'a style'],
    ['<image href="https://example.org/a.png"/>', 'a reference to another file'],
    ['<circle id="dot"/>', 'an id'],
    ['<circle fill="var(--twitch-color-accent)"/>', 'a var() without a fallback'],
    ['<metadata>made with an editor</metadata>', 'editor metadata'],
  ])('refuses an SVG holding %s, naming its line', (bad, what) => {
    const error = errorOf(...withFigure(undefined, svg(`<title>A dot</title>\n<desc>One dot.</desc>\n${bad}`)));
    expect(error.startsWith(`lessons/figures/dot.svg:4: the figure holds ${what}`), error).toBe(true);
  });

  it('refuses a figure file that is no SVG drawing, or that is named oddly', () => {
    expect(errorOf(...withFigure(undefined, '<p>Not a drawing</p>'))).toBe(
      'lessons/figures/dot.svg:1: a figure file must start with <svg …>',
    );
    expect(errorOf(...withFigure(undefined, '<svg><title>A</title><desc>B c.</desc></svg>'))).toBe(
      'lessons/figures/dot.svg:1: the <svg> needs a viewBox, so the figure can scale to the lesson',
    );
    expect(errorOf(['lessons/figures/Dot Plot.svg', svg()])).toBe(
      'lessons/figures/Dot Plot.svg:1: a figure is named with lower-case words joined by hyphens, ending .svg',
    );
  });

  it('calls :::figure an unknown box in a lesson compiled in the browser, which has no figures', () => {
    const source = lesson({}, '## Slide\n\n:::figure figures/dot.svg\nA dot.\n:::\n');
    expect(() => parseLesson(source, 'https://example.org/lesson.md', null, createMarkdown(new Map()))).toThrow(
      'https://example.org/lesson.md:18: unknown box `:::figure`: use one of :::evidence, :::doctor, :::emergency',
    );
  });
});

describe('the help panel', () => {
  const help = (body: string) => `---\ntitle: Get help now\n---\n\n${body}`;

  it('compiles one section per level of urgency, headings included', () => {
    const course = compile([
      'lessons/help.md',
      help('## Call {{emergency}} now\n\n- not breathing\n\n## See a doctor soon\n\nText.\n'),
    ]);
    expect(course.help!.title).toBe('Get help now');
    expect(course.help!.sections.map((section) => section.headingHtml)).toEqual([
      'Call <span class="emergency-number" part="emergency-number">999 (UK), 112 (EU) or 911 (US and Canada)</span> now',
      'See a doctor soon',
    ]);
    expect(course.help!.sections[0]!.html).toBe('<ul>\n<li>not breathing</li>\n</ul>');
    expect(course.lessons).toEqual([]);
  });

  it('names the file and line of what is wrong', () => {
    expect(errorOf(['lessons/help.md', help('Text first.\n\n## A\n\nB\n')])).toBe(
      'lessons/help.md:5: text before the first "## " section heading',
    );
    expect(errorOf(['lessons/help.md', help('## A\n\n## B\n\nText.\n')])).toBe(
      'lessons/help.md:5: the section "A" has no text',
    );
    expect(errorOf(['lessons/help.md', help('')])).toBe(
      'lessons/help.md:4: the help panel needs at least one "## " section',
    );
    expect(errorOf(['lessons/help.md', '---\n---\n\n## A\n\nB\n'])).toBe(
      'lessons/help.md:1: front matter is missing `title`',
    );
  });
});

describe('quizzes', () => {
  it('says what is wrong on one line, even when it quotes a value written over several lines', () => {
    expect(errorOf(['quizzes/01-sample.md', '---\n\nlesson: |\n  block\n  text\n---\n'])).toBe(
      'quizzes/01-sample.md:3: the quiz is for `block text`, but no lesson has that id',
    );
  });

  const withLesson = (source: string): [string, string][] => [
    ['lessons/01-sample.md', lesson()],
    ['quizzes/01-sample.md', source],
  ];

  it('infers single choice, multiple select, true/false and scenario questions', () => {
    const body = [
      question('- [x] Yes\n- [ ] No'),
      question('- [x] One\n- [x] Two\n- [ ] Three').replace('Is this a question?', 'Pick all'),
      question('- [ ] True\n- [x] False').replace('Is this a question?', 'True or false'),
      '## What should Sam do?\n\nSam twitches after leg day.\n\n- [x] Rest\n- [ ] Panic\n\n> Rest helps.\n\nSlide: 2\nClaims: C02, C03\n',
      question('- [x] Only this\n- [ ] Not this', '\nType: multiple').replace(
        'Is this a question?',
        'Declared multiple',
      ),
    ].join('\n');
    const compiled = compile(...withLesson(quiz(body))).quizzes.get('sample-lesson')!;
    expect(compiled.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'true-false', 'scenario', 'multiple']);
    const scenario = compiled.questions[3]!;
    expect(scenario).toMatchObject({ id: 'what-should-sam-do', slide: 2, claims: ['C02', 'C03'] });
    expect(scenario.scenarioHtml).toBe('<p>Sam twitches after leg day.</p>');
    expect(scenario.options).toEqual([
      { id: 'a', html: 'Rest', correct: true },
      { id: 'b', html: 'Panic', correct: false },
    ]);
    expect(scenario.explanationHtml).toBe('<p>Rest helps.</p>');
  });

  it('leaves "Select all that apply." out of a multiple-select prompt, which the quiz says itself, and keeps its id', () => {
    const body = [
      question('- [x] One\n- [x] Two\n- [ ] Three').replace(
        'Is this a question?',
        'Which are true? Select all that apply.',
      ),
      question('- [x] Yes\n- [ ] No').replace('Is this a question?', 'Is this one? Select all that apply.'),
    ].join('\n');
    const [multiple, single] = compile(...withLesson(quiz(body))).quizzes.get('sample-lesson')!.questions;
    expect(multiple).toMatchObject({
      kind: 'multiple',
      prompt: 'Which are true?',
      id: 'which-are-true-select-all-that-apply',
    });
    expect(single, 'a single-choice prompt is left as written').toMatchObject({
      kind: 'single',
      prompt: 'Is this one? Select all that apply.',
    });
  });

  it('rejects a question with no right answer, naming the line of its options', () => {
    expect(errorOf(...withLesson(quiz(question('- [ ] Yes\n- [ ] No'))))).toBe(
      'quizzes/01-sample.md:7: question "Is this a question?": has no right answer: mark at least one option `- [x]`',
    );
  });

  it('rejects a quiz for an unknown lesson', () => {
    expect(errorOf(...withLesson(quiz(question(), 'no-such-lesson')))).toBe(
      'quizzes/01-sample.md:2: the quiz is for `no-such-lesson`, but no lesson has that id',
    );
  });

  it('rejects a question without an explanation, options that are not tasks, and a slide out of range', () => {
    expect(errorOf(...withLesson(quiz('## Why?\n\n- [x] Yes\n- [ ] No\n')))).toMatch(
      /:5: question "Why\?": has no explanation/,
    );
    expect(errorOf(...withLesson(quiz(question('- Yes\n- No'))))).toMatch(
      /:7: question .*: every option must start with/,
    );
    expect(errorOf(...withLesson(quiz(question().replace('Slide: 1', 'Slide: 9'))))).toBe(
      'quizzes/01-sample.md:12: question "Is this a question?": `Slide: 9` but the lesson has 2 slides',
    );
  });

  it('rejects a second quiz for the same lesson', () => {
    expect(errorOf(['lessons/01-sample.md', lesson()], ['quizzes/01-a.md', quiz()], ['quizzes/02-b.md', quiz()])).toBe(
      'quizzes/02-b.md:1: lesson `sample-lesson` already has a quiz: quizzes/01-a.md',
    );
  });
});
