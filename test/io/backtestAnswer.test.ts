import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestAnswer } from '../../engine/io/dashboard/backtestAnswer.js';

describe('backtestAnswer', () => {
  it('serves backtest.json of the folder; 204 (no content, no console error in the page) without one, 422 for a file that is not a back-test', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-backtest-answer-'));
    expect(backtestAnswer(folder).status).toBe(204);
    writeFileSync(join(folder, 'backtest.json'), '{"format": "fulfill-back');
    expect(backtestAnswer(folder)).toMatchObject({ status: 422, body: expect.stringMatching(/could not be read/) });
    writeFileSync(join(folder, 'backtest.json'), '{"scenario": "x"}');
    expect(backtestAnswer(folder)).toMatchObject({ status: 422, body: expect.stringMatching(/not a back-test/) });
    writeFileSync(join(folder, 'backtest.json'), '{"format": "fulfill-backtest", "rows": []}');
    expect(backtestAnswer(folder)).toMatchObject({ status: 200, body: '{"format":"fulfill-backtest","rows":[]}' });
    const nested = join(folder, 'nested');
    mkdirSync(join(nested, 'backtest.json'), { recursive: true });
    expect(backtestAnswer(nested)).toMatchObject({ status: 422, body: expect.stringMatching(/not a regular file/) });
  });
});
