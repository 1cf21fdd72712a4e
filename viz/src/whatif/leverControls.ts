import type { InputProblem } from '../../../engine/index.js';
import { pathKey } from './jsonPath.js';
import type { Lever, LeverGroup, ScenarioJson } from './Lever.js';

/** The lever controls on the page: `show` moves every control to a scenario's values. */
export interface LeverControls {
  show(scenario: ScenarioJson): void;
  /** Shows each problem at a field a lever writes under that lever (and clears the others). */
  showProblems(scenario: ScenarioJson, problems: readonly InputProblem[]): void;
}

function errorSlot(row: HTMLElement): HTMLElement {
  const slot = document.createElement('span');
  slot.className = 'error';
  row.append(slot);
  return slot;
}

/** One lever's control: a slider with its value in words, or a select with the chosen policy's description. */
function leverControl(
  lever: Lever,
  onChange: (lever: Lever, value: number | string) => void,
): { row: HTMLElement; show: (scenario: ScenarioJson) => void } {
  const row = document.createElement('div');
  row.className = 'lever';
  row.dataset.lever = lever.id;
  const id = `lever-${lever.id}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = lever.label;
  const shown = document.createElement('output');
  shown.htmlFor.add(id);
  const explanation = document.createElement('small');
  explanation.id = `${id}-help`;
  explanation.textContent = lever.explanation;
  if (lever.kind === 'slider') {
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.id = id;
    Object.assign(slider, { min: String(lever.min), max: String(lever.max), step: String(lever.step) });
    slider.setAttribute('aria-describedby', explanation.id);
    // The words follow the thumb; the scenario changes when the thumb is let go (or a key pressed).
    slider.addEventListener('input', () => {
      shown.value = lever.format(slider.valueAsNumber);
      slider.setAttribute('aria-valuetext', shown.value);
    });
    slider.addEventListener('change', () => onChange(lever, slider.valueAsNumber));
    row.append(label, slider, shown, explanation);
    const show = (scenario: ScenarioJson): void => {
      const value = lever.read(scenario);
      slider.disabled = value === undefined;
      if (value !== undefined) slider.value = String(value);
      shown.value = value === undefined ? 'not in this scenario' : lever.format(value);
      slider.setAttribute('aria-valuetext', shown.value);
    };
    return { row, show };
  }
  const select = document.createElement('select');
  select.id = id;
  select.setAttribute('aria-describedby', `${explanation.id} ${id}-choice`);
  for (const option of lever.options) select.append(new Option(option.label, option.value));
  const choice = document.createElement('small');
  choice.id = `${id}-choice`;
  choice.className = 'choice';
  select.addEventListener('change', () => onChange(lever, select.value));
  row.append(label, select, explanation, choice);
  const show = (scenario: ScenarioJson): void => {
    const value = lever.read(scenario);
    select.disabled = value === undefined;
    select.value = value ?? '';
    const option = lever.options.find((candidate) => candidate.value === value);
    choice.textContent = option === undefined ? '' : `${option.label}: ${option.description}`;
  };
  return { row, show };
}

/** Builds the levers in `container`, one group per part of the DC; `onChange` gets each value the user sets. */
export function buildLeverControls(
  container: HTMLElement,
  levers: readonly Lever[],
  onChange: (lever: Lever, value: number | string) => void,
): LeverControls {
  const groups = new Map<LeverGroup, HTMLFieldSetElement>();
  const shows: Array<(scenario: ScenarioJson) => void> = [];
  const slots: Array<{ lever: Lever; slot: HTMLElement }> = [];
  for (const lever of levers) {
    let group = groups.get(lever.group);
    if (group === undefined) {
      group = document.createElement('fieldset');
      group.className = 'lever-group';
      const legend = document.createElement('legend');
      legend.textContent = lever.group;
      group.append(legend);
      groups.set(lever.group, group);
    }
    const control = leverControl(lever, onChange);
    group.append(control.row);
    shows.push(control.show);
    slots.push({ lever, slot: errorSlot(control.row) });
  }
  container.replaceChildren(...groups.values());
  return {
    show(scenario) {
      for (const show of shows) show(scenario);
    },
    showProblems(scenario, problems) {
      for (const { lever, slot } of slots) {
        const own = new Set([...lever.paths(scenario), ...(lever.concerns?.(scenario) ?? [])].map(pathKey));
        slot.textContent = problems
          .filter((problem) => own.has(pathKey(problem.path)))
          .map((problem) => `${problem.message[0]?.toUpperCase() ?? ''}${problem.message.slice(1)}.`)
          .join(' ');
      }
    },
  };
}
