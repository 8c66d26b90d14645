import { allPaths, CHECK_LEVELS, outcomeTarget } from '../check/walk.js';
import { ContentError } from './content-error.js';
import { FieldReader, splitFrontMatter } from './front-matter.js';
import type { Markdown } from './markdown.js';
import type { Check, CheckLevel, CheckOption, CheckOutcome, CheckQuestion, Lesson } from './types.js';

const HEADING = /^##\s+(.*?)\s*#*\s*$/;
const SECTION = /^(outcome:)?([a-z0-9]+(?:-[a-z0-9]+)*):\s+(\S.*)$/;
const OPTION = /^[-*+]\s+(.*?)\s*(?:→|->)\s*(\S*)\s*$/;
const META = /^(level|slide):\s*(.*?)\s*$/i;
const SLIDE = /^([a-z0-9-]+)\s+(\d+)$/;

interface Section {
  outcome: boolean;
  id: string;
  heading: string;
  line: number;
  body: { text: string; line: number }[];
}

/**
 * Compiles `quizzes/checks/see-a-doctor.md`: the "Should I see a doctor?" check. Front matter gives the `title` and the
 * `disclaimer`; text before the first section is the introduction. Each `## id: Question?` section is a question: any
 * text (the signs it asks about), then its options, `- Answer → next-id` or `- Answer → outcome:id`. Each
 * `## outcome:id: What to do` section is an outcome: a `Level:` line (emergency, care-today, book-doctor or harmless),
 * a `Slide: lesson-id N` line naming the slide that explains it, then why and what to do.
 *
 * The check is held to the rules its safety rests on: every path ends in an outcome, no loops, nothing unreachable,
 * an outcome of every level, the most urgent questions first, and no "harmless" before every question about a sign
 * that needs help has been asked.
 */
export function parseCheck(source: string, file: string, markdown: Markdown, lessons: Map<string, Lesson>): Check {
  const fm = splitFrontMatter(source, file);
  const fields = new FieldReader(fm, file);
  const title = fields.string('title');
  const disclaimer = fields.string('disclaimer');
  const intro: string[] = [];
  const sections: Section[] = [];
  fm.body.split('\n').forEach((text, i) => {
    const line = fm.bodyLine + i;
    const heading = HEADING.exec(text);
    if (!heading) {
      if (sections.length) sections.at(-1)!.body.push({ text, line });
      else intro.push(text);
      return;
    }
    const section = SECTION.exec(heading[1]!);
    if (!section) {
      throw new ContentError(
        file,
        line,
        'a heading must be `## id: The question?` or `## outcome:id: What to do`, the id in lower-case letters, digits and hyphens',
      );
    }
    sections.push({ outcome: Boolean(section[1]), id: section[2]!, heading: section[3]!, line, body: [] });
  });

  const lines = new Map<object, number>();
  const questions = sections
    .filter((section) => !section.outcome)
    .map((section) => readQuestion(section, file, markdown, lines));
  const outcomes = sections
    .filter((section) => section.outcome)
    .map((section) => readOutcome(section, file, markdown, lessons, lines));
  if (questions.length === 0)
    throw new ContentError(file, fm.bodyLine, 'the check has no questions: add a `## id: The question?` section');
  const check: Check = {
    title,
    introHtml: markdown.block(intro.join('\n')),
    disclaimerHtml: markdown.inline(disclaimer),
    questions,
    outcomes,
  };
  validate(check, file, lines);
  return check;
}

