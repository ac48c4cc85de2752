/**
 * Horizontal Pod Autoscaler replica calculation, following the Kubernetes docs:
 *
 *   desiredReplicas = ceil[currentReplicas × (currentMetricValue / desiredMetricValue)]
 *
 * with the controller skipping any change while the ratio is within the tolerance
 * (default 0.1, i.e. ±10 %). The result keeps every intermediate value so the UI
 * can show the formula step by step.
 */

export const DEFAULT_HPA_TOLERANCE = 0.1;

export type HpaInput = {
  currentReplicas: number;
  currentMetric: number;
  targetMetric: number;
  minReplicas: number;
  maxReplicas: number;
  tolerance?: number;
};

export type HpaField = keyof HpaInput;

export type HpaErrorCode =
  | "not-a-number"
  | "not-positive-integer"
  | "negative"
  | "not-positive"
  | "min-above-max"
  | "tolerance-out-of-range";

export type HpaError = { field: HpaField; code: HpaErrorCode };

export type HpaDirection = "up" | "down" | "none";

export type HpaComputation = {
  currentReplicas: number;
  currentMetric: number;
  targetMetric: number;
  minReplicas: number;
  maxReplicas: number;
  tolerance: number;
  ratio: number;
  toleranceBand: { lower: number; upper: number };
  withinTolerance: boolean;
  /** currentReplicas × ratio; null when the tolerance check short-circuits the formula. */
  rawReplicas: number | null;
  ceiledReplicas: number | null;
  /** Replica count before the min/max clamp is applied. */
  unclampedReplicas: number;
  clampedBy: "min" | "max" | null;
  desiredReplicas: number;
  direction: HpaDirection;
};

export type HpaResult =
  | { ok: true; value: HpaComputation }
  | { ok: false; errors: HpaError[] };

// Floating-point division can turn an exact answer such as 6 into 6.000000000000001,
// which ceil would push to 7; learners should see the mathematically exact result.
const EPSILON = 1e-9;

function roundAwayNoise(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) < EPSILON ? nearest : value;
}

export function validateHpaInput(input: HpaInput): HpaError[] {
  const errors: HpaError[] = [];
  const tolerance = input.tolerance ?? DEFAULT_HPA_TOLERANCE;

  const replicaFields = ["currentReplicas", "minReplicas", "maxReplicas"] as const;
  for (const field of replicaFields) {
    const value = input[field];
    if (!Number.isFinite(value)) errors.push({ field, code: "not-a-number" });
    else if (!Number.isInteger(value) || value < 1) errors.push({ field, code: "not-positive-integer" });
  }

  if (!Number.isFinite(input.currentMetric)) errors.push({ field: "currentMetric", code: "not-a-number" });
  else if (input.currentMetric < 0) errors.push({ field: "currentMetric", code: "negative" });

  if (!Number.isFinite(input.targetMetric)) errors.push({ field: "targetMetric", code: "not-a-number" });
  else if (input.targetMetric <= 0) errors.push({ field: "targetMetric", code: "not-positive" });

  if (!Number.isFinite(tolerance)) errors.push({ field: "tolerance", code: "not-a-number" });
  // A tolerance of 1 or more would swallow every possible scale-down, so it is never meaningful.
  else if (tolerance < 0 || tolerance >= 1) errors.push({ field: "tolerance", code: "tolerance-out-of-range" });

  const boundsAreValid = !errors.some((e) => e.field === "minReplicas" || e.field === "maxReplicas");
  if (boundsAreValid && input.minReplicas > input.maxReplicas) {
    errors.push({ field: "minReplicas", code: "min-above-max" });
  }
  return errors;
}

export function computeHpa(input: HpaInput): HpaResult {
  const errors = validateHpaInput(input);
  if (errors.length > 0) return { ok: false, errors };

  const { currentReplicas, currentMetric, targetMetric, minReplicas, maxReplicas } = input;
  const tolerance = input.tolerance ?? DEFAULT_HPA_TOLERANCE;

  const ratio = currentMetric / targetMetric;
  // The epsilon keeps a ratio of exactly 1.1 (e.g. 66/60) inside a 0.1 tolerance, as on paper.
  const withinTolerance = Math.abs(ratio - 1) <= tolerance + EPSILON;

  let rawReplicas: number | null = null;
  let ceiledReplicas: number | null = null;
  let unclampedReplicas = currentReplicas;
  if (!withinTolerance) {
    // Multiply before dividing so integer inputs stay exact for as long as possible.
    rawReplicas = roundAwayNoise((currentReplicas * currentMetric) / targetMetric);
    ceiledReplicas = Math.ceil(rawReplicas);
    unclampedReplicas = ceiledReplicas;
  }

  // The bounds still apply inside the tolerance band: an HPA whose Deployment was
  // scaled by hand outside [min, max] is pulled back to the nearest bound.
  let desiredReplicas = unclampedReplicas;
  let clampedBy: HpaComputation["clampedBy"] = null;
  if (unclampedReplicas > maxReplicas) {
    desiredReplicas = maxReplicas;
    clampedBy = "max";
  } else if (unclampedReplicas < minReplicas) {
    desiredReplicas = minReplicas;
    clampedBy = "min";
  }

  const direction: HpaDirection =
    desiredReplicas > currentReplicas ? "up" : desiredReplicas < currentReplicas ? "down" : "none";

  return {
    ok: true,
    value: {
      currentReplicas,
      currentMetric,
      targetMetric,
      minReplicas,
      maxReplicas,
      tolerance,
      ratio,
      toleranceBand: { lower: 1 - tolerance, upper: 1 + tolerance },
      withinTolerance,
      rawReplicas,
      ceiledReplicas,
      unclampedReplicas,
      clampedBy,
      desiredReplicas,
      direction,
    },
  };
}
