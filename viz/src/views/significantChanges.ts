import {
  formatSpreadForPeople,
  KPI_DEFINITIONS,
  pairedDifference,
  type KpiName,
  type ScenarioResult,
  type Verdict,
} from '../../../engine/index.js';

/** One KPI that changed significantly, variant against baseline. */
export interface SignificantChange {
  readonly name: KpiName;
  readonly verdict: Verdict;
  readonly text: string;
  /** For ordering: relative change for levels, the change itself for rates (points). */
  readonly size: number;
}

const VERDICT_WORDS: Partial<Record<Verdict, string>> = { better: 'better', worse: 'worse', changed: 'changed' };

/**
 * The KPIs whose paired 95% interval excludes zero, largest first, each in words:
 * "Pickers busy: -12.3 pp (better; 95% CI -13.1 pp to -11.5 pp)". A plain stand-in for the
 * report stream's summarySentences, built on the same paired differences.
 */
export function significantChanges(baseline: ScenarioResult, variant: ScenarioResult): SignificantChange[] {
  const changes: SignificantChange[] = [];
  for (const kpi of KPI_DEFINITIONS) {
    const difference = pairedDifference(baseline.kpis[kpi.name].values, variant.kpis[kpi.name].values, kpi.direction);
    if (difference.verdict === 'no significant difference' || difference.mean === null || difference.ci95 === null) continue;
    const spread = (value: number): string =>
      `${value < 0 ? '-' : '+'}${formatSpreadForPeople(kpi.name, Math.abs(value), variant.currency)}`;
    const base = Math.abs(baseline.kpis[kpi.name].mean ?? 0);
    const size = kpi.unit === 'rate' ? Math.abs(difference.mean) : base > 0 ? Math.abs(difference.mean) / base : 0;
    const text = `${kpi.label}: ${spread(difference.mean)} (${VERDICT_WORDS[difference.verdict] ?? ''}; 95% CI ${spread(difference.ci95[0])} to ${spread(difference.ci95[1])})`;
    changes.push({ name: kpi.name, verdict: difference.verdict, text, size });
  }
  return changes.sort((a, b) => b.size - a.size);
}
