import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../engine/io/readScenario.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { mapHistorySkus } from '../../engine/model/historySkus.js';
import { sShape } from '../../engine/policies/routing/sShape.js';
import { historyFromOrders } from '../../engine/scenario/historyColumns.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

/**
 * Three SKUs on three aisles whose labels sort differently as text (A1, A10, A2) and naturally
 * (A1, A2, A10): P in A1 at 4 m, Q in A10 at bay 5 (slotPitch 2: centre (5 - 0.5) × 2 = 9 m),
 * R in A2 at 7.5 m.
 */
const MASTER = [
  'sku,description,unitPrice,unitWeightKg,lengthCm,widthCm,heightCm,fragile,aisle,positionM,bay,onHand,reorderPoint,orderQuantity,demandWeight',
  'P,first,10,0.5,10,20,30,no,A1,4,,7,,,1',
  'Q,second,20.5,2,,,,yes,A10,,5,,3,12,10',
  'R,third,3,0.25,5,5,4,0,A2,7.5,,,,,5',
].join('\n');

/** A scenario (extending the baseline) naming a SKU master with `text`, plus `overrides`. */
function scenarioFile(text: string, overrides: Record<string, unknown> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'fulfill-master-'));
  writeFileSync(join(folder, 'skus.csv'), text);
  const { catalog, warehouse, ...rest } = overrides;
  return baselineFile(
    {
      catalog: { file: 'skus.csv', ...(catalog as object | undefined) },
      warehouse: {
        ...(warehouse as object | undefined),
        layout: { slotPitch: 2, ...(warehouse as { layout?: object } | undefined)?.layout },
      },
      ...rest,
    },
    { folder },
  );
}

