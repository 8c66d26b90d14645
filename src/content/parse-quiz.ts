import type { Token, Tokens } from 'marked';
import { ContentError } from './content-error.js';
import { FieldReader, splitFrontMatter } from './front-matter.js';
import { slugify, type Markdown } from './markdown.js';
import type { Lesson, Option, Question, QuestionKind, Quiz } from './types.js';

interface Draft {
  line: number;
  prompt: string;
  scenario: string[];
  options?: { line: number; items: Tokens.ListItem[] };
  explanation?: string;
  meta: Map<string, { value: string; line: number }>;
}

const META_LINE = /^([A-Za-z]+):\s*(.*)$/;
const META_KEYS = new Set(['slide', 'claims', 'type', 'id']);

function readMeta(draft: Draft, text: string, line: number, file: string) {
  text.split('\n').forEach((entry, i) => {
    const match = META_LINE.exec(entry.trim());
    const key = match?.[1]!.toLowerCase();
    if (!match || !META_KEYS.has(key!)) {
      throw new ContentError(
        file,
        line + i,
        'after the explanation only `Slide: N`, `Claims: C01, C02`, `Type: multiple` and `Id: question-id` lines may follow',
      );
    }
    draft.meta.set(key!, { value: match[2]!.trim(), line: line + i });
  });
}

