import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { KPI_DEFINITIONS, KPI_NAMES } from '../../engine/kpi/definitions.js';
import { policyNames } from '../../engine/policies/registry.js';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchChromium, waitForHash, WatchedPages } from '../helpers/chromium.js';

const SCREENSHOTS = 'test/e2e/screenshots';

/** Every page of the dashboard, by route. */
const PAGES = ['summary', 'service', 'inventory', 'warehouse', 'shipping', 'returns', 'costs', 'comparison', 'orders', 'what-if'];

/** The targets the test's scenarios set (both, so a what-if is judged as the baseline is). */
const TARGETS = {
  onTimeRate: { green: 0.99, amber: 0.9 },
  cycleTimeHours: { green: 0.5, amber: 1 },
  fillRate: { green: 0.9, amber: 0.8 },
  costPerOrder: { green: 1, amber: 2 },
};

// Shared and never changed by a test: the results folder, the server on it and the browser.
// Each test opens its own page (openDashboard), so any one of them runs alone (`-t`) or in any order.
let server: DashboardServer;
let resultsDirectory: string;
let browser: Browser;

/** The pages the running test opened, with what went wrong in each. */
const watched = new WatchedPages();

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-dashboard-'));
  const results = join(directory, 'results');
  resultsDirectory = results;
  // The bundled baseline and automation what-if, in euros and with targets.
  for (const name of ['baseline', 'what-if-automation'])
    writeFileSync(
      join(directory, `${name}.json`),
      JSON.stringify({ extends: resolve(`scenarios/${name}.json`), reporting: { currency: 'EUR' }, targets: TARGETS }),
    );
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  const code = await main(
    [
      'run',
      join(directory, 'baseline.json'),
      join(directory, 'what-if-automation.json'),
      '--reps',
      '2',
      '--horizon',
      '21d',
      '--out',
      results,
    ],
    quiet,
  );
  expect(code).toBe(0);
  // A half-written result file must not hide the others.
  writeFileSync(join(results, 'half-written.json'), '{"scenario": "interrupt');
  server = await serveDashboard(results, 0, { log: () => undefined });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every view must work under the content security policy: no console error and no failed request on any page a test opened.
afterEach(async () => {
  expect(await watched.closeAll()).toEqual([]);
});

/** A fresh page on `url` (the dashboard's own by default), once the dashboard says it is ready. */
async function openDashboard(url = server.url, width = 1440, options: { expectNotFound?: boolean } = {}): Promise<Page> {
  // The inspector's unknown order is answered 404 on purpose (expectNotFound); nothing else may fail.
  const page = await watched.open(browser, width, options);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return page;
}

/** Goes to a route and waits until its page is drawn. */
async function goTo(page: Page, route: string): Promise<void> {
  const id = route.replace(/^#\//, '').replace(/\?.*$/, '');
  await page.evaluate((hash) => (location.hash = hash), route);
  await page.waitForFunction((expected) => document.body.dataset.page === expected, id);
}

/**
 * Every text node of the page's body that equals a KPI identifier (there must be none). The
 * what-if's full scenario form is left out: its legends are the scenario's field names (its
 * `satisfaction` section is a model setting, not the KPI).
 */
function identifiersShown(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (names.includes(text) && node.parentElement?.closest('.whatif-form') === null) found.push(text);
    }
    return found;
  }, KPI_NAMES as string[]);
}

/** Opens the what-if panel's collapsed Advanced form (every field) and waits for it. */
async function openAdvanced(page: Page): Promise<void> {
  await page.waitForSelector('.whatif-advanced > summary');
  if ((await page.locator('.whatif-advanced').getAttribute('open')) === null) await page.click('.whatif-advanced > summary');
  await page.waitForSelector('.whatif-form fieldset');
}

/** Runs the form's what-if (21 days, 7-day warm-up, 8 pickers) in the page's worker and waits for its result. */
async function runLiveWhatIf(page: Page): Promise<void> {
  await goTo(page, '#/what-if');
  await openAdvanced(page);
  await page.fill('.field[data-path="$.horizon"] input', '21d');
  await page.fill('.field[data-path="$.warmup"] input', '7d');
  await page.fill('.field[data-path="$.warehouse.pickers"] input', '8');
  await page.click('.whatif-run');
  await page.waitForSelector('#whatif[data-state="result"]', { timeout: 60_000 });
}

