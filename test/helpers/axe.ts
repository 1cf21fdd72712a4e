import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly unknown[];
}

/** axe-core's browser build, read once. */
let axeSource: string | undefined;

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js, evaluated in the page: a script tag would be
 * refused by the dashboard's content security policy, and log a console error) on the whole page and
 * returns its serious and critical violations as "id: help (n nodes)"; empty when there are none.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const outcome = await axe.run(document);
    return outcome.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.length,
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes} nodes)`);
}
