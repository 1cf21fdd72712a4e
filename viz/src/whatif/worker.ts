/// <reference lib="webworker" />
import { runScenario, ScenarioError, validateLoaded, workAgainstLimit } from '../../../engine/index.js';
import type { WhatIfReply, WhatIfRequest } from './messages.js';

// The engine runs here, off the page's thread, so the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WhatIfReply): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WhatIfRequest>) => {
  const { scenario: raw, replications, name } = event.data;
  try {
    // The CLI's own validation: the same scenarios are refused with the same messages.
    const scenario = validateLoaded(raw, name);
    const { refusal } = workAgainstLimit([{ scenario, replications }], {});
    if (refusal !== undefined) {
      reply({ type: 'refused', message: refusal });
      return;
    }
    const { result } = runScenario(name, scenario, {
      replications,
      onProgress: (done, total) => reply({ type: 'progress', done, total }),
    });
    reply({ type: 'result', result });
  } catch (error) {
    if (error instanceof ScenarioError) reply({ type: 'invalid', problems: [...error.problems] });
    else reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
