import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeyProblems } from '../../engine/scenario/duplicateKeys.js';
import { formatJsonPath } from '../../engine/scenario/ScenarioError.js';
import { cli } from '../helpers/cli.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

describe('duplicateKeyProblems', () => {
  it('finds a key given twice in one object, at its JSON path, with both lines', () => {
    const text = '{\n  "horizon": "30d",\n  "warehouse": { "pickers": 4, "zones": [{ "a": 1, "a": 2 }] },\n  "horizon": "90d"\n}';
    const problems = duplicateKeyProblems(text);
    expect(problems.map((problem) => formatJsonPath(problem.path))).toEqual(['$.warehouse.zones[0].a', '$.horizon']);
    expect(problems[1]?.message).toBe('given twice (lines 2 and 4); JSON keeps only the last, so the first would be ignored: remove one');
  });

  it('lets one key appear in sibling objects, and reports at most 20 duplicates', () => {
    expect(duplicateKeyProblems('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}')).toEqual([]);
    const many = `{${Array.from({ length: 50 }, () => '"k":1').join(',')}}`;
    expect(duplicateKeyProblems(many)).toHaveLength(20);
  });

  it('finds nothing in any JSON that JSON.stringify writes (it never repeats a key)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => duplicateKeyProblems(JSON.stringify(value)).length === 0));
  });

  it('finds the key of any object that is given twice', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length] as string;
        const text = JSON.stringify(object).replace(/}$/, () => `,${JSON.stringify(key)}:null}`); // a function: a key such as "$`" is no replacement pattern
        const problems = duplicateKeyProblems(text);
        return problems.length === 1 && JSON.stringify(problems[0]?.path) === JSON.stringify([key]);
      }),
    );
  });
});

describe('a scenario with a key given twice', () => {
  it('exits 2 at the key, rather than silently keeping the last value', async () => {
    const file = baselineFile();
    const base = JSON.stringify(resolve('scenarios/baseline.json'));
    writeFileSync(file, `{\n  "extends": ${base},\n  "horizon": "30d",\n  "horizon": "90d"\n}\n`);
    const result = await cli('validate', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('$.horizon: given twice (lines 3 and 4)');
  });

  it("JSON nested thousands of levels deep is the depth limit's exit 2, not a stack overflow in the scanner", async () => {
    const file = baselineFile();
    writeFileSync(file, `{"description":${'['.repeat(8000)}${']'.repeat(8000)}}`);
    const result = await cli('validate', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nested more than 64 levels/);
    // Also when a later duplicate hides the deep value from JSON.parse:
    writeFileSync(file, `{"description":${'['.repeat(20_000)}${']'.repeat(20_000)},"description":"x"}`);
    const hidden = await cli('validate', file);
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toMatch(/nested more than 64 levels/);
  });

  it('counts nesting outside strings only', () => {
    expect(duplicateKeyProblems(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`)).toEqual([]);
    expect(duplicateKeyProblems(`{"a":${'['.repeat(64)}${']'.repeat(64)}}`)[0]?.message).toBe('nested more than 64 levels deep');
  });
});
