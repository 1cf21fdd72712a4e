import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, policyFamily, policyNames, ScenarioError, scenarioJsonSchema, validateLoaded } from '../../../engine/index.js';
import { copyLever } from '../../../viz/src/whatif/changeChips.js';
import { diffScenario } from '../../../viz/src/whatif/jsonPath.js';
import { leverText, type Lever, type ScenarioJson } from '../../../viz/src/whatif/Lever.js';
import { leverList } from '../../../viz/src/whatif/leverList.js';
import type { SchemaNode } from '../../../viz/src/whatif/schemaNode.js';

const schema = scenarioJsonSchema() as SchemaNode;
const baseline = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')) as ScenarioJson;
const levers = leverList(schema, baseline);
const lever = (id: string): Lever => {
  const found = levers.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no lever ${id}`);
  return found;
};

/** A value a lever can take: a slider position on its steps, or one of its choices. */
const leverValue = (chosen: Lever): fc.Arbitrary<number | string> =>
  chosen.kind === 'choice'
    ? fc.constantFrom(...chosen.options.map((option) => option.value))
    : fc.integer({ min: 0, max: Math.floor((chosen.max - chosen.min) / chosen.step) }).map((steps) => chosen.min + steps * chosen.step);

function applied(chosen: Lever, value: number | string): ScenarioJson {
  const scenario = structuredClone(baseline);
  if (chosen.kind === 'choice') chosen.write(scenario, String(value));
  else chosen.write(scenario, Number(value));
  return scenario;
}

describe('leverList', () => {
  it('leverList: 10-15 kinds of lever, each showing the baseline value in words', () => {
    const kinds = new Set(levers.map((candidate) => candidate.id.replace(/-\d+$/, '')));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    expect(kinds.size).toBeLessThanOrEqual(15);
    for (const candidate of levers) expect(leverText(candidate, baseline), candidate.id).toBeDefined();
    expect(leverText(lever('demand-scale'), baseline)).toBe('1.00 ×');
    expect(leverText(lever('packers'), baseline)).toBe('8 people');
    expect(leverText(lever('shift-end'), baseline)).toBe('22:00');
    expect(leverText(lever('cutoff-2'), baseline)).toBe('14:00');
    // A cut-off goes no later than its carrier's pick-up (budgetpost's is 16:00).
    const cutoff = lever('cutoff-2');
    expect(cutoff.kind === 'slider' && cutoff.max).toBe(16 * 60);
    expect(leverText(lever('service-level'), baseline)).toBe('95.0 %');
  });

  it('leverList: policy selects list the registry built-ins of their family', () => {
    for (const family of ['routing', 'batching', 'prioritization', 'replenishment', 'allocation', 'carrierSelection'] as const) {
      const choice = lever(family);
      expect(choice.kind).toBe('choice');
      if (choice.kind === 'choice') expect(choice.options.map((option) => option.value)).toEqual(policyNames(family));
      expect(choice.explanation).toContain(policyFamily(family).summary.replaceAll('`', ''));
    }
  });

  it('leverList: sliders stay inside the schema limits', () => {
    for (const candidate of levers) {
      if (candidate.kind !== 'slider') continue;
      expect(candidate.min, candidate.id).toBeLessThan(candidate.max);
    }
    const level = lever('service-level');
    if (level.kind === 'slider') expect([level.min > 0, level.max < 1]).toEqual([true, true]);
    const pickers = lever('pickers');
    if (pickers.kind === 'slider') expect(pickers.min).toBe(0);
  });

  it('leverList: any lever at any of its values keeps the scenario valid and reads back what it wrote', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...levers).chain((chosen) => leverValue(chosen).map((value) => ({ chosen, value }))),
        ({ chosen, value }) => {
          const scenario = applied(chosen, value);
          // Valid, or refused at a field the lever writes or concerns (a shift ending when it starts), where the panel shows it.
          try {
            validateLoaded(scenario, 'what-if');
          } catch (error) {
            if (!(error instanceof ScenarioError)) throw error;
            const own = [...chosen.paths(scenario), ...(chosen.concerns?.(scenario) ?? [])].map((path) => formatJsonPath(path));
            expect(error.problems.map((problem) => formatJsonPath(problem.path)).filter((path) => !own.includes(path))).toEqual([]);
          }
          const back = chosen.read(scenario);
          if (typeof value === 'number') expect(Number(back)).toBeCloseTo(value, 6);
          else expect(back).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copyLever: resetting any lever after any move gives back exactly the baseline (fields it left unset stay unset)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...levers).chain((chosen) => leverValue(chosen).map((value) => ({ chosen, value }))),
        ({ chosen, value }) => {
          const scenario = applied(chosen, value);
          copyLever(chosen, baseline, scenario);
          expect(diffScenario(baseline, scenario)).toBeUndefined();
          expect(scenario).toEqual(baseline);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leverList: demand scale multiplies every channel and leaves the rest of the scenario alone', () => {
    const scaled = applied(lever('demand-scale'), 1.5);
    const rates = (scenario: ScenarioJson): number[] =>
      (scenario.channels as Array<{ ordersPerDay: number }>).map((channel) => channel.ordersPerDay);
    expect(rates(scaled)).toEqual(rates(baseline).map((rate) => rate * 1.5));
    expect({ ...scaled, channels: [] }).toEqual({ ...baseline, channels: [] });
  });

  /** The baseline with one channel's rate changed, its demand-scale slider, and the scenario a slider position writes. */
  function demandScaleWith(channel: number, ordersPerDay: number) {
    const changed = structuredClone(baseline);
    const channels = changed.channels as Array<{ ordersPerDay: number }>;
    (channels.at(channel) as { ordersPerDay: number }).ordersPerDay = ordersPerDay;
    const scale = leverList(schema, changed).find((candidate) => candidate.id === 'demand-scale');
    if (scale?.kind !== 'slider') throw new Error('no demand-scale slider');
    const writing = (position: number): ScenarioJson => {
      const scenario = structuredClone(changed);
      scale.write(scenario, position);
      return scenario;
    };
    return { scale, writing };
  }

  it('leverList: demand scale starts where the slowest channel keeps the lowest rate the schema allows', () => {
    expect(lever('demand-scale')).toMatchObject({ kind: 'slider', min: 0.25 });
    const { scale, writing } = demandScaleWith(-1, 0.00015);
    expect(scale.min).toBe(0.7);
    expect(() => validateLoaded(writing(scale.min), 'what-if')).not.toThrow();
    expect(() => validateLoaded(writing(scale.min - scale.step), 'what-if')).toThrow(/at least 0.0001 orders a day/);
  });

  it('leverList: demand scale ends where the busiest channel keeps the highest rate the schema allows', () => {
    const { scale, writing } = demandScaleWith(0, 4_000_000);
    expect(scale.max).toBe(2.5);
    expect(() => validateLoaded(writing(scale.max), 'what-if')).not.toThrow();
    expect(() => validateLoaded(writing(scale.max + scale.step), 'what-if')).toThrow(/10000000|10,000,000/);
  });

  it('leverList: a replenishment policy that needs a review period borrows the default another policy gives it', () => {
    const scenario = applied(lever('replenishment'), 'RS');
    expect(scenario.inventory).toMatchObject({ policy: { type: 'RS', reviewPeriod: '7d' } });
    expect(() => validateLoaded(scenario, 'what-if')).not.toThrow();
  });

  it('leverList: a baseline naming a plugin module keeps it as a choice, and choosing it again restores it', () => {
    const plugin = { module: './my-routing.ts', options: { depth: 2 } };
    const own = structuredClone(baseline);
    (own.warehouse as ScenarioJson).routing = plugin;
    const routing = leverList(schema, own).find((candidate) => candidate.id === 'routing');
    if (routing?.kind !== 'choice') throw new Error('routing is a choice');
    expect(routing.read(own)).toBe('plugin:my-routing.ts');
    const edited = structuredClone(own);
    routing.write(edited, 'largest-gap');
    expect((edited.warehouse as ScenarioJson).routing).toBe('largest-gap');
    routing.write(edited, 'plugin:my-routing.ts');
    expect((edited.warehouse as ScenarioJson).routing).toEqual(plugin);
  });
});
