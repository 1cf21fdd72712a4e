import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointInputProblem, type ScenarioForms } from '../../engine/io/pointInputProblem.js';
import { readScenario, validateLoaded } from '../../engine/io/readScenario.js';
import { setPath } from '../../engine/scenario/setPath.js';

/** The scenario as read, and with `value` written at `path` then validated (as a sweep's point is). */
async function pointOf(file: string, path: string, value: unknown): Promise<{ base: ScenarioForms; point: ScenarioForms }> {
  const base = await readScenario(file);
  const raw = setPath(base.raw, path, value);
  if (typeof raw === 'string') throw new Error(raw);
  return { base, point: { raw, scenario: validateLoaded(raw, file) } };
}

const problemOf = async (file: string, path: string, value: unknown): Promise<ReturnType<typeof pointInputProblem>> => {
  const { base, point } = await pointOf(file, path, value);
  return pointInputProblem(base, point);
};

describe('pointInputProblem', () => {
  it('lets a point change what the model reads at run time, whatever files the scenario loaded', async () => {
    for (const [file, path, value] of [
      ['scenarios/own-dc/dc.json', 'warehouse.pickers', 9],
      ['scenarios/own-dc/dc.json', 'catalog.unknownSkus', 'error'],
      ['scenarios/replay/sample.json', 'channels.web.ordersPerDay', 5],
      ['scenarios/shipping/wholesale.json', 'shipping.carriers.0.dailyCapacity', 50],
      // Used at run time, not when reading: replay with and without the synthetic additions.
      ['scenarios/replay/sample.json', 'replay.synthetic', false],
      // The value the base has by default is no change.
      ['scenarios/replay/sample.json', 'replay.timeZone', 'UTC'],
      // No history read: nothing was spent reading it.
      ['scenarios/baseline.json', 'replay.timeZone', 'Asia/Tokyo'],
      // The scenario sets its horizon: the drain set nothing.
      ['scenarios/replay/sample.json', 'replay.drain', '30d'],
    ] as const) {
      expect(await problemOf(file, path, value), `${file} ${path}`).toBeUndefined();
    }
  });

  it('refuses a file name where the scenario as read holds what it loaded, naming the field', async () => {
    expect(await problemOf('scenarios/own-dc/dc.json', 'catalog.file', 'skus.csv')).toEqual({
      path: 'catalog.file',
      message: expect.stringMatching(/^the SKU master is read once, with the scenario, before any point runs.*fulfill compare/) as string,
    });
    expect((await problemOf('scenarios/replay/sample.json', 'channels.b2b.orderHistory', '../data/orders-sample.csv'))?.path).toBe(
      'channels.b2b.orderHistory',
    );
    expect(
      (await problemOf('scenarios/shipping/wholesale.json', 'shipping.carriers.0.services.ground.rateCard', 'ground-rates.csv'))?.path,
    ).toMatch(/^shipping\.carriers\.\w+\.services\.ground\.rateCard$/);
  });

  it('refuses a point that drops the SKU master by replacing the whole catalog', async () => {
    const base = await readScenario('scenarios/own-dc/dc.json');
    const raw = setPath(base.raw, 'catalog', { skus: 600 }) as Record<string, unknown>;
    expect(pointInputProblem(base, { raw, scenario: base.scenario })?.path).toBe('catalog.file');
  });

  it('refuses a change to a replay setting spent reading the histories, naming it', async () => {
    expect(await problemOf('scenarios/replay/sample.json', 'replay.timeZone', 'Asia/Tokyo')).toEqual({
      path: 'replay.timeZone',
      message: expect.stringMatching(/^replay\.timeZone, with which the history files were read, is read once/) as string,
    });
    expect((await problemOf('scenarios/replay/sample.json', 'replay.timestampFormat', 'dd/MM/yyyy HH:mm'))?.path).toBe(
      'replay.timestampFormat',
    );
    // A scenario that sets no horizon anywhere: the histories' span plus the drain set it.
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-point-'));
    const unset = join(folder, 'unset.json');
    writeFileSync(
      unset,
      JSON.stringify({
        warmup: '0d',
        channels: [
          { name: 'web', orderHistory: [{ hour: 30, id: 'a', lines: [{ sku: 'x', units: 1 }] }] },
          { name: 'marketplace', ordersPerDay: 0 },
          { name: 'b2b', ordersPerDay: 0 },
        ],
      }),
    );
    expect(await problemOf(unset, 'replay.drain', '30d')).toEqual({
      path: 'replay.drain',
      message: expect.stringMatching(
        /^replay\.drain, which set the horizon from the histories when the scenario was read, is read once/,
      ) as string,
    });
  });
});
