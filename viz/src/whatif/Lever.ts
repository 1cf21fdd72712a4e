/** A scenario as the what-if panel edits it: plain JSON, the baseline's shape. */
export type ScenarioJson = Record<string, unknown>;

/** Where a lever is shown: one group of levers per part of the DC. */
export type LeverGroup = 'Demand and staff' | 'Picking and packing' | 'Inventory' | 'Shipping';

interface LeverBase {
  /** Stable id: the control's `data-lever` and the test's handle. */
  readonly id: string;
  /** The words shown to the user. */
  readonly label: string;
  /** One line saying what the lever changes in the DC. */
  readonly explanation: string;
  readonly group: LeverGroup;
  /** The scenario fields the lever writes (a reset copies them back from the baseline, unset where it has none). */
  paths(scenario: ScenarioJson): ReadonlyArray<readonly (string | number)[]>;
  /**
   * Other fields whose problems this lever shows, because moving it can cause them (a shift
   * start equal to its end is reported at the end). Without it: only `paths`.
   */
  concerns?(scenario: ScenarioJson): ReadonlyArray<readonly (string | number)[]>;
}

/** A number on a slider, bounded by the schema. */
export interface SliderLever extends LeverBase {
  readonly kind: 'slider';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The lever's value in `scenario`, or undefined when the scenario has nothing it can show. */
  read(scenario: ScenarioJson): number | undefined;
  write(scenario: ScenarioJson, value: number): void;
  /** The value with its unit, for people. */
  format(value: number): string;
}

/** One choice of a select lever. */
export interface LeverOption {
  readonly value: string;
  readonly label: string;
  /** What the choice does (a policy's own description). */
  readonly description: string;
}

/** A choice among named alternatives (policies), from the registry. */
export interface ChoiceLever extends LeverBase {
  readonly kind: 'choice';
  readonly options: readonly LeverOption[];
  read(scenario: ScenarioJson): string | undefined;
  write(scenario: ScenarioJson, value: string): void;
}

/** A lever of the what-if panel. */
export type Lever = SliderLever | ChoiceLever;

/** The value a lever shows for `scenario`, in words (undefined: nothing to show). */
export function leverText(lever: Lever, scenario: ScenarioJson): string | undefined {
  if (lever.kind === 'choice') {
    const value = lever.read(scenario);
    return value === undefined ? undefined : (lever.options.find((option) => option.value === value)?.label ?? value);
  }
  const value = lever.read(scenario);
  return value === undefined ? undefined : lever.format(value);
}
