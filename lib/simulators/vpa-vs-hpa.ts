/**
 * The same load change handled by the Horizontal Pod Autoscaler (more Pods, same
 * request) and by the Vertical Pod Autoscaler (same Pods, new request).
 *
 * This is a teaching model, not the exact VPA recommender: the real recommender
 * builds decaying histograms of usage, recommends a high percentile (target ≈ P90)
 * plus a safety margin and applies it only when Pods are recreated or resized in
 * place. Here the recommendation is simply observed usage per Pod × headroom.
 */

import { computeHpa, type HpaComputation, type HpaError } from "./hpa";

export type VpaVsHpaInput = {
  replicas: number;
  /** CPU request per Pod, in millicores. */
  cpuRequestMillicores: number;
  /** CPU actually used per Pod before the load change, in millicores. */
  cpuUsageMillicores: number;
  /** Multiplier on the total load, e.g. 2 for twice the traffic. */
  loadFactor: number;
  /** HPA target CPU utilisation, as a percentage of the request. */
  hpaTargetUtilization?: number;
  hpaMinReplicas?: number;
  hpaMaxReplicas?: number;
  vpaHeadroom?: number;
  vpaMinAllowedMillicores?: number;
  vpaMaxAllowedMillicores?: number;
};

export type VpaVsHpaField = keyof VpaVsHpaInput;
export type VpaVsHpaError = { field: VpaVsHpaField; code: "not-positive-integer" | "not-positive" | "negative" | "invalid-hpa" };

export const VPA_VS_HPA_DEFAULTS = {
  hpaTargetUtilization: 60,
  hpaMinReplicas: 1,
  hpaMaxReplicas: 20,
  vpaHeadroom: 1.15,
  vpaMinAllowedMillicores: 50,
  vpaMaxAllowedMillicores: 2000,
} as const;

export type HpaOutcome = {
  replicas: number;
  requestMillicores: number;
  /** Utilisation each existing Pod sees right after the load change, before scaling. */
  utilizationBefore: number;
  /** Utilisation once the load is spread over the new replica count. */
  utilizationAfter: number;
  totalRequestedMillicores: number;
  calculation: HpaComputation;
};

export type VpaOutcome = {
  replicas: number;
  usagePerPodMillicores: number;
  uncappedRecommendationMillicores: number;
  requestMillicores: number;
  cappedBy: "min" | "max" | null;
  utilizationAfter: number;
  totalRequestedMillicores: number;
};

export type VpaVsHpaResult =
  | {
      ok: true;
      value: { totalUsageMillicores: number; hpa: HpaOutcome; vpa: VpaOutcome };
    }
  | { ok: false; errors: VpaVsHpaError[] };

function roundUpToTen(millicores: number): number {
  // Rounding up keeps the request at or above usage × headroom, never below it.
  return Math.ceil(millicores / 10 - 1e-9) * 10;
}

function toPercent(usage: number, request: number): number {
  return Math.round((usage / request) * 1000) / 10;
}

export function compareVpaAndHpa(input: VpaVsHpaInput): VpaVsHpaResult {
  const options = { ...VPA_VS_HPA_DEFAULTS, ...stripUndefined(input) };
  const errors: VpaVsHpaError[] = [];
  if (!Number.isInteger(input.replicas) || input.replicas < 1) errors.push({ field: "replicas", code: "not-positive-integer" });
  if (!(input.cpuRequestMillicores > 0)) errors.push({ field: "cpuRequestMillicores", code: "not-positive" });
  if (!(input.cpuUsageMillicores >= 0)) errors.push({ field: "cpuUsageMillicores", code: "negative" });
  if (!(input.loadFactor >= 0)) errors.push({ field: "loadFactor", code: "negative" });
  if (!(options.vpaHeadroom > 0)) errors.push({ field: "vpaHeadroom", code: "not-positive" });
  if (!(options.vpaMinAllowedMillicores > 0) || !(options.vpaMaxAllowedMillicores >= options.vpaMinAllowedMillicores)) {
    errors.push({ field: "vpaMaxAllowedMillicores", code: "not-positive" });
  }
  if (errors.length > 0) return { ok: false, errors };

  const usagePerPod = input.cpuUsageMillicores * input.loadFactor;
  const totalUsage = usagePerPod * input.replicas;

  const utilizationBefore = toPercent(usagePerPod, input.cpuRequestMillicores);
  const hpaResult = computeHpa({
    currentReplicas: input.replicas,
    currentMetric: utilizationBefore,
    targetMetric: options.hpaTargetUtilization,
    minReplicas: options.hpaMinReplicas,
    maxReplicas: options.hpaMaxReplicas,
  });
  if (!hpaResult.ok) return { ok: false, errors: hpaResult.errors.map(toHpaFieldError) };
  const hpaReplicas = hpaResult.value.desiredReplicas;

  const uncapped = roundUpToTen(usagePerPod * options.vpaHeadroom);
  let vpaRequest = uncapped;
  let cappedBy: VpaOutcome["cappedBy"] = null;
  if (uncapped < options.vpaMinAllowedMillicores) {
    vpaRequest = options.vpaMinAllowedMillicores;
    cappedBy = "min";
  } else if (uncapped > options.vpaMaxAllowedMillicores) {
    vpaRequest = options.vpaMaxAllowedMillicores;
    cappedBy = "max";
  }

  return {
    ok: true,
    value: {
      totalUsageMillicores: totalUsage,
      hpa: {
        replicas: hpaReplicas,
        requestMillicores: input.cpuRequestMillicores,
        utilizationBefore,
        utilizationAfter: toPercent(totalUsage / hpaReplicas, input.cpuRequestMillicores),
        totalRequestedMillicores: hpaReplicas * input.cpuRequestMillicores,
        calculation: hpaResult.value,
      },
      vpa: {
        replicas: input.replicas,
        usagePerPodMillicores: usagePerPod,
        uncappedRecommendationMillicores: uncapped,
        requestMillicores: vpaRequest,
        cappedBy,
        utilizationAfter: toPercent(usagePerPod, vpaRequest),
        totalRequestedMillicores: input.replicas * vpaRequest,
      },
    },
  };
}

function toHpaFieldError(error: HpaError): VpaVsHpaError {
  const field: VpaVsHpaField =
    error.field === "minReplicas" ? "hpaMinReplicas" : error.field === "maxReplicas" ? "hpaMaxReplicas" : "hpaTargetUtilization";
  return { field, code: "invalid-hpa" };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
