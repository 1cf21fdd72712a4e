import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('readScenario with an empty file path', () => {
  it.each([
    ['catalog.file', 'scenarios/replay/sample-master.json', { catalog: { file: '' } }, '$.catalog.file'],
    ['orderHistory', 'scenarios/replay/sample.json', { channels: [{ name: 'web', orderHistory: '' }] }, '$.channels[0].orderHistory'],
    [
      'rateCard',
      'scenarios/shipping/wholesale.json',
      { shipping: { carriers: [{ name: 'parcelco', services: { ground: { rateCard: '', perKgOverRateCard: 1 } } }] } },
      '$.shipping.carriers[0].services.ground.rateCard',
    ],
  ])(
    'refuses an empty %s at its JSON path (resolved, it named the scenario folder: "is a directory")',
    async (_field, base, overrides, path) => {
      const directory = mkdtempSync(join(tmpdir(), 'fulfill-empty-path-'));
      const scenario = join(directory, 'empty.json');
      writeFileSync(scenario, JSON.stringify({ extends: join(process.cwd(), base), ...overrides }));
      const run = await cli('validate', scenario);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${path}: expected a file name, not an empty text`);
      expect(run.stderr).not.toContain('is a directory');
    },
  );
});
