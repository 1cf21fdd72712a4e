import { mergeScenario, type ScenarioResult, scenarioJsonSchema } from '../../../engine/index.js';
import { renderChanges, copyLever } from './changeChips.js';
import { diffScenario } from './jsonPath.js';
import type { ScenarioJson } from './Lever.js';
import { buildLeverControls } from './leverControls.js';
import { leverList } from './leverList.js';
import { renderLiveResult } from './liveResultTable.js';
import type { WhatIfReply, WhatIfRequest } from './messages.js';
import { buildPanelMarkup } from './panelMarkup.js';
import { daysOf, setDays } from './runLength.js';
import { buildScenarioForm, type ScenarioForm } from './scenarioForm.js';
import type { SchemaNode } from './schemaNode.js';
import { decodeWhatIf, encodeWhatIf, withoutWhatIf } from './urlState.js';
import './whatIf.css';

/** The name live results carry in every view. */
export const LIVE_NAME = 'what-if (live)';

/** `value` when it is a JSON object (a scenario), else undefined. */
const asScenario = (value: unknown): ScenarioJson | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ScenarioJson) : undefined;

/** A Web Worker that runs scenarios off the page's thread. */
const startWorker = (): Worker => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * The live what-if, built inside `root`: levers (sliders and selects) over the baseline scenario,
 * "what you changed" with a reset per lever, and every field under Advanced; runs in a Web Worker
 * and the result joins the other views as "what-if (live)". The changes against the baseline
 * travel in the URL, so a link reproduces the run exactly.
 */
