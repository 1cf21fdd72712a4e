/** Where a scenario names policies (a built-in name or a plugin module), as paths of keys. */
export const POLICY_PATHS: ReadonlyArray<readonly string[]> = [
  ['processing', 'prioritization'],
  ['warehouse', 'routing'],
  ['warehouse', 'batching', 'policy'],
  ['inventory', 'allocation'],
  ['shipping', 'selection'],
];