describe('dashboard (headless Chromium)', () => {
  it('every page renders with data at 1440 and 390 px: no identifier shown, no serious accessibility violation, no console error', async () => {
    for (const width of [1440, 390]) {
      const page = await openDashboard(server.url, width);
      for (const id of PAGES) {
        await goTo(page, `#/${id}`);
        if (id === 'what-if') await openAdvanced(page);
        expect(await page.locator('main > h2').count(), id).toBe(1);
        expect(await page.locator('nav a[aria-current="page"]').getAttribute('data-page')).toBe(id);
        expect((await page.locator('main').innerText()).length, id).toBeGreaterThan(100);
        expect(await identifiersShown(page), id).toEqual([]);
        expect(await seriousViolations(page), `${id} at ${width} px`).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${id}-${width}.png`), fullPage: true });
      }
    }
  });

  it('summary: headline cards in words and units, with the target state in words, a sparkline and the euro', async () => {
    const page = await openDashboard();
    expect(await page.locator('body').getAttribute('data-page')).toBe('summary');
    expect(await page.locator('#headline .card').count()).toBe(9);
    const onTime = page.locator('#headline .card[data-kpi="onTimeRate"]');
    expect(await onTime.locator('.name').textContent()).toBe('On-time delivery');
    expect(await onTime.locator('.value').textContent()).toMatch(/^\d+\.\d%$/);
    expect(await onTime.locator('.interval').textContent()).toMatch(/^95% CI ±\d+\.\d pp$/);
    expect(await onTime.getAttribute('title')).toContain('orders delivered by their promise');
    const described = await onTime.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toContain('orders delivered by their promise');
    expect(await page.locator('#headline .card[data-kpi="costPerOrder"] .value').textContent()).toMatch(/^€\d+\.\d\d$/);
    // 21 days at 0.5 h green and 1 h amber: the baseline's cycle time is far off target.
    const cycle = page.locator('#headline .card[data-kpi="cycleTimeHours"]');
    expect(await cycle.getAttribute('data-state')).toBe('red');
    expect(await cycle.locator('.target').textContent()).toBe('Off target (target ≤ 30 min; off above 1.0 h)');
    expect(await page.locator('#headline .card[data-kpi="ordersShipped"] svg.sparkline path.sparkline-line').count()).toBe(1);
    expect(await page.locator('#headline .card[data-kpi="onTimeRate"] svg.sparkline').count()).toBe(0);
    expect(await page.locator('#subtitle').textContent()).toContain('2 scenario(s); baseline: 2 replication(s), 21 days');
    expect(await page.locator('#unreadable').textContent()).toBe('1 result file(s) could not be read and are not shown: half-written.json');
    expect(await page.locator('#summary-changes').textContent()).toContain('Choose a what-if in the scenario menu');
  });

  it('choosing a what-if keeps it across pages and in the URL, with its significant changes in words', async () => {
    const page = await openDashboard();
    await page.selectOption('#scenario-select', { label: 'what-if-automation' });
    await page.waitForFunction(() => document.body.dataset.scenario === '1');
    await waitForHash(page, /^#\/summary\?scenario=what-if-automation$/);
    const sentences = await page.locator('#summary-changes .sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    // Automation's largest change, in words with its interval (summarySentences).
    expect(sentences[0]).toMatch(
      /^what-if-automation makes packers \d+(\.\d+)? points less busy \(95% CI \d+(\.\d+)?-\d+(\.\d+)? points\)/,
    );
    expect(await page.locator('#headline .card[data-kpi="cycleTimeHours"] .change').textContent()).toMatch(
      /^[+-]\d+ min vs baseline \((better|worse|not significant)\)$/,
    );
    await page.click('nav a[data-page="inventory"]');
    await page.waitForFunction(() => document.body.dataset.page === 'inventory');
    await waitForHash(page, /^#\/inventory\?scenario=what-if-automation$/);
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe('what-if-automation');
    // A link reproduces the view.
    const shared = await openDashboard(`${server.url}#/warehouse?scenario=what-if-automation`);
    expect(await shared.locator('body').getAttribute('data-page')).toBe('warehouse');
    expect(await shared.locator('#scenario-select option:checked').textContent()).toBe('what-if-automation');
    expect(await shared.locator('main > .page-subtitle').textContent()).toContain('what-if-automation');
  });

  it('the what-if panel, starting after the first page, keeps the scenario the URL names', async () => {
    // CI once chose a scenario before the panel had loaded; its start wrote the URL without it.
    const page = await openDashboard(`${server.url}#/summary?scenario=what-if-automation`);
    await page.waitForSelector('body[data-what-if="started"]');
    expect(await page.evaluate(() => location.hash)).toBe('#/summary?scenario=what-if-automation');
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe('what-if-automation');
  });

  it('area pages: a card for each KPI of the area, grouped as the definitions say', async () => {
    const page = await openDashboard();
    for (const area of ['service', 'inventory', 'warehouse', 'shipping', 'returns', 'costs']) {
      await goTo(page, `#/${area}`);
      const expected = KPI_DEFINITIONS.filter((kpi) => kpi.area === area).map((kpi) => kpi.name);
      const shown = await page
        .locator(`#${area}-kpis .card`)
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.kpi));
      expect(shown).toEqual(expected);
    }
  });

  it('the journey, distribution, inventory, warehouse and carrier views draw the chosen scenario', async () => {
    const page = await openDashboard(`${server.url}#/service`);
    expect(await page.locator('#journey-chart rect.journey-bar').count()).toBe(9);
    expect(await page.locator('#journey-chart svg').textContent()).toContain("Where an order's time goes (baseline)");
    expect(await page.locator('#distribution-chart rect.histogram-bar').count()).toBe(84);
    expect(await page.locator('#distribution-chart svg').textContent()).toMatch(/P95 \d+\.\d h/);
    await page.selectOption('#distributions select', 'deliveryTimeHours');
    expect(await page.locator('#distribution-chart svg').textContent()).toContain('Delivery time (placement to delivery), baseline');
    await goTo(page, '#/shipping');
    expect(await page.locator('#carrier-table tbody tr').count()).toBe(3);
    expect(await page.locator('#carrier-table tbody tr').first().textContent()).toMatch(/^parcelco[\d,]+ ±[\d,]+\d+\.\d%\d+\.\d\d/);
    await goTo(page, '#/inventory');
    expect(await page.locator('#abc-chart rect.abc-bar').count()).toBe(3);
    expect(await page.locator('#worst-skus tbody tr').count()).toBe(10);
    expect(await page.locator('#worst-skus tbody tr').first().locator('td').nth(3).textContent()).toMatch(/^\d+\.\d\d%$/);
    await goTo(page, '#/warehouse');
    expect(await page.locator('#warehouse-map g.route-panel').count()).toBe(policyNames('routing').length);
    expect(await page.locator('#warehouse-map g.route-panel[data-policy="s-shape"]').textContent()).toMatch(/^s-shape: \d+\.\d m/);
    expect(await page.locator('#warehouse-map g.route-panel[data-policy="s-shape"] circle.pick').count()).toBeGreaterThan(3);
    expect((await page.locator('#warehouse-map path.route').first().getAttribute('d'))?.length ?? 0).toBeGreaterThan(20);
    expect(await page.locator('#utilization-chart rect.hour-bar').count()).toBe(16);
  });

  it("the order inspector shows a late order's timeline, decisions and why it was late", async () => {
    const page = await openDashboard(`${server.url}#/orders`, 1440, { expectNotFound: true });
    await page.click('#inspector .order-late');
    await page.waitForSelector('#inspector .order-choice');
    await page.locator('#inspector .order-choice').first().click();
    await page.waitForSelector('#inspector rect.timeline-step');
    expect(await page.locator('#inspector rect.timeline-step').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('#inspector .order-details').textContent()).toMatch(/delivered \d+\.\d h late/);
    expect(await page.locator('#inspector .order-details').textContent()).toContain('chosen by "cheapest-on-time"');
    expect(await page.locator('#inspector .late-reason').count()).toBeGreaterThan(0);
    await page.fill('#inspector .order-id', '5');
    await page.click('#inspector .order-find');
    await page.waitForFunction(() => document.getElementById('inspector')?.dataset.order === '5');
    await page.fill('#inspector .order-id', '99999999');
    await page.click('#inspector .order-find');
    await page.waitForFunction(() => document.querySelector('#inspector .order-output')?.textContent?.includes('no order 99999999'));
  });

  it('the daily series draw one line per scenario, the legend clear of the warm-up label', async () => {
    const page = await openDashboard(`${server.url}#/inventory`);
    const chart = page.locator('#inventory-series .chart');
    expect(await chart.locator('path.series-line').count()).toBe(2);
    expect(await chart.locator('rect.warmup').getAttribute('width')).not.toBe('0');
    await page.selectOption('#inventory-series select', 'backorderUnits');
    expect(await chart.locator('svg').textContent()).toContain('units backordered at end of day');
    const warmup = await chart.locator('text', { hasText: 'warm-up' }).boundingBox();
    for (const legend of await chart.locator('text.legend').all()) {
      const box = await legend.boundingBox();
      const overlaps =
        box !== null &&
        warmup !== null &&
        box.y < warmup.y + warmup.height &&
        warmup.y < box.y + box.height &&
        box.x < warmup.x + warmup.width;
      expect(overlaps).toBe(false);
    }
  });

  it('comparison: every KPI by its label for every scenario, and the paired chart of the what-if', async () => {
    const page = await openDashboard(`${server.url}#/comparison`);
    expect(await page.locator('#comparison-table tbody tr').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('#comparison-table thead th').allTextContents()).toEqual(['KPI', 'baseline', 'what-if-automation']);
    expect(await page.locator('#comparison-table tbody th').first().textContent()).toBe('Orders placed');
    expect(await page.locator('#paired-chart g.paired-row').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('#paired-chart g.paired-row[data-kpi="packerUtilization"]').getAttribute('data-verdict')).toBe('changed');
    expect(await page.locator('#paired-chart svg').textContent()).toContain('what-if-automation minus baseline, paired by replication');
    expect(await page.locator('#paired-chart svg').textContent()).toContain('Packers busy');
    // No back-test in this folder: no section, and no failed request for it.
    expect(await page.locator('#backtest').count()).toBe(0);
  });

  it('a live what-if from the form runs in the worker and moves a KPI on every page', async () => {
    const page = await openDashboard();
    await runLiveWhatIf(page);
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe('what-if (live)');
    await waitForHash(page, /^#\/what-if\?whatif=[\w-]+&reps=1$/);
    await goTo(page, '#/warehouse?scenario=what-if%20(live)');
    const change = await page.locator('#warehouse-kpis .card[data-kpi="pickerUtilization"] .change').textContent();
    expect(change).toMatch(/^-\d+\.\d pp vs baseline$/);
    await goTo(page, '#/comparison?scenario=what-if%20(live)');
    expect(await page.locator('#comparison-table thead th').last().textContent()).toBe('what-if (live)');
  });

  it('a shared what-if link reproduces the same numbers', async () => {
    const page = await openDashboard();
    await runLiveWhatIf(page);
    await goTo(page, '#/summary?scenario=what-if%20(live)');
    const value = await page.locator('#headline .card[data-kpi="cycleTimeHours"] .value').textContent();
    await goTo(page, '#/what-if');
    await runLiveWhatIf(page);
    const link = await waitForHash(page, /^#\/what-if\?whatif=[\w-]+&reps=1$/);
    const shared = await openDashboard(link);
    await shared.waitForSelector('#whatif[data-state="result"]', { timeout: 60_000 });
    expect(await shared.locator('.lever[data-lever="pickers"] output').textContent()).toBe('8 people');
    await goTo(shared, '#/summary?scenario=what-if%20(live)');
    expect(await shared.locator('#headline .card[data-kpi="cycleTimeHours"] .value').textContent()).toBe(value);
  });

  it('an invalid value shows the validator message next to its field', async () => {
    const page = await openDashboard(`${server.url}#/what-if`);
    await openAdvanced(page);
    await page.fill('.field[data-path="$.warehouse.pickers"] input', '-3');
    await page.click('.whatif-run');
    await page.waitForSelector('#whatif[data-state="invalid"]');
    expect(await page.locator('.field[data-path="$.warehouse.pickers"] .error').textContent()).toMatch(
      /\$\.warehouse\.pickers: Too small: expected number to be >=0/,
    );
  });

  it('charts export as SVG and PNG, tables as CSV', async () => {
    const page = await openDashboard(`${server.url}#/service`);
    const svg = await Promise.all([page.waitForEvent('download'), page.click('#journey .export-svg')]);
    expect(svg[0].suggestedFilename()).toBe('journey.svg');
    expect(readFileSync(await svg[0].path(), 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await Promise.all([page.waitForEvent('download'), page.click('#service-series .export-png')]);
    expect(png[0].suggestedFilename()).toBe('service-series.png');
    expect(
      readFileSync(await png[0].path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await goTo(page, '#/shipping');
    const csv = await Promise.all([page.waitForEvent('download'), page.click('#carriers .export-csv')]);
    const lines = readFileSync(await csv[0].path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('carrier,parcels (measured window),share,cost per parcel,on-time rate');
    expect(lines).toHaveLength(4);
  });

  it('dropping a result JSON file adds its scenario to every page', async () => {
    const page = await openDashboard(`${server.url}#/comparison`);
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
    await page.waitForFunction(
      () => window.document.querySelector('#comparison-table thead th:last-child')?.textContent === 'dropped-copy',
    );
  });

  it('answers unknown paths with 404, no back-test with 204, and refuses to leave its folder', async () => {
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}api/backtest`)).status).toBe(204);
    expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
