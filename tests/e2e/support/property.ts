// The fast-check settings of the browser suite's property tests. One seed per run, chosen here unless
// PROPERTY_SEED gives it, and named in every failure: the same command with it repeats the same inputs.
export const PROPERTY_SEED = Number(process.env.PROPERTY_SEED ?? Date.now() % 2_147_483_647);

/** `PROPERTY_RUNS` (else `fallback`) cases, the run's seed, and no shrinking after the first failure. */
export function propertyRuns(fallback: number): { numRuns: number; seed: number; endOnFailure: true } {
  return { numRuns: Number(process.env.PROPERTY_RUNS ?? fallback), seed: PROPERTY_SEED, endOnFailure: true };
}

/** For a failure message: how to repeat it. */
export const REPEAT_WITH = `repeat with PROPERTY_SEED=${PROPERTY_SEED}`;
