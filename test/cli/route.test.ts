import { describe, expect, it } from 'vitest';
import { routeCommand } from '../../engine/cli/commands/route.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';

function route(request: unknown): { code: number; stdout: string } {
  let stdout = '';
  const code = routeCommand({ stdout: (text) => void (stdout += text), stderr: () => undefined, interactive: false }, () =>
    typeof request === 'string' ? request : JSON.stringify(request),
  );
  return { code, stdout };
}

const layout = { aisles: 10, aisleLength: 10, aisleSpacing: 2.5, depot: 'front-left' };

describe('routeCommand', () => {
  it('answers every policy with its distance, visiting order and walk', () => {
    const { code, stdout } = route({
      layout,
      picks: [
        [1, 2],
        [3, 8],
      ],
      policy: 'all',
    });
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['s-shape', 'return', 'midpoint', 'largest-gap', 'combined', 'optimal']);
    expect(answer.optimal.distance).toBeLessThanOrEqual(answer['s-shape'].distance);
    expect(answer['s-shape'].distance).toBe(2 * 7.5 + 2 * 10);
    expect(answer['s-shape'].route).toEqual([
      [1, 2],
      [3, 8],
    ]);
    expect(answer.return.distance).toBe(2 * 7.5 + 2 * 2 + 2 * 8);
    expect(answer['s-shape'].path[0]).toEqual([0, 0]);
  });

  it('answers one policy', () => {
    expect(Object.keys(JSON.parse(route({ layout, picks: [[0, 1]], policy: 'midpoint' }).stdout))).toEqual(['midpoint']);
  });

  it('routes on aisles at uneven positions, the front-middle depot midway between the outermost aisles', () => {
    const uneven = { aisles: 4, aisleLength: 10, aisleSpacing: 3, aisleX: [0, 2, 7, 8], depot: 'front-middle' };
    const answer = JSON.parse(
      route({
        layout: uneven,
        picks: [
          [1, 3],
          [2, 8],
          [3, 4],
        ],
      }).stdout,
    );
    // Depot at (0 + 8) / 2 = 4. S-shape: |4-2| + |8-2| + |8-4| across, 10 + 10 + 2 * 4 along = 40;
    // optimal: up aisle 1, along the back dipping into aisle 2 (2 * 2), down aisle 3: 2 * 6 + 24 = 36.
    expect(answer['s-shape'].distance).toBe(40);
    expect(answer.optimal.distance).toBe(36);
    expect(answer.optimal.path[0]).toEqual([4, 0]);
  });

  it('takes aisleX without aisleSpacing (the README: the spacing is then not used), and gives the same routes as with it', () => {
    const request = (extra: object): unknown => ({
      layout: { aisles: 4, aisleLength: 10, aisleX: [0, 2, 7, 8], depot: 'front-middle', ...extra },
      picks: [
        [1, 3],
        [2, 8],
        [3, 4],
      ],
    });
    const without = route(request({}));
    expect(without.code).toBe(0);
    expect(without.stdout).toBe(route(request({ aisleSpacing: 3 })).stdout);
    expect(() => route({ layout: { aisles: 4, aisleLength: 10 }, picks: [[1, 3]] })).toThrow(ScenarioError);
  });

  it.each([
    [
      { layout: { ...layout, aisleX: [0, 1, 2] }, picks: [] },
      /^stdin: \$\.layout\.aisleX: expected one x position per aisle \(10\), got 3$/,
    ],
    [
      { layout: { ...layout, aisles: 3, aisleX: [0, 4, 4] }, picks: [] },
      /^stdin: \$\.layout\.aisleX\[2\]: expected x above the aisle before it \(4\): strictly increasing$/,
    ],
    [{ layout: { ...layout, aisles: 2, aisleX: [-1, 4] }, picks: [] }, /^stdin: \$\.layout\.aisleX\[0\]: Too small/],
    [{ layout, picks: [[12, 1]] }, /^stdin: \$\.picks\[0\]\[0\]: expected an aisle index below 10$/],
    [{ layout, picks: [[1, 11]] }, /^stdin: \$\.picks\[0\]\[1\]: expected y <= the aisle length \(10\)$/],
    [{ layout, picks: [], policy: 'teleport' }, /^stdin: \$\.policy: unknown policy "teleport"/],
    [{ layout: { ...layout, aisles: 0 }, picks: [] }, /^stdin: \$\.layout\.aisles: Too small/],
    [{ layout, picks: [], extra: 1 }, /^stdin: \$: unknown key\(s\): extra$/],
    ['{"layout": ', /^stdin: \$: invalid JSON at line 1, column 12: expected a value$/],
    ['{"picks": [], "picks": [[1, 1]]}', /^stdin: \$\.picks: given twice \(lines 1 and 1\)/],
  ])('rejects a bad request naming its JSON path (the CLI exits 2) %#', (request, message) => {
    expect(() => route(request)).toThrow(ScenarioError);
    expect(() => route(request)).toThrow(message);
  });
});
