import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { KPI_NAMES } from '../../engine/kpi/definitions.js';
import { policyNames } from '../../engine/policies/registry.js';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';

const SCREENSHOTS = 'test/e2e/screenshots';

// Shared and never changed by a test: the results folder, the server on it and the browser.
// Each test opens its own page (openDashboard), so any one of them runs alone (`-t`) or in any order.
let server: DashboardServer;
let resultsDirectory: string;
let browser: Browser;

/** The pages the running test opened, with the console errors and uncaught exceptions of each (CSP violations show up here). */
let opened: Array<{ page: Page; problems: string[] }> = [];

beforeAll(async () => {
  const results = join(mkdtempSync(join(tmpdir(), 'fulfill-dashboard-')), 'results');
  resultsDirectory = results;
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  const code = await main(
    ['run', 'scenarios/baseline.json', 'scenarios/what-if-automation.json', '--reps', '2', '--horizon', '21d', '--out', results],
    quiet,
  );
  expect(code).toBe(0);
  // A half-written result file must not hide the others.
  writeFileSync(join(results, 'half-written.json'), '{"scenario": "interrupt');
  server = await serveDashboard(results, 0, { log: () => undefined });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every view must work under the content security policy: no console error on any page a test opened.
afterEach(async () => {
  const problems = opened.flatMap((entry) => entry.problems);
  await Promise.all(opened.map((entry) => entry.page.close()));
  opened = [];
  expect(problems).toEqual([]);
});

/** A fresh page on `url` (the dashboard's own by default), once the dashboard says it is ready. */
async function openDashboard(url = server.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => {
    // A fetch answered 404 (the inspector's unknown order) is logged as a failed resource; that is expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  opened.push({ page, problems });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return page;
}

/** Runs the form's what-if (21 days, 7-day warm-up, 8 pickers) in the page's worker and waits for its result. */
async function runLiveWhatIf(page: Page): Promise<void> {
  await page.waitForSelector('.whatif-form fieldset');
  await page.fill('.field[data-path="$.horizon"] input', '21d');
  await page.fill('.field[data-path="$.warmup"] input', '7d');
  await page.fill('.field[data-path="$.warehouse.pickers"] input', '8');
  await page.click('.whatif-run');
  await page.waitForSelector('#whatif[data-state="result"]', { timeout: 60_000 });
}

describe('dashboard (headless Chromium)', () => {
  it('serveDashboard: the overview shows a card with an interval for every KPI', async () => {
    const page = await openDashboard();
    expect(await page.locator('#kpi-cards .card').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('#kpi-cards .card[data-kpi="onTimeRate"] .value').textContent()).toMatch(/^\d+\.\d\d%$/);
    expect(await page.locator('#kpi-cards .card[data-kpi="cycleTimeHours"] .interval').textContent()).toMatch(/^95% CI ±\d/);
    expect(await page.locator('#subtitle').textContent()).toContain('2 scenario(s); baseline: 2 replication(s), 21 days');
    expect(await page.locator('#unreadable').textContent()).toBe('1 result file(s) could not be read and are not shown: half-written.json');
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });
  });

  it('serveDashboard: choosing a what-if shows its change against the baseline', async () => {
    const page = await openDashboard();
    await page.selectOption('#scenario-select', { label: 'what-if-automation' });
    expect(await page.locator('#kpi-cards .card[data-kpi="pickWaitHours"] .change').textContent()).toMatch(/^[+-]\d+\.\d% vs baseline$/);
  });

  it('serveDashboard: the journey, distribution and carrier views draw the chosen scenario', async () => {
    const page = await openDashboard();
    await page.selectOption('#scenario-select', { label: 'baseline' });
    expect(await page.locator('#journey-chart rect.journey-bar').count()).toBe(9);
    expect(await page.locator('#journey-chart svg').textContent()).toContain("Where an order's time goes (baseline)");
    expect(await page.locator('#distribution-chart rect.histogram-bar').count()).toBe(84);
    expect(await page.locator('#distribution-chart svg').textContent()).toMatch(/P95 \d+\.\d h/);
    await page.selectOption('#distribution-select', 'deliveryTimeHours');
    expect(await page.locator('#distribution-chart svg').textContent()).toContain('Delivery time (placement to delivery), baseline');
    expect(await page.locator('#carrier-table tbody tr').count()).toBe(3);
    await page.locator('#carriers').screenshot({ path: join(SCREENSHOTS, 'carriers.png') });
    expect(await page.locator('#abc-chart rect.abc-bar').count()).toBe(3);
    expect(await page.locator('#worst-skus tbody tr').count()).toBe(10);
    expect(await page.locator('#worst-skus tbody tr').first().locator('td').nth(3).textContent()).toMatch(/^\d+\.\d\d%$/);
    await page.locator('#inventory').screenshot({ path: join(SCREENSHOTS, 'inventory.png') });
    expect(await page.locator('#warehouse-map g.route-panel').count()).toBe(policyNames('routing').length);
    expect(await page.locator('#warehouse-map g.route-panel[data-policy="s-shape"]').textContent()).toMatch(/^s-shape: \d+\.\d m/);
    expect(await page.locator('#warehouse-map g.route-panel[data-policy="s-shape"] circle.pick').count()).toBeGreaterThan(3);
    expect((await page.locator('#warehouse-map path.route').first().getAttribute('d'))?.length ?? 0).toBeGreaterThan(20);
    expect(await page.locator('#utilization-chart rect.hour-bar').count()).toBe(16);
    await page.locator('#warehouse').screenshot({ path: join(SCREENSHOTS, 'warehouse.png') });
    expect(await page.locator('#carrier-table tbody tr').first().textContent()).toMatch(/^parcelco[\d,]+ ±[\d,]+\d+\.\d%\d+\.\d\d/);
    await page.locator('#journey').screenshot({ path: join(SCREENSHOTS, 'journey.png') });
    await page.locator('#distributions').screenshot({ path: join(SCREENSHOTS, 'distributions.png') });
  });

  it("serveDashboard: the order inspector shows a late order's timeline, decisions and why it was late", async () => {
    const page = await openDashboard();
    await page.selectOption('#scenario-select', { label: 'baseline' });
    await page.click('#inspector .order-late');
    await page.waitForSelector('#inspector .order-choice');
    await page.locator('#inspector .order-choice').first().click();
    await page.waitForSelector('#inspector rect.timeline-step');
    expect(await page.locator('#inspector rect.timeline-step').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('#inspector .order-details').textContent()).toMatch(/delivered \d+\.\d h late/);
    expect(await page.locator('#inspector .order-details').textContent()).toContain('chosen by "cheapest-on-time"');
    expect(await page.locator('#inspector .order-details').textContent()).toContain('carts filled by "');
    expect(await page.locator('#inspector .late-reason').count()).toBeGreaterThan(0);
    await page.locator('#inspector').screenshot({ path: join(SCREENSHOTS, 'inspector.png') });
    await page.fill('#inspector .order-id', '5');
    await page.click('#inspector .order-find');
    await page.waitForFunction(() => document.getElementById('inspector')?.dataset.order === '5');
    await page.fill('#inspector .order-id', '99999999');
    await page.click('#inspector .order-find');
    await page.waitForFunction(() => document.querySelector('#inspector .order-output')?.textContent?.includes('no order 99999999'));
  });

  it('serveDashboard: the daily series chart draws one line per scenario with axis labels and the warm-up shaded', async () => {
    const page = await openDashboard();
    expect(await page.locator('#series-chart path.series-line').count()).toBe(2);
    expect(await page.locator('#series-chart rect.warmup').getAttribute('width')).not.toBe('0');
    await page.selectOption('#series-select', 'backlogOrders');
    expect(await page.locator('#series-chart svg').textContent()).toContain('backlog at end of day (orders)');
    const path = await page.locator('#series-chart path.series-line').first().getAttribute('d');
    expect(path?.length ?? 0).toBeGreaterThan(20);
    await page.locator('#series').screenshot({ path: join(SCREENSHOTS, 'series.png') });
  });

  it('serveDashboard: the comparison table lists every KPI for every scenario', async () => {
    const page = await openDashboard();
    expect(await page.locator('#comparison-table tbody tr').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('#comparison-table thead th').allTextContents()).toEqual(['KPI', 'baseline', 'what-if-automation']);
    expect(await page.locator('#paired-chart g.paired-row').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('#paired-chart g.paired-row[data-kpi="packerUtilization"]').getAttribute('data-verdict')).toBe('changed');
    expect(await page.locator('#paired-chart svg').textContent()).toContain('what-if-automation minus baseline, paired by replication');
    await page.locator('#comparison').screenshot({ path: join(SCREENSHOTS, 'comparison.png') });
  });

  it('serveDashboard: a live what-if from the form runs in the worker and moves a KPI', async () => {
    const page = await openDashboard();
    await runLiveWhatIf(page);
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe('what-if (live)');
    const change = await page.locator('#kpi-cards .card[data-kpi="pickerUtilization"] .change').textContent();
    expect(change).toMatch(/^-\d+\.\d% vs baseline$/);
    expect(await page.locator('#comparison-table thead th').last().textContent()).toBe('what-if (live)');
    expect(page.url()).toMatch(/#whatif=[\w-]+&reps=1$/);
    await page.locator('#whatif').screenshot({ path: join(SCREENSHOTS, 'whatif.png') });
  });

  it('serveDashboard: a shared what-if link reproduces the same numbers', async () => {
    const page = await openDashboard();
    await runLiveWhatIf(page);
    const value = await page.locator('#kpi-cards .card[data-kpi="cycleTimeHours"] .value').textContent();
    const shared = await openDashboard(page.url());
    await shared.waitForSelector('#whatif[data-state="result"]', { timeout: 60_000 });
    expect(await shared.locator('.field[data-path="$.warehouse.pickers"] input').inputValue()).toBe('8');
    expect(await shared.locator('#kpi-cards .card[data-kpi="cycleTimeHours"] .value').textContent()).toBe(value);
  });

  it('serveDashboard: an invalid value shows the validator message next to its field', async () => {
    const page = await openDashboard();
    await page.waitForSelector('.whatif-form fieldset');
    await page.fill('.field[data-path="$.warehouse.pickers"] input', '-3');
    await page.click('.whatif-run');
    await page.waitForSelector('#whatif[data-state="invalid"]');
    expect(await page.locator('.field[data-path="$.warehouse.pickers"] .error').textContent()).toMatch(
      /\$\.warehouse\.pickers: Too small: expected number to be >=0/,
    );
  });

  it('serveDashboard: charts export as SVG and PNG, tables as CSV', async () => {
    const page = await openDashboard();
    const svg = await Promise.all([page.waitForEvent('download'), page.click('#journey .export-svg')]);
    expect(svg[0].suggestedFilename()).toBe('journey.svg');
    const svgText = readFileSync(await svg[0].path(), 'utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await Promise.all([page.waitForEvent('download'), page.click('#series .export-png')]);
    expect(png[0].suggestedFilename()).toBe('series.png');
    expect(
      readFileSync(await png[0].path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const csv = await Promise.all([page.waitForEvent('download'), page.click('#carriers .export-csv')]);
    const lines = readFileSync(await csv[0].path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('carrier,parcels (measured window),share,cost per parcel,on-time rate');
    expect(lines).toHaveLength(4);
  });

  it('serveDashboard: dropping a result JSON file adds its scenario to every view', async () => {
    const page = await openDashboard();
    const document = { ...JSON.parse(readFileSync(join(resultsDirectory, 'what-if-automation.json'), 'utf8')), scenario: 'dropped-copy' };
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(document));
    await page.waitForFunction(() =>
      [...window.document.querySelectorAll('#scenario-select option')].some((option) => option.textContent === 'dropped-copy'),
    );
    expect(await page.locator('#drop-status').textContent()).toBe('Opened 1 scenario result(s).');
    expect(await page.locator('#comparison-table thead th').last().textContent()).toBe('dropped-copy');
  });

  it('serveDashboard: answers unknown paths with 404 and refuses to leave its folder', async () => {
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
