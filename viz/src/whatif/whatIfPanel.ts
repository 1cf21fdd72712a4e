import { z } from 'zod';
import { mergeScenario, type ScenarioResult, scenarioSchema } from '../../../engine/index.js';
import { diffScenario } from './jsonPath.js';
import type { WhatIfReply, WhatIfRequest } from './messages.js';
import { buildScenarioForm, type ScenarioForm } from './scenarioForm.js';
import { decodeWhatIf, encodeWhatIf } from './urlState.js';

/** The name live results carry in every view. */
export const LIVE_NAME = 'what-if (live)';

function element<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`what-if panel: missing ${selector}`);
  return found;
}

/**
 * The live what-if: a form generated from the scenario schema, filled with the baseline,
 * runs in a Web Worker; the result joins the other views as "what-if (live)". The changes
 * against the baseline travel in the URL, so a link reproduces the run exactly.
 */
export async function startWhatIfPanel(root: HTMLElement, onResult: (result: ScenarioResult) => void): Promise<void> {
  const status = element<HTMLElement>(root, '.whatif-status');
  const response = await fetch('api/baseline');
  if (!response.ok) {
    status.textContent = 'No baseline scenario is available to this dashboard, so live what-ifs are off.';
    return;
  }
  const baseline: unknown = await response.json();
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
  const formHost = element<HTMLElement>(root, '.whatif-form');
  const repsInput = element<HTMLInputElement>(root, '.whatif-reps');
  const progress = element<HTMLProgressElement>(root, '.whatif-progress');
  let form: ScenarioForm = buildScenarioForm(formHost, schema, baseline);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let running = false;

  worker.onmessage = (event: MessageEvent<WhatIfReply>) => {
    const message = event.data;
    if (message.type === 'progress') {
      progress.max = message.total;
      progress.value = message.done;
      status.textContent = `Simulating: replication ${message.done} of ${message.total} done`;
      return;
    }
    running = false;
    root.dataset.state = message.type;
    if (message.type === 'result') {
      status.textContent = `Done: ${message.result.replications} replication(s); the views now include "${LIVE_NAME}".`;
      onResult(message.result);
    } else if (message.type === 'invalid') {
      form.showProblems(message.problems);
      status.textContent = `The scenario has ${message.problems.length} problem(s), shown next to their fields.`;
    } else if (message.type === 'refused') {
      status.textContent = `Not run: ${message.message}`;
    } else {
      status.textContent = `Internal error: ${message.message}`;
    }
  };

  const run = (scenario: Record<string, unknown>, replications: number): void => {
    if (running) return;
    running = true;
    root.dataset.state = 'running';
    form.showProblems([]);
    progress.value = 0;
    status.textContent = 'Simulating…';
    history.replaceState(null, '', encodeWhatIf({ changes: diffScenario(baseline, scenario), replications }));
    const request: WhatIfRequest = { name: LIVE_NAME, scenario, replications };
    worker.postMessage(request);
  };
  const replications = (): number => Math.max(1, Math.min(50, Math.round(Number(repsInput.value) || 1)));

  element<HTMLButtonElement>(root, '.whatif-run').addEventListener('click', () => run(form.read(), replications()));
  element<HTMLButtonElement>(root, '.whatif-reset').addEventListener('click', () => {
    form = buildScenarioForm(formHost, schema, baseline);
    history.replaceState(null, '', location.pathname);
  });
  element<HTMLButtonElement>(root, '.whatif-save').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${JSON.stringify(form.read(), null, 2)}\n`], { type: 'application/json' }));
    link.download = 'what-if.json';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  // Cannot reject: every failure, reading the file included, ends in the status line.
  const load = async (file: File): Promise<void> => {
    try {
      form = buildScenarioForm(formHost, schema, mergeScenario(baseline, JSON.parse(await file.text())));
      status.textContent = `Loaded ${file.name} over the baseline.`;
    } catch (error) {
      status.textContent = `${file.name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    }
  };
  element<HTMLInputElement>(root, '.whatif-load').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) void load(file);
  });

  const link = decodeWhatIf(location.hash);
  if (link !== undefined) {
    const scenario = mergeScenario(baseline, link.changes) as Record<string, unknown>;
    form = buildScenarioForm(formHost, schema, scenario);
    repsInput.value = String(link.replications);
    run(scenario, link.replications);
  } else {
    status.textContent = 'Edit any field and run; the result joins the views above.';
  }
}