function readQuestion(section: Section, file: string, markdown: Markdown, lines: Map<object, number>): CheckQuestion {
  const where = (line: number, problem: string) =>
    new ContentError(file, line, `question \`${section.id}\`: ${problem}`);
  const detail: string[] = [];
  const options: CheckOption[] = [];
  const labels = new Map<string, number>();
  for (const { text, line } of section.body) {
    const option = OPTION.exec(text);
    if (!option) {
      if (options.length && text.trim())
        throw where(line, 'text after the options: the options (`- Answer → next`) come last');
      detail.push(text);
      continue;
    }
    const [, label, next] = option;
    if (!label) throw where(line, 'an option needs an answer before the arrow');
    if (!next)
      throw where(line, `the option "${label}" must name the question or \`outcome:id\` it leads to after the arrow`);
    const other = labels.get(label.toLowerCase());
    if (other) throw where(line, `two options say "${label}" (the other is on line ${other})`);
    labels.set(label.toLowerCase(), line);
    const compiled = { html: markdown.inline(label), next };
    lines.set(compiled, line);
    options.push(compiled);
  }
  if (options.length < 2)
    throw where(
      section.line,
      'needs at least two options, each written `- Answer → next-id` or `- Answer → outcome:id`',
    );
  const question = {
    id: section.id,
    html: markdown.inline(section.heading),
    detailHtml: markdown.block(detail.join('\n')),
    options,
  };
  lines.set(question, section.line);
  return question;
}

function readOutcome(
  section: Section,
  file: string,
  markdown: Markdown,
  lessons: Map<string, Lesson>,
  lines: Map<object, number>,
): CheckOutcome {
  const where = (line: number, problem: string) =>
    new ContentError(file, line, `outcome \`${section.id}\`: ${problem}`);
  const meta = new Map<string, { value: string; line: number }>();
  const body: string[] = [];
  for (const { text, line } of section.body) {
    if (OPTION.test(text)) throw where(line, 'an outcome ends the check, so it cannot have options');
    const field = body.some((kept) => kept.trim()) ? null : META.exec(text);
    if (field) meta.set(field[1]!.toLowerCase(), { value: field[2]!, line });
    else body.push(text);
  }
  const level = meta.get('level');
  if (!level) throw where(section.line, `needs a \`Level:\` line: ${CHECK_LEVELS.join(', ')}`);
  if (!CHECK_LEVELS.includes(level.value as CheckLevel))
    throw where(level.line, `\`Level: ${level.value}\` must be one of ${CHECK_LEVELS.join(', ')}`);
  const slide = meta.get('slide');
  if (!slide) throw where(section.line, 'needs a `Slide: lesson-id N` line naming the lesson slide that explains it');
  const [, lessonId, number] = SLIDE.exec(slide.value) ?? [];
  if (!lessonId)
    throw where(slide.line, '`Slide:` must be a lesson id and a slide number, e.g. `Slide: how-serious 11`');
  const lesson = lessons.get(lessonId);
  if (!lesson) throw where(slide.line, `there is no lesson \`${lessonId}\``);
  const slideHeading = lesson.slides[Number(number) - 1]?.heading;
  if (!slideHeading)
    throw where(
      slide.line,
      `\`Slide: ${slide.value}\` but the lesson \`${lessonId}\` has slides 1 to ${lesson.slides.length}`,
    );
  if (!body.join('').trim()) throw where(section.line, 'says nothing: add why, and what to do');
  const outcome: CheckOutcome = {
    id: section.id,
    level: level.value as CheckLevel,
    headingHtml: markdown.inline(section.heading),
    html: markdown.block(body.join('\n')),
    lesson: lessonId,
    lessonTitle: lesson.title,
    slide: Number(number),
    slideHeading,
  };
  lines.set(outcome, section.line);
  return outcome;
}