export async function startWhatIfPanel(root: HTMLElement, onResult: (result: ScenarioResult) => void): Promise<void> {
  const ui = buildPanelMarkup(root);
  const response = await fetch('api/baseline');
  if (!response.ok) {
    ui.status.textContent = 'No baseline scenario is available to this dashboard, so live what-ifs are off.';
    ui.panel.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((control) => (control.disabled = true));
    return;
  }
  const baseline = (await response.json()) as ScenarioJson;
  const schema = scenarioJsonSchema() as SchemaNode;
  const levers = leverList(schema, baseline);
  let scenario: ScenarioJson = structuredClone(baseline);
  let form: ScenarioForm | undefined;
  let worker = startWorker();
  let running = false;
  let previous: ScenarioResult | undefined;
  const replications = (): number => Math.max(1, Math.min(50, Math.round(Number(ui.replications.value) || 1)));

  /** Shows `scenario` everywhere: levers, chips, run length, the Advanced form when asked, and the URL. */
  const changed = (rebuildForm: boolean): void => {
    controls.show(scenario);
    renderChanges(ui.changes, levers, baseline, scenario, (lever) => {
      if (lever === 'advanced') {
        const levered = structuredClone(baseline);
        for (const each of levers) copyLever(each, scenario, levered);
        scenario = levered;
      } else copyLever(lever, baseline, scenario);
      changed(true);
    });
    ui.days.value = String(daysOf(scenario, 'horizon') ?? '');
    ui.warmupDays.value = String(daysOf(scenario, 'warmup') ?? '');
    if (rebuildForm && form !== undefined) form = buildScenarioForm(ui.form, schema, scenario);
    const changes = diffScenario(baseline, scenario);
    const hash =
      changes === undefined ? withoutWhatIf(location.hash) : encodeWhatIf({ changes, replications: replications() }, location.hash);
    if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  const controls = buildLeverControls(ui.levers, levers, (lever, value) => {
    if (lever.kind === 'choice') lever.write(scenario, String(value));
    else lever.write(scenario, Number(value));
    changed(true);
  });
  // The full form is large: it is built when Advanced is first opened.
  const ensureForm = (): ScenarioForm => (form ??= buildScenarioForm(ui.form, schema, scenario));
  ui.advanced.addEventListener('toggle', () => {
    if (ui.advanced.open) ensureForm();
  });
  ui.form.addEventListener('change', () => {
    if (form === undefined) return;
    scenario = form.read();
    changed(false);
  });
  for (const [box, key] of [
    [ui.days, 'horizon'],
    [ui.warmupDays, 'warmup'],
  ] as const) {
    box.addEventListener('change', () => {
      setDays(scenario, key, box.valueAsNumber);
      changed(true);
    });
  }
  ui.replications.addEventListener('change', () => changed(false));

  const finished = (state: string, text: string): void => {
    running = false;
    root.dataset.state = state;
    ui.status.textContent = text;
    ui.run.disabled = false;
    ui.cancel.disabled = true;
  };
  const listen = (): void => {
    worker.onmessage = (event: MessageEvent<WhatIfReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        ui.progress.max = message.total;
        ui.progress.value = message.done;
        ui.status.textContent = `Simulating: replication ${message.done} of ${message.total} done`;
      } else if (message.type === 'result') {
        finished('result', `Done: ${message.result.replications} replication(s); the views now include "${LIVE_NAME}".`);
        renderLiveResult(ui.result, message.result, previous);
        previous = message.result;
        onResult(message.result);
      } else if (message.type === 'invalid') {
        controls.showProblems(scenario, message.problems);
        ui.advanced.open = true;
        ensureForm().showProblems(message.problems);
        finished(
          'invalid',
          `The scenario has ${message.problems.length} problem(s), shown at their levers and at their fields under Advanced.`,
        );
      } else if (message.type === 'refused') finished('refused', `Not run: ${message.message}`);
      else finished('error', `Internal error: ${message.message}`);
    };
  };
  listen();

  const run = (): void => {
    if (running) return;
    if (form !== undefined) scenario = form.read();
    running = true;
    root.dataset.state = 'running';
    form?.showProblems([]);
    controls.showProblems(scenario, []);
    ui.progress.value = 0;
    ui.status.textContent = 'Simulating…';
    ui.run.disabled = true;
    ui.cancel.disabled = false;
    changed(false);
    const request: WhatIfRequest = { name: LIVE_NAME, scenario, replications: replications() };
    worker.postMessage(request);
  };
  ui.run.addEventListener('click', run);
  // A worker cannot be interrupted mid-replication: cancelling ends it and starts a fresh one.
  ui.cancel.addEventListener('click', () => {
    worker.terminate();
    worker = startWorker();
    listen();
    ui.progress.value = 0;
    finished('cancelled', 'Cancelled: nothing was added to the views.');
  });
  ui.reset.addEventListener('click', () => {
    scenario = structuredClone(baseline);
    changed(true);
  });
  ui.save.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${JSON.stringify(form?.read() ?? scenario, null, 2)}\n`], { type: 'application/json' }));
    link.download = 'what-if.json';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  // Cannot reject: every failure, reading the file included, ends in the status line.
  const load = async (file: File): Promise<void> => {
    try {
      const merged = asScenario(mergeScenario(baseline, JSON.parse(await file.text())));
      if (merged === undefined) {
        ui.status.textContent = `${file.name}: not a scenario (expected a JSON object of scenario fields)`;
        return;
      }
      scenario = merged;
      changed(true);
      ui.status.textContent = `Loaded ${file.name} over the baseline.`;
    } catch (error) {
      ui.status.textContent = `${file.name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    }
  };
  ui.load.addEventListener('change', () => {
    const file = ui.load.files?.[0];
    if (file !== undefined) void load(file);
  });

  const link = decodeWhatIf(location.hash);
  const linked = link === undefined ? undefined : asScenario(mergeScenario(baseline, link.changes));
  if (link !== undefined && linked !== undefined) {
    scenario = linked;
    ui.replications.value = String(link.replications);
    changed(true);
    run();
  } else {
    changed(false);
    ui.status.textContent = 'Move a lever or edit any field under Advanced, then run.';
  }
}
