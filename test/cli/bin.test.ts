import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KPI_NAMES } from '../../engine/kpi/definitions.js';

// The built CLI, as `npx fulfill` runs it (npm test builds first).
const BIN = 'dist/engine/cli/bin.js';

function fulfill(...args: string[]): string {
  return execFileSync('node', [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('fulfill (built binary)', () => {
  it('run scenarios/baseline.json --reps 5 --json reports every KPI within plausible bands', () => {
    const document = JSON.parse(fulfill('run', 'scenarios/baseline.json', '--reps', '5', '--json'));
    expect(Object.keys(document.kpis)).toEqual(KPI_NAMES);
    const mean = (name: string): number => document.kpis[name].mean;
    // Bands from published DC benchmarks (see README, Calibration), widened for a model.
    expect(mean('ordersPlaced') / (document.horizonDays - document.warmupDays)).toBeGreaterThan(1400);
    expect(mean('ordersPlaced') / (document.horizonDays - document.warmupDays)).toBeLessThan(1800);
    expect(mean('ordersShipped') / mean('ordersPlaced')).toBeGreaterThan(0.9);
    expect(mean('onTimeRate')).toBeGreaterThan(0.9);
    expect(mean('onTimeRate')).toBeLessThan(0.999);
    expect(mean('orderAccuracy')).toBeGreaterThan(0.98);
    expect(mean('fillRate')).toBeGreaterThan(0.95);
    expect(mean('cycleTimeHours')).toBeGreaterThan(4);
    expect(mean('cycleTimeHours')).toBeLessThan(48);
    expect(mean('deliveryTimeHours')).toBeGreaterThan(mean('cycleTimeHours'));
    expect(mean('pickerUtilization')).toBeGreaterThan(0.5);
    expect(mean('pickerUtilization')).toBeLessThan(0.95);
    expect(mean('packerUtilization')).toBeLessThan(0.95);
    expect(mean('shippingCostPerOrder')).toBeGreaterThan(6);
    expect(mean('shippingCostPerOrder')).toBeLessThan(25);
    expect(mean('costPerOrder') - mean('shippingCostPerOrder')).toBeGreaterThan(2);
    expect(mean('costPerOrder') - mean('shippingCostPerOrder')).toBeLessThan(15);
    expect(mean('returnRate')).toBeGreaterThan(0.08);
    expect(mean('returnRate')).toBeLessThan(0.25);
    expect(mean('satisfaction')).toBeGreaterThan(3.5);
    expect(mean('satisfaction')).toBeLessThanOrEqual(5);
    expect(mean('lostSalesUnits')).toBe(0);
    for (const name of KPI_NAMES) expect(document.kpis[name].ci95, name).toHaveLength(2);
  });

  it('run twice prints identical bytes; --seed 2 differs', () => {
    const args = ['run', 'scenarios/baseline.json', '--reps', '2', '--horizon', '21d', '--json'];
    const first = fulfill(...args);
    expect(fulfill(...args)).toBe(first);
    expect(fulfill(...args, '--seed', '2')).not.toBe(first);
  });

  it('exits 2 with a one-line message for a bad scenario', () => {
    const result = spawnSync('node', [BIN, 'validate', 'package.json'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^package\.json: \$\.name: unknown key "name"/);
  });
});

describe('fulfill output into a closed pipe', () => {
  it('exits quietly when the reader has gone (| true closes the pipe before the first write)', () => {
    const command = `node ${BIN} run scenarios/validation/pick-queue.json --reps 1 --horizon 3d | true; echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('status 0');
    expect(result.stderr).toBe('');
  });
});
