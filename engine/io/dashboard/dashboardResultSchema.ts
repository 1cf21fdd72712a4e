import { z } from 'zod';

/** A KPI's summary as the pages read it: a mean (null when no replication had one); the rest is optional. */
const summary = z.looseObject({ mean: z.number().nullable() });

/**
 * What a result document must hold for the dashboard's pages to show it, and no more: older
 * results (written before a KPI existed), long names and descriptions all stay readable, while
 * a document a page would fail on (`kpis: null`, a KPI that is not a summary, `series: "x"`) is
 * named as unreadable with its JSON path instead.
 */
export const dashboardResultSchema = z.looseObject({
  scenario: z.string().min(1),
  kpis: z.record(z.string(), summary),
  series: z.record(z.string(), z.array(z.unknown())).optional(),
  breakdown: z.looseObject({}).optional(),
});