describe('a SKU master', () => {
  it('drives prices, weights, volumes, fragility, codes, the layout and the slots', async () => {
    const { scenario, raw } = await readScenario(scenarioFile(MASTER, { inventory: { initialOnHand: 'target' } }));
    expect(scenario.catalog.skus).toBe(3);
    expect(scenario.warehouse.slotting).toBe('file');
    expect(scenario.warehouse.layout).toMatchObject({ aisles: 3, aisleLength: 10, slotPitch: 2 });
    // Row parameters become the SKU's own policy.
    expect((raw.inventory as { skuPolicies: unknown }).skuPolicies).toEqual({ 1: { type: 'rQ', reorderPoint: 3, orderQuantity: 12 } });
    const model = buildModel(scenario, 0);
    const { catalog } = model.context;
    expect(catalog.codes).toEqual(['P', 'Q', 'R']);
    expect(Array.from(catalog.unitPrice)).toEqual([10, 20.5, 3]);
    expect(Array.from(catalog.unitWeightKg)).toEqual([0.5, 2, 0.25]);
    // Q has no dimensions: its volume is drawn from the scenario's catalog.unitVolumeLitres law.
    const [p, q, r] = Array.from(catalog.unitVolumeLitres);
    expect([p, r]).toEqual([6, 0.1]);
    expect(q).toBeGreaterThan(0);
    expect(Number.isFinite(q)).toBe(true);
    expect(Array.from(catalog.fragile)).toEqual([0, 1, 0]);
    expect(Array.from(catalog.popularity)).toEqual([1 / 16, 10 / 16, 5 / 16]);
    expect(model.layout.locationOf).toEqual([
      { aisle: 0, y: 4 },
      { aisle: 2, y: 9 },
      { aisle: 1, y: 7.5 },
    ]);
    // onHand where given (P: 7); Q starts at its own r,Q policy's target r + Q.
    expect(model.inventory.onHand[0]).toBe(7);
    expect(model.inventory.onHand[1]).toBe(15);
  });

  it('gives the route length computed by hand from the locations (s-shape)', async () => {
    const model = buildModel((await readScenario(scenarioFile(MASTER))).scenario, 0);
    // Depot front-left at x = 0; aisles at x = 0, 3, 6, 10 m long. Three pick aisles (odd):
    // across 6 m and back 6 m; aisles 0 and 1 traversed (2 × 10 m); aisle 2 in and out to Q at 9 m (2 × 9 m).
    const route = sShape.create().route(model.layout.routing, model.layout.locationOf);
    expect(route.distance).toBe(6 + 6 + 2 * 10 + 2 * 9);
  });

  it('re-slots its SKUs over its own locations by popularity', async () => {
    const { scenario } = await readScenario(scenarioFile(MASTER, { warehouse: { slotting: 'popularity' } }));
    const model = buildModel(scenario, 0);
    // Walks from the depot (|x| + y): P's slot 4 m, R's 10.5 m, Q's 15 m; by demand weight Q > R > P.
    expect(model.layout.locationOf).toEqual([
      { aisle: 2, y: 9 },
      { aisle: 0, y: 4 },
      { aisle: 1, y: 7.5 },
    ]);
  });

  it('is checked against a layout the scenario sets, naming the file and line', async () => {
    await expect(readScenario(scenarioFile(MASTER, { warehouse: { layout: { aisles: 2 } } }))).rejects.toThrow(
      /skus\.csv:3: \$\.aisle: aisle "A10" is aisle 3 from the left .*beyond warehouse\.layout\.aisles \(2\)/,
    );
    await expect(readScenario(scenarioFile(MASTER, { warehouse: { layout: { aisleLength: 8 } } }))).rejects.toThrow(
      'skus.csv:3: $.bay: bay 5 (centre 9 m) lies beyond warehouse.layout.aisleLength (8 m)',
    );
    // Past the largest aisle length a scenario may have: named by its line too.
    await expect(readScenario(scenarioFile(MASTER.replace('A10,,5,', 'A10,,90000,')))).rejects.toThrow(
      'skus.csv:3: $.bay: bay 90000 (centre 179999 m) lies beyond the longest aisle a layout may have (10000 m)',
    );
    // 501 aisle labels with no aisles set: the bound is the most a layout may have, not a setting.
    const labels = Array.from({ length: 501 }, (_, index) => `X${index}`);
    const wide = ['sku,unitPrice,unitWeightKg,aisle,bay', ...labels.map((label, index) => `S${index},1,1,${label},1`)].join('\n');
    await expect(readScenario(scenarioFile(`${wide}\n`))).rejects.toThrow(
      /skus\.csv:502: \$\.aisle: aisle "X500" is aisle 501 from the left .*beyond the most aisles a layout may have \(500\)/,
    );
    await expect(readScenario(scenarioFile(MASTER, { catalog: { skus: 4 } }))).rejects.toThrow('$.catalog.skus: expected 3 (the SKUs of');
  });

  it('takes popularity from the replayed history lines when it has no demandWeight column', async () => {
    const text = 'sku,unitPrice,unitWeightKg\nP,1,1\nQ,1,1\nR,1,1\n';
    const orders = [
      { hour: 1, id: 'o1', lines: [{ sku: 'R', units: 2 }] },
      {
        hour: 2,
        id: 'o2',
        lines: [
          { sku: 'R', units: 1 },
          { sku: 'P', units: 5 },
        ],
      },
    ];
    const channels = [
      { name: 'web', orderHistory: orders },
      { name: 'marketplace', ordersPerDay: 0 },
      { name: 'b2b', ordersPerDay: 0 },
    ];
    const { scenario } = await readScenario(scenarioFile(text, { channels }));
    const { catalog } = buildModel(scenario, 0).context;
    expect(Array.from(catalog.popularity)).toEqual([1 / 3, 0, 2 / 3]);
    expect(catalog.codes).toEqual(['P', 'Q', 'R']);
    // An inline history naming a code the master lacks is refused unless unknown codes are mapped.
    const unknown = [{ name: 'web', orderHistory: [{ hour: 1, id: 'o1', lines: [{ sku: 'X', units: 1 }] }] }, ...channels.slice(1)];
    await expect(readScenario(scenarioFile(text, { channels: unknown }))).rejects.toThrow(/unknown SKU code "X"/);
    await expect(readScenario(scenarioFile(text, { channels: unknown, catalog: { unknownSkus: 'by-popularity' } }))).resolves.toBeDefined();
  });
});

describe('mapHistorySkus with a SKU master', () => {
  const history = historyFromOrders([
    {
      hour: 0,
      id: 'a',
      lines: [
        { sku: 'Q', units: 1 },
        { sku: 'X', units: 1 },
      ],
    },
    {
      hour: 1,
      id: 'b',
      lines: [
        { sku: 'Y', units: 1 },
        { sku: 'X', units: 2 },
      ],
    },
  ]);

  it('maps known codes by code and unknown codes by popularity, starting over when they outnumber the SKUs', () => {
    // Master codes P, Q; the most popular SKU is 1 (Q). Unknown codes by lines: X (2), then Y (1).
    const [skuOf] = mapHistorySkus([history], Int32Array.from([1, 0]), ['P', 'Q']);
    expect(history.skuCodes).toEqual(['Q', 'X', 'Y']);
    expect(Array.from(skuOf as Int32Array)).toEqual([1, 1, 0]);
    const [wrapped] = mapHistorySkus([history], Int32Array.from([0]), ['Q']);
    expect(Array.from(wrapped as Int32Array)).toEqual([0, 0, 0]);
  });
});
