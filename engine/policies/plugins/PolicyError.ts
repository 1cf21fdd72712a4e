/**
 * A user's policy module failed: it could not be loaded, threw, or returned an invalid
 * decision. Carries the module and the decision so the CLI can name both and exit 2; the run
 * stops rather than go on with a corrupted result.
 */
export class PolicyError extends Error {
  constructor(
    readonly module: string,
    readonly detail: string,
  ) {
    super(`policy module ${module}: ${detail}`);
    this.name = 'PolicyError';
  }
}
