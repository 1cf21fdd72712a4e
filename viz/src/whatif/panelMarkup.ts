/** The what-if panel's elements, built in TypeScript inside the element the page gives it. */
export interface PanelElements {
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly levers: HTMLElement;
  readonly changes: HTMLUListElement;
  readonly replications: HTMLInputElement;
  readonly days: HTMLInputElement;
  readonly warmupDays: HTMLInputElement;
  readonly run: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly save: HTMLButtonElement;
  readonly load: HTMLInputElement;
  readonly progress: HTMLProgressElement;
  readonly advanced: HTMLDetailsElement;
  readonly form: HTMLElement;
  readonly result: HTMLElement;
}

function button(className: string, text: string): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = className;
  made.textContent = text;
  return made;
}

function numberBox(className: string, min: number, max: number): HTMLInputElement {
  const box = document.createElement('input');
  box.type = 'number';
  box.className = className;
  Object.assign(box, { min: String(min), max: String(max), step: '1' });
  return box;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(text, control);
  return label;
}

function heading(text: string): HTMLHeadingElement {
  const made = document.createElement('h3');
  made.textContent = text;
  return made;
}

/** Builds the panel: levers, "what you changed", the run bar and the collapsed Advanced form. */
export function buildPanelMarkup(root: HTMLElement): PanelElements {
  const panel = document.createElement('div');
  panel.className = 'whatif-panel';
  const intro = document.createElement('p');
  intro.className = 'note';
  intro.textContent = 'Move a lever, then run: the simulation runs in this browser and its result joins the views as "what-if (live)".';
  const levers = document.createElement('div');
  levers.className = 'whatif-levers';
  const changes = document.createElement('ul');
  changes.className = 'whatif-changes';
  changes.setAttribute('aria-label', 'What you changed');

  const replications = numberBox('whatif-reps', 1, 50);
  replications.value = '1';
  const days = numberBox('whatif-days', 1, 3660);
  const warmupDays = numberBox('whatif-warmup', 0, 3660);
  const run = button('whatif-run', 'Run what-if');
  const cancel = button('whatif-cancel', 'Cancel');
  cancel.disabled = true;
  const reset = button('whatif-reset', 'Reset to baseline');
  const save = button('whatif-save', 'Save scenario JSON');
  const load = document.createElement('input');
  load.type = 'file';
  load.className = 'whatif-load';
  load.accept = 'application/json,.json';
  const progress = document.createElement('progress');
  progress.className = 'whatif-progress';
  progress.max = 1;
  progress.value = 0;
  progress.setAttribute('aria-label', 'Simulation progress');
  const status = document.createElement('span');
  status.className = 'whatif-status';
  status.setAttribute('role', 'status');
  const controls = document.createElement('div');
  controls.className = 'whatif-controls';
  controls.append(
    labelled('Replications', replications),
    labelled('Days simulated', days),
    labelled('Warm-up days', warmupDays),
    run,
    cancel,
    reset,
    save,
    labelled('Load scenario JSON', load),
    progress,
    status,
  );

  const advanced = document.createElement('details');
  advanced.className = 'whatif-advanced';
  const summary = document.createElement('summary');
  summary.textContent = 'Advanced (every field)';
  const form = document.createElement('div');
  form.className = 'whatif-form';
  advanced.append(summary, form);

  const result = document.createElement('div');
  result.className = 'whatif-result-host';
  result.setAttribute('aria-live', 'polite');

  panel.append(intro, levers, heading('What you changed'), changes, controls, result, advanced);
  root.append(panel);
  return {
    panel,
    status,
    levers,
    changes,
    replications,
    days,
    warmupDays,
    run,
    cancel,
    reset,
    save,
    load,
    progress,
    advanced,
    form,
    result,
  };
}
