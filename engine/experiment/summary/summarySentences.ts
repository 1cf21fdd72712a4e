import type { ScenarioResult } from '../runScenario.js';
import { changeBrief, changePhrase, type MoneyWords } from './changeWords.js';
import { kpiChanges, type KpiChange } from './kpiChange.js';
import { KPI_WORDING } from './kpiWording.js';

/** Options of `summarySentences`. */
export interface SummaryOptions extends MoneyWords {
  /** Changes named in each "Also ..." sentence before "and N more" (default 5). */
  readonly listed?: number;
}

/** The changes named in full in the first sentence. */
const HEADLINE = 2;

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function listSentence(title: string, changes: readonly KpiChange[], options: SummaryOptions): string[] {
  if (changes.length === 0) return [];
  const listed = Math.max(1, options.listed ?? 5);
  const words = changes.slice(0, listed).map((change) => changeBrief(change, options));
  if (changes.length > listed) words.push(`${changes.length - listed} more`);
  return [`${title}: ${joinWords(words)}.`];
}

/** The sentence naming the largest changes in full, with their intervals. */
function headline(name: string, changes: readonly KpiChange[], options: SummaryOptions): string {
  const phrases = changes.map((change, index) => changePhrase(change, options, index > 0));
  return `${name} ${joinWords(phrases)}.`;
}

/** The closing sentence: how many KPIs did not change, over how many replications, and which have no value. */
function restSentence(unchanged: number, withoutValue: readonly string[], replications: number, anyChange: boolean): string[] {
  const sentences: string[] = [];
  if (!anyChange) sentences.push(`No KPI changed significantly over ${replications} replications.`);
  else if (unchanged > 0) {
    const kpis = unchanged === 1 ? 'KPI' : 'KPIs';
    sentences.push(`The other ${unchanged} ${kpis} did not change significantly over ${replications} replications.`);
  }
  if (withoutValue.length > 0) {
    const verb = withoutValue.length === 1 ? 'has' : 'have';
    sentences.push(`${capitalized(joinWords(withoutValue))} ${verb} no value in these runs.`);
  }
  return sentences;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Plain-words summary of a what-if against the baseline from their paired comparison (replications
 * paired by index: the same seed gives common random numbers): only changes whose 95% interval
 * excludes zero, largest first (percent of the baseline for levels, points for rates), the two
 * largest in full with their intervals, then the other improvements, deteriorations and changes
 * of KPIs with no better direction. Says so when nothing changed significantly, when there are too
 * few replications for an interval, and when the runs are not paired (different seeds).
 */
export function summarySentences(baseline: ScenarioResult, variant: ScenarioResult, options: SummaryOptions = {}): string[] {
  if (variant.seed !== baseline.seed) {
    return [
      `${variant.scenario} ran with seed ${variant.seed} and ${baseline.scenario} with seed ${baseline.seed}: their replications are not paired, so they cannot be compared (run both with the same --seed).`,
    ];
  }
  const replications = Math.min(baseline.replications, variant.replications);
  if (replications < 2) {
    const runs = replications === 1 ? 'Only 1 replication' : 'No replication';
    return [
      `${runs} of ${variant.scenario} and ${baseline.scenario}: too few for a 95% interval, so no change can be called significant (run 2 or more, e.g. --reps 10).`,
    ];
  }
  const { significant, unchanged, withoutValue } = kpiChanges(baseline, variant);
  const first = significant.slice(0, HEADLINE);
  const rest = significant.slice(HEADLINE);
  return [
    ...(first.length > 0 ? [headline(variant.scenario, first, options)] : []),
    ...listSentence(
      'Also better',
      rest.filter((change) => change.verdict === 'better'),
      options,
    ),
    ...listSentence(
      'Also worse',
      rest.filter((change) => change.verdict === 'worse'),
      options,
    ),
    ...listSentence(
      'Also changed',
      rest.filter((change) => change.verdict === 'changed'),
      options,
    ),
    ...restSentence(
      unchanged,
      withoutValue.map((kpi) => KPI_WORDING[kpi].phrase),
      replications,
      significant.length > 0,
    ),
  ];
}
