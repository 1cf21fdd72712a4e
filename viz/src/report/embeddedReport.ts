import type { ScenarioResult } from '../../../engine/index.js';

/** The id of the element holding the report's data (the same as REPORT_DATA_ID in engine/io/report/reportHtml.ts). */
const REPORT_DATA_ID = 'report-data';

/**
 * What `fulfill report` embeds: the results folder's name, its scenario results (baseline first)
 * and the result files it left out. The results keep only the fields the report draws (summary,
 * KPIs, daily series, journey and histograms: engine/io/report/reportResultSchema.ts), which is
 * all the views used here read.
 */
export interface EmbeddedReport {
  readonly folder: string;
  readonly results: ScenarioResult[];
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

/** Reads the report's embedded data; throws when the page has none (it was not written by `fulfill report`). */
export function embeddedReport(): EmbeddedReport {
  const text = document.getElementById(REPORT_DATA_ID)?.textContent;
  if (text === undefined || text === null || text === '')
    throw new Error('this page carries no report data: write it with `fulfill report DIR`');
  return JSON.parse(text) as EmbeddedReport;
}
