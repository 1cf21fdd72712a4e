import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly unknown[];
}

const AXE_SOURCE = (): string => readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core on the page and returns its serious and critical violations as "id: help (n nodes)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated as a string, not a script tag: a page whose content security policy forbids inline scripts still runs it.
  await page.evaluate(AXE_SOURCE());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.length }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes} nodes)`);
}
