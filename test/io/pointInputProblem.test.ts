import { describe, expect, it } from 'vitest';
import { pointInputProblem } from '../../engine/io/pointInputProblem.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { setPath } from '../../engine/scenario/setPath.js';

/** The scenario as read, with `value` written at `path` (as a sweep's point does). */
async function pointOf(
  file: string,
  path: string,
  value: unknown,
): Promise<{ base: Record<string, unknown>; point: Record<string, unknown> }> {
  const { raw } = await readScenario(file);
  const point = setPath(raw, path, value);
  if (typeof point === 'string') throw new Error(point);
  return { base: raw, point };
}

describe('pointInputProblem', () => {
  it('lets a point change what the model reads at run time, whatever files the scenario loaded', async () => {
    for (const [file, path, value] of [
      ['scenarios/own-dc/dc.json', 'warehouse.pickers', 9],
      ['scenarios/own-dc/dc.json', 'catalog.unknownSkus', 'error'],
      ['scenarios/replay/sample.json', 'channels.web.ordersPerDay', 5],
      ['scenarios/shipping/wholesale.json', 'shipping.carriers.0.dailyCapacity', 50],
    ] as const) {
      const { base, point } = await pointOf(file, path, value);
      expect(pointInputProblem(base, point), `${file} ${path}`).toBeUndefined();
    }
  });

  it('refuses a file name where the scenario as read holds what it loaded, naming the field', async () => {
    const master = await pointOf('scenarios/own-dc/dc.json', 'catalog.file', 'skus.csv');
    expect(pointInputProblem(master.base, master.point)).toEqual({
      path: 'catalog.file',
      message: expect.stringMatching(/^the SKU master is read once, with the scenario, before any point runs.*fulfill compare/) as string,
    });
    const history = await pointOf('scenarios/replay/sample.json', 'channels.b2b.orderHistory', '../data/orders-sample.csv');
    expect(pointInputProblem(history.base, history.point)?.path).toBe('channels.b2b.orderHistory');
    const card = await pointOf('scenarios/shipping/wholesale.json', 'shipping.carriers.0.services.ground.rateCard', 'ground-rates.csv');
    expect(pointInputProblem(card.base, card.point)?.path).toMatch(/^shipping\.carriers\.\w+\.services\.ground\.rateCard$/);
  });

  it('refuses a point that drops the SKU master by replacing the whole catalog', async () => {
    const { base, point } = await pointOf('scenarios/own-dc/dc.json', 'catalog', { skus: 3 });
    expect(pointInputProblem(base, point)?.path).toBe('catalog.file');
  });

  it('refuses a change to how histories are read, and lets the same value through', async () => {
    const { raw } = await readScenario('scenarios/replay/sample.json');
    for (const [path, value] of [
      ['replay.timeZone', 'Asia/Tokyo'],
      ['replay.drain', '30d'],
      ['replay.timestampFormat', 'dd/MM/yyyy HH:mm'],
    ] as const) {
      const point = setPath(raw, path, value) as Record<string, unknown>;
      expect(pointInputProblem(raw, point), path).toEqual({
        path: 'replay',
        message: expect.stringMatching(/time zone, timestamp format, drain/) as string,
      });
    }
    expect(pointInputProblem(raw, structuredClone(raw))).toBeUndefined();
  });
});
