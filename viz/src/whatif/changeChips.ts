import { copyAt, diffScenario } from './jsonPath.js';
import { type Lever, leverText, type ScenarioJson } from './Lever.js';

/** The scenario with every lever set back to its baseline value (what is left differs under Advanced). */
function withLeversReset(levers: readonly Lever[], baseline: ScenarioJson, scenario: ScenarioJson): ScenarioJson {
  const copy = structuredClone(scenario);
  for (const lever of levers) copyLever(lever, baseline, copy);
  return copy;
}

/** Sets the fields `lever` writes in scenario `into` as scenario `from` has them (a reset: from the baseline). */
export function copyLever(lever: Lever, from: ScenarioJson, into: ScenarioJson): void {
  for (const path of lever.paths(into)) copyAt(from, into, path);
}

function chip(text: string, resetLabel: string, onReset: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'chip';
  const words = document.createElement('span');
  words.textContent = text;
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset';
  reset.setAttribute('aria-label', resetLabel);
  reset.addEventListener('click', onReset);
  item.append(words, reset);
  return item;
}

/**
 * "What you changed": one chip per lever whose value differs from the baseline ("Packers per
 * shift: 8 people → 2 people"), each with its reset, and one for changes made under Advanced.
 */
export function renderChanges(
  list: HTMLElement,
  levers: readonly Lever[],
  baseline: ScenarioJson,
  scenario: ScenarioJson,
  onReset: (lever: Lever | 'advanced') => void,
): void {
  const chips: HTMLLIElement[] = [];
  for (const lever of levers) {
    const before = leverText(lever, baseline);
    const after = leverText(lever, scenario);
    if (before !== after)
      chips.push(
        chip(`${lever.label}: ${before ?? 'not set'} → ${after ?? 'not set'}`, `Reset ${lever.label.toLowerCase()}`, () => onReset(lever)),
      );
  }
  if (diffScenario(baseline, withLeversReset(levers, baseline, scenario)) !== undefined)
    chips.push(chip('Other fields changed under Advanced', 'Reset the fields changed under Advanced', () => onReset('advanced')));
  if (chips.length === 0) {
    const none = document.createElement('li');
    none.className = 'none';
    none.textContent = 'Nothing yet: the scenario is the baseline.';
    chips.push(none);
  }
  list.replaceChildren(...chips);
}
