/**
 * A problem in a content file, reported as `path:line: what is wrong` on one line: a problem that quotes the file
 * (a value written as a YAML block, say) has its line breaks folded into spaces.
 */
export class ContentError extends Error {
  readonly problem: string;

  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    const oneLine = problem.replace(/\s*[\r\n]+\s*/g, ' ');
    super(`${file}:${line}: ${oneLine}`);
    this.problem = oneLine;
    this.name = 'ContentError';
  }
}
