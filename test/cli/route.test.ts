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

  it.each([
    [{ layout, picks: [[12, 1]] }, /^stdin: \$\.picks\[0\]\[0\]: expected an aisle index below 10$/],
    [{ layout, picks: [[1, 11]] }, /^stdin: \$\.picks\[0\]\[1\]: expected y <= the aisle length \(10\)$/],
    [{ layout, picks: [], policy: 'teleport' }, /^stdin: \$\.policy: unknown policy "teleport"/],
    [{ layout: { ...layout, aisles: 0 }, picks: [] }, /^stdin: \$\.layout\.aisles: Too small/],
    [{ layout, picks: [], extra: 1 }, /^stdin: \$: unknown key\(s\): extra$/],
    ['{"layout": ', /^stdin: \$: invalid JSON/],
  ])('rejects a bad request naming its JSON path (the CLI exits 2) %#', (request, message) => {
    expect(() => route(request)).toThrow(ScenarioError);
    expect(() => route(request)).toThrow(message);
  });
});
