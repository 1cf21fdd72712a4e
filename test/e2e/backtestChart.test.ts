import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';
import { cli } from '../helpers/cli.js';

const SCREENSHOTS = 'test/e2e/screenshots';

let server: DashboardServer;
let browser: Browser;

beforeAll(async () => {
  // A small DC's own history (replication 0, four weeks), replayed and back-tested into a results folder.
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-backtest-chart-'));
  const small = {
    extends: join(process.cwd(), 'scenarios/baseline.json'),
    horizon: '28d',
    warmup: '7d',
    catalog: { skus: 300 },
    channels: [
      { name: 'web', ordersPerDay: 150 },
      { name: 'marketplace', ordersPerDay: 50 },
      { name: 'b2b', ordersPerDay: 10 },
    ],
  };
  writeFileSync(join(directory, 'small.json'), JSON.stringify(small));
  const exported = await cli('export-history', join(directory, 'small.json'), '--seed', '3', '--out', join(directory, 'orders.csv'));
  expect(exported.code, exported.out).toBe(0);
  const replay = { extends: 'small.json', channels: ['web', 'marketplace', 'b2b'].map((name) => ({ name, orderHistory: 'orders.csv' })) };
  writeFileSync(join(directory, 'replay.json'), JSON.stringify(replay));
  const results = join(directory, 'results');
  const backtest = await cli('backtest', join(directory, 'replay.json'), '--reps', '4', '--workers', '2', '--out', results);
  expect(backtest.code, backtest.out).toBe(0);
  server = await serveDashboard(results, 0, { log: () => undefined });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard back-test chart', () => {
  it('shows simulated against actual per week with the interval band and a legend in words', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server.url}#/comparison`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    const section = page.locator('#backtest');
    await expect(section.isVisible()).resolves.toBe(true);
    const options = await page.locator('#backtest-select option').allTextContents();
    expect(options).toEqual(['orders shipped', 'cycle time, mean', 'cycle time, P95', 'on-time rate']);
    // Weeks 1 to 3: a band over three weeks, a mean line, three actual dots.
    const band = await page.locator('#backtest-chart path.backtest-band').getAttribute('d');
    expect(band).toMatch(/^M[\d.,]+L[\d.,]+L/);
    await expect(page.locator('#backtest-chart path.backtest-simulated').count()).resolves.toBe(1);
    await expect(page.locator('#backtest-chart circle.backtest-actual').count()).resolves.toBe(3);
    const legend = await page.locator('#backtest-chart .legend text').allTextContents();
    expect(legend).toEqual([
      "simulation's 95% interval (one realization)",
      'simulated mean',
      'actual (history)',
      'actual outside the interval',
    ]);
    await expect(page.locator('#backtest-verdict').textContent()).resolves.toMatch(
      /^Actual inside the simulation's 95% interval in \d of 3 weeks/,
    );
    await page.selectOption('#backtest-select', 'cycleTimeP95Hours');
    await expect(page.locator('#backtest-chart svg title').first().textContent()).resolves.toMatch(/^cycle time, P95: simulated/);
    await section.screenshot({ path: join(SCREENSHOTS, 'backtest.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
