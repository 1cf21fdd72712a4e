import type { InputProblem, ScenarioResult } from '../../../engine/index.js';

/** What the page asks the worker: run this scenario JSON. */
export interface WhatIfRequest {
  readonly name: string;
  readonly scenario: unknown;
  readonly replications: number;
}

/** What the worker answers: progress, the result, validation problems, a run refused as too large, or an internal error. */
export type WhatIfReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: ScenarioResult }
  | { readonly type: 'invalid'; readonly problems: InputProblem[] }
  | { readonly type: 'refused'; readonly message: string }
  | { readonly type: 'error'; readonly message: string };
