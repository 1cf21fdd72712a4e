/** A JSON path as a list of keys and indices. */
export type JsonPath = ReadonlyArray<string | number>;

/** Formats a path as `$.a.b[0].c`. */
export function formatJsonPath(path: JsonPath): string {
  let text = '$';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) text += `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/** One problem with user input: where it is and what was expected. */
export interface InputProblem {
  readonly path: JsonPath;
  readonly message: string;
}

/**
 * A mistake in user input (scenario, CSV, flags): carries the file and JSON path of every
 * problem, so the CLI can print them and exit 2. Never used for programming errors.
 */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly InputProblem[],
  ) {
    super(problems.map((problem) => `${file}: ${formatJsonPath(problem.path)}: ${problem.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}