/** What the quiz's language calls things: its true/false options and the note under multiple-answer questions. */
export interface QuizWords {
  trueFalse: readonly [string, string];
  selectAll: string;
  /** Whether every question must name the claims it tests (`Claims: C01`), as this course's own quizzes do. */
  claims: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function finishQuestion(
  draft: Draft,
  file: string,
  markdown: Markdown,
  slideCount: number,
  words: QuizWords,
): Question {
  const where = (problem: string, line = draft.line) =>
    new ContentError(file, line, `question "${draft.prompt}": ${problem}`);
  if (!draft.options) throw where('has no options: add a task list of `- [x]` (right) and `- [ ]` (wrong) items');
  const { items, line: listLine } = draft.options;
  if (items.some((item) => !item.task)) throw where('every option must start with `[x]` or `[ ]`', listLine);
  if (items.length < 2) throw where('needs at least two options', listLine);
  const options: Option[] = items.map((item, i) => ({
    id: String.fromCharCode(97 + i),
    html: markdown.inline(item.text.replace(/^\s*\[[ xX]\]\s*/, '')),
    correct: Boolean(item.checked),
  }));
  const rightCount = options.filter((option) => option.correct).length;
  if (rightCount === 0) throw where('has no right answer: mark at least one option `- [x]`', listLine);
  if (!draft.explanation) throw where('has no explanation: add a `> ` blockquote after the options');

  const slide = draft.meta.get('slide');
  if (!slide) throw where('needs a `Slide: N` line naming the lesson slide it comes from');
  const slideNumber = Number(slide.value);
  if (!Number.isInteger(slideNumber) || slideNumber < 1) throw where('`Slide:` must be a slide number', slide.line);
  if (slideNumber > slideCount)
    throw where(`\`Slide: ${slideNumber}\` but the lesson has ${slideCount} slides`, slide.line);
  const claims = draft.meta.get('claims');
  if (!claims && words.claims) throw where('needs a `Claims: C01, C02` line naming the claims it tests');
  const claimIds = claims?.value.split(/[\s,]+/).filter(Boolean) ?? [];
  if (claims && (claimIds.length === 0 || claimIds.some((id) => !/^C\d{2}$/.test(id)))) {
    throw where('`Claims:` must list claim ids like C07', claims.line);
  }
  const givenId = draft.meta.get('id');
  if (givenId && !/^[a-z0-9][a-z0-9-]*$/.test(givenId.value))
    throw where('`Id:` must be lower-case letters, digits and hyphens', givenId.line);
  const declaredType = draft.meta.get('type');
  if (declaredType && declaredType.value !== 'multiple')
    throw where('`Type:` can only be `multiple`', declaredType.line);

  // The language's own words for true and false, so the rule holds in every language.
  const labels = options.map((option) => option.html.toLocaleLowerCase());
  const isTrueFalse = labels.length === 2 && words.trueFalse.every((word) => labels.includes(word.toLocaleLowerCase()));
  let kind: QuestionKind = 'single';
  if (rightCount > 1 || declaredType) kind = 'multiple';
  else if (isTrueFalse) kind = 'true-false';
  else if (draft.scenario.length > 0) kind = 'scenario';
  if (isTrueFalse && rightCount !== 1) throw where('a true/false question needs exactly one right answer', listLine);

  // The quiz says "Select all that apply." under every multiple-select question; a prompt that says it too would say it twice.
  const selectAll = new RegExp(`\\s*${escapeRegExp(words.selectAll.replace(/\.$/, ''))}\\.?$`, 'i');
  return {
    // A translation names the question it translates (`Id:`), so answers carry over between languages. Otherwise the
    // id comes from the prompt as written, so answers saved before the prompt lost its "Select all that apply." match.
    id: givenId?.value ?? slugify(draft.prompt).slice(0, 60),
    kind,
    prompt: kind === 'multiple' ? draft.prompt.replace(selectAll, '') : draft.prompt,
    scenarioHtml: draft.scenario.map((text) => markdown.block(text)).join(''),
    options,
    explanationHtml: markdown.block(draft.explanation),
    slide: slideNumber,
    claims: claimIds,
  };
}

/**
 * Compiles one `quizzes/*.md` file by walking marked's block tokens. Each `## ` heading opens a question;
 * paragraphs before its task list make it a scenario; a blockquote is its explanation; `Key: value` lines close it.
 */
export function parseQuiz(
  source: string,
  file: string,
  markdown: Markdown,
  lessons: ReadonlyMap<string, Lesson>,
  words: QuizWords,
): Quiz {
  const fm = splitFrontMatter(source, file);
  const fields: FieldReader = new FieldReader(fm, file);
  const lesson = fields.string('lesson');
  const slideCount = lessons.get(lesson)?.slides.length;
  if (slideCount === undefined) fields.fail('lesson', `the quiz is for \`${lesson}\`, but no lesson has that id`);
  const questions: Question[] = [];
  let draft: Draft | null = null;
  let line = fm.bodyLine;

  for (const token of markdown.lexer(fm.body) as Token[]) {
    const tokenLine = line + (/^\n*/.exec(token.raw)?.[0].length ?? 0);
    line += token.raw.split('\n').length - 1;
    if (token.type === 'space') continue;
    if (token.type === 'heading' && token.depth === 2) {
      if (draft) questions.push(finishQuestion(draft, file, markdown, slideCount, words));
      // An underlined heading may run over several lines; a prompt, its legend and its messages are one line.
      draft = { line: tokenLine, prompt: token.text.replace(/\s+/g, ' ').trim(), scenario: [], meta: new Map() };
      continue;
    }
    if (!draft)
      throw new ContentError(
        file,
        tokenLine,
        'text before the first question: each question starts with a "## " heading',
      );
    if (token.type === 'list' && !draft.options) draft.options = { line: tokenLine, items: token.items };
    else if (token.type === 'paragraph' && !draft.options) draft.scenario.push(token.text);
    else if (token.type === 'blockquote' && draft.options && !draft.explanation) {
      draft.explanation = (token as Tokens.Blockquote).text;
    } else if (token.type === 'paragraph' && draft.explanation) readMeta(draft, token.text, tokenLine, file);
    else
      throw new ContentError(
        file,
        tokenLine,
        `question "${draft.prompt}": unexpected ${token.type} here; the order is heading, optional case text, options, > explanation, Slide/Claims lines`,
      );
  }
  if (draft) questions.push(finishQuestion(draft, file, markdown, slideCount, words));
  if (questions.length === 0)
    throw new ContentError(file, fm.bodyLine, 'the quiz has no questions: start each with a "## " heading');

  const seen = new Map<string, string>();
  for (const question of questions) {
    const previous = seen.get(question.id);
    if (previous) throw new ContentError(file, 1, `two questions have the same wording: "${question.prompt}"`);
    seen.set(question.id, question.prompt);
  }
  return { lesson, questions };
}