function validate(check: Check, file: string, lines: Map<object, number>) {
  const lineOf = (item: object) => lines.get(item) ?? 1;
  const fail = (item: object, problem: string): never => {
    throw new ContentError(file, lineOf(item), problem);
  };
  const questions = new Map<string, CheckQuestion>();
  for (const question of check.questions) {
    const other = questions.get(question.id);
    if (other) fail(question, `there are two questions \`${question.id}\` (the other is on line ${lineOf(other)})`);
    questions.set(question.id, question);
  }
  const outcomes = new Map<string, CheckOutcome>();
  for (const outcome of check.outcomes) {
    const other = outcomes.get(outcome.id);
    if (other) fail(outcome, `there are two outcomes \`${outcome.id}\` (the other is on line ${lineOf(other)})`);
    outcomes.set(outcome.id, outcome);
  }

  for (const question of check.questions) {
    for (const option of question.options) {
      const outcome = outcomeTarget(option.next);
      if (outcome !== null && !outcomes.has(outcome))
        fail(option, `\`→ ${option.next}\`: there is no \`## outcome:${outcome}\` section`);
      if (outcome === null && !questions.has(option.next)) {
        const hint = outcomes.has(option.next) ? `; to end on the outcome, write \`outcome:${option.next}\`` : '';
        fail(option, `\`→ ${option.next}\`: there is no question \`## ${option.next}\`${hint}`);
      }
    }
  }

  // Depth first from the first question: an option that leads back to a question still being walked is a loop.
  const reached = new Set<object>();
  const walking = new Set<CheckQuestion>();
  const walk = (question: CheckQuestion) => {
    reached.add(question);
    walking.add(question);
    for (const option of question.options) {
      const outcome = outcomeTarget(option.next);
      if (outcome !== null) {
        reached.add(outcomes.get(outcome)!);
        continue;
      }
      const next = questions.get(option.next)!;
      if (walking.has(next)) {
        fail(
          option,
          `\`→ ${option.next}\` leads back to a question asked before (line ${lineOf(next)}), so the check could go round for ever: every path must end in an outcome`,
        );
      }
      if (!reached.has(next)) walk(next);
    }
    walking.delete(question);
  };
  walk(check.questions[0]!);
  for (const question of check.questions)
    if (!reached.has(question)) fail(question, `question \`${question.id}\` is never asked: no option leads to it`);
  for (const outcome of check.outcomes)
    if (!reached.has(outcome)) fail(outcome, `outcome \`${outcome.id}\` is never reached: no option leads to it`);
  for (const level of CHECK_LEVELS) {
    if (!check.outcomes.some((outcome) => outcome.level === level)) {
      throw new ContentError(
        file,
        1,
        `the check has no outcome with \`Level: ${level}\`: it needs one of each level (${CHECK_LEVELS.join(', ')})`,
      );
    }
  }

  // A question is as urgent as the most urgent outcome it can end on at once (0 = emergency).
  const urgency = new Map<CheckQuestion, number>();
  for (const question of check.questions) {
    const ranks = question.options
      .map((option) => outcomeTarget(option.next))
      .filter((id) => id !== null)
      .map((id) => CHECK_LEVELS.indexOf(outcomes.get(id)!.level));
    if (ranks.length) urgency.set(question, Math.min(...ranks));
  }
  const first = check.questions[0]!;
  if (urgency.get(first) !== 0)
    fail(
      first,
      `the first question, \`${first.id}\`, must ask about emergency signs: none of its options ends on an \`emergency\` outcome`,
    );
  const paths = allPaths(check);
  for (const path of paths) {
    path.questions.forEach((earlier, i) => {
      for (const later of path.questions.slice(i + 1)) {
        const before = urgency.get(earlier);
        const after = urgency.get(later);
        if (before === undefined || after === undefined || after >= before) continue;
        fail(
          later,
          `question \`${later.id}\` can end on a \`${CHECK_LEVELS[after]}\` outcome but comes after \`${earlier.id}\` (line ${lineOf(earlier)}), whose most urgent is \`${CHECK_LEVELS[before]}\`: ask about emergency signs first, then same-day ones, then the ones for a doctor visit`,
        );
      }
    });
  }

  const harmless = CHECK_LEVELS.indexOf('harmless');
  const redFlags = check.questions.filter((question) => (urgency.get(question) ?? harmless) < harmless);
  for (const path of paths.filter((candidate) => candidate.outcome.level === 'harmless')) {
    const skipped = redFlags.find((question) => !path.questions.includes(question));
    if (!skipped) continue;
    const last = path.questions.at(-1)!.options[path.answers.at(-1)!]!;
    fail(
      last,
      `\`→ ${last.next}\` says "harmless" on a path that never asks \`${skipped.id}\` (line ${lineOf(skipped)}): every question about a sign that needs help must come first`,
    );
  }
}
