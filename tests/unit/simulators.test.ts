import { describe, expect, it } from "vitest";
import { computeHpa, type HpaInput } from "../../lib/simulators/hpa";
import { compareVpaAndHpa } from "../../lib/simulators/vpa-vs-hpa";
import {
  INSTANCE_CATALOGUE,
  checkPodFits,
  computeAllocatable,
  simulateClusterAutoscaler,
  simulateKarpenter,
  simulateNodeScaling,
  type NodeGroup,
} from "../../lib/simulators/node-scaling";

const base: HpaInput = { currentReplicas: 4, currentMetric: 90, targetMetric: 60, minReplicas: 1, maxReplicas: 10 };

function expectOk(input: HpaInput) {
  const result = computeHpa(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe("computeHpa", () => {
  it("scales 4 replicas at 90% against a 60% target up to 6", () => {
    const value = expectOk(base);
    expect(value.ratio).toBe(1.5);
    expect(value.withinTolerance).toBe(false);
    expect(value.rawReplicas).toBe(6);
    expect(value.ceiledReplicas).toBe(6);
    expect(value.desiredReplicas).toBe(6);
    expect(value.clampedBy).toBeNull();
    expect(value.direction).toBe("up");
  });

  it("makes no change when the ratio is within the default 0.1 tolerance", () => {
    const value = expectOk({ ...base, currentMetric: 63 }); // ratio 1.05
    expect(value.tolerance).toBe(0.1);
    expect(value.withinTolerance).toBe(true);
    expect(value.rawReplicas).toBeNull();
    expect(value.desiredReplicas).toBe(4);
    expect(value.direction).toBe("none");
  });

  it("treats a ratio exactly on the band edge as within tolerance", () => {
    expect(expectOk({ ...base, currentMetric: 66 }).withinTolerance).toBe(true); // ratio 1.1
    expect(expectOk({ ...base, currentMetric: 54 }).withinTolerance).toBe(true); // ratio 0.9
  });

  it("honours a custom tolerance", () => {
    const value = expectOk({ ...base, currentMetric: 63, tolerance: 0.01 });
    expect(value.withinTolerance).toBe(false);
    expect(value.rawReplicas).toBeCloseTo(4.2);
    expect(value.desiredReplicas).toBe(5);
  });

  it("rounds up a fractional result", () => {
    const value = expectOk({ ...base, currentReplicas: 3, currentMetric: 70, targetMetric: 50 }); // 4.2
    expect(value.rawReplicas).toBeCloseTo(4.2);
    expect(value.desiredReplicas).toBe(5);
  });

  it("clamps to maxReplicas", () => {
    const value = expectOk({ ...base, currentReplicas: 8, currentMetric: 120, targetMetric: 60 }); // 16
    expect(value.ceiledReplicas).toBe(16);
    expect(value.desiredReplicas).toBe(10);
    expect(value.clampedBy).toBe("max");
  });

  it("clamps to minReplicas", () => {
    const value = expectOk({ ...base, currentReplicas: 4, currentMetric: 10, targetMetric: 60, minReplicas: 2 }); // 0.67
    expect(value.ceiledReplicas).toBe(1);
    expect(value.desiredReplicas).toBe(2);
    expect(value.clampedBy).toBe("min");
    expect(value.direction).toBe("down");
  });

  it("scales 10 replicas at 25% against a 50% target down to 5", () => {
    const value = expectOk({ ...base, currentReplicas: 10, currentMetric: 25, targetMetric: 50 });
    expect(value.ratio).toBe(0.5);
    expect(value.desiredReplicas).toBe(5);
    expect(value.direction).toBe("down");
  });

  it("does not let floating-point noise add a replica", () => {
    // 3 × 0.2 / 0.1 is 6.000000000000001 in naive floating point, which ceil would make 7.
    expect(expectOk({ ...base, currentReplicas: 3, currentMetric: 0.2, targetMetric: 0.1 }).desiredReplicas).toBe(6);
  });

  it("returns typed errors instead of throwing for bad input", () => {
    const result = computeHpa({ currentReplicas: 2.5, currentMetric: -1, targetMetric: 0, minReplicas: 0, maxReplicas: Number.NaN, tolerance: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: "currentReplicas", code: "not-positive-integer" },
        { field: "minReplicas", code: "not-positive-integer" },
        { field: "maxReplicas", code: "not-a-number" },
        { field: "currentMetric", code: "negative" },
        { field: "targetMetric", code: "not-positive" },
        { field: "tolerance", code: "tolerance-out-of-range" },
      ]),
    );
  });

  it("rejects minReplicas greater than maxReplicas", () => {
    const result = computeHpa({ ...base, minReplicas: 5, maxReplicas: 3 });
    expect(result).toEqual({ ok: false, errors: [{ field: "minReplicas", code: "min-above-max" }] });
  });
});

describe("compareVpaAndHpa", () => {
  const workload = { replicas: 4, cpuRequestMillicores: 500, cpuUsageMillicores: 300 };

  it("HPA adds Pods and keeps the request; VPA keeps Pods and changes the request", () => {
    const result = compareVpaAndHpa({ ...workload, loadFactor: 2 });
    if (!result.ok) throw new Error("expected ok");
    const { hpa, vpa, totalUsageMillicores } = result.value;
    expect(totalUsageMillicores).toBe(2400);
    expect(hpa.utilizationBefore).toBe(120);
    expect(hpa.replicas).toBe(8);
    expect(hpa.requestMillicores).toBe(500);
    expect(hpa.utilizationAfter).toBe(60);
    expect(hpa.totalRequestedMillicores).toBe(4000);
    expect(vpa.replicas).toBe(4);
    expect(vpa.usagePerPodMillicores).toBe(600);
    expect(vpa.requestMillicores).toBe(690); // 600 × 1.15
    expect(vpa.totalRequestedMillicores).toBe(2760);
  });

  it("rounds the VPA recommendation up to 10m and caps it at maxAllowed", () => {
    const halved = compareVpaAndHpa({ ...workload, loadFactor: 0.5 });
    if (!halved.ok) throw new Error("expected ok");
    expect(halved.value.vpa.requestMillicores).toBe(180); // 150 × 1.15 = 172.5
    expect(halved.value.hpa.replicas).toBe(2);

    const capped = compareVpaAndHpa({ ...workload, loadFactor: 3, vpaMaxAllowedMillicores: 800 });
    if (!capped.ok) throw new Error("expected ok");
    expect(capped.value.vpa.uncappedRecommendationMillicores).toBe(1040); // 900 × 1.15 = 1035
    expect(capped.value.vpa.requestMillicores).toBe(800);
    expect(capped.value.vpa.cappedBy).toBe("max");
  });

  it("returns errors for bad input", () => {
    const result = compareVpaAndHpa({ replicas: 0, cpuRequestMillicores: 0, cpuUsageMillicores: 100, loadFactor: -1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(["cpuRequestMillicores", "loadFactor", "replicas"]);
  });
});

describe("node scaling", () => {
  it("computes allocatable capacity below the instance size", () => {
    const m5Large = INSTANCE_CATALOGUE.find((type) => type.name === "m5.large");
    expect(m5Large).toBeDefined();
    if (!m5Large) return;
    expect(computeAllocatable(m5Large)).toEqual({ cpuMillicores: 1930, memoryMiB: 7518 });
    // A full 2 vCPU request does not fit on a 2 vCPU node once reservations are taken out.
    expect(checkPodFits({ cpuMillicores: 2000, memoryMiB: 512 }, m5Large)).toBe(false);
  });

  it("Cluster Autoscaler picks a node group that fits and raises its desired capacity by one", () => {
    const { steps, chosen } = simulateClusterAutoscaler({ cpuMillicores: 500, memoryMiB: 1024 });
    expect(chosen?.nodeGroup).toBe("ng-general");
    expect(chosen && checkPodFits({ cpuMillicores: 500, memoryMiB: 1024 }, chosen.instanceType)).toBe(true);
    expect(steps.map((s) => s.id)).toEqual([
      "pod-pending",
      "cas-scan",
      "cas-simulate",
      "cas-expander",
      "asg-set-desired",
      "asg-launch",
      "node-join",
      "pod-bound",
      "cas-scale-down",
    ]);
    expect(steps.find((s) => s.id === "asg-set-desired")).toEqual({ id: "asg-set-desired", nodeGroup: "ng-general", from: 2, to: 3 });
  });

  it("Cluster Autoscaler only considers groups whose instance type fits", () => {
    const { chosen } = simulateClusterAutoscaler({ cpuMillicores: 3000, memoryMiB: 4096 });
    expect(chosen?.nodeGroup).toBe("ng-compute");
  });

  it("Cluster Autoscaler may raise the desired capacity up to, but never past, the maximum size", () => {
    const groups: NodeGroup[] = [{ name: "ng-almost-full", instanceType: "c5.xlarge", desiredCapacity: 2, maxSize: 3 }];
    const { steps, chosen } = simulateClusterAutoscaler({ cpuMillicores: 3000, memoryMiB: 4096 }, groups);
    expect(chosen?.nodeGroup).toBe("ng-almost-full");
    expect(steps.find((s) => s.id === "asg-set-desired")).toEqual({ id: "asg-set-desired", nodeGroup: "ng-almost-full", from: 2, to: 3 });
  });

  it("Cluster Autoscaler skips node groups at their maximum size", () => {
    const groups: NodeGroup[] = [{ name: "ng-full", instanceType: "c5.xlarge", desiredCapacity: 3, maxSize: 3 }];
    const { steps, chosen } = simulateClusterAutoscaler({ cpuMillicores: 3000, memoryMiB: 4096 }, groups);
    expect(chosen).toBeNull();
    expect(steps.at(-1)).toEqual({ id: "cas-no-scale-up", reason: "max-size" });
  });

  it("Karpenter picks the cheapest instance type allowed by the NodePool that fits", () => {
    const pod = { cpuMillicores: 500, memoryMiB: 1024 };
    const { steps, chosen } = simulateKarpenter(pod);
    expect(chosen?.name).toBe("c5.large");
    // t3.medium is cheaper but the default NodePool only allows the c, m and r categories.
    const cheaperFits = INSTANCE_CATALOGUE.filter(
      (type) => ["c", "m", "r"].includes(type.category) && checkPodFits(pod, type) && type.pricePerHour < (chosen?.pricePerHour ?? 0),
    );
    expect(cheaperFits).toEqual([]);
    expect(steps.map((s) => s.id)).toEqual([
      "pod-pending",
      "karpenter-batch",
      "karpenter-nodepool",
      "karpenter-select",
      "nodeclaim-create",
      "ec2-create-fleet",
      "nodeclaim-registered",
      "pod-bound",
      "karpenter-consolidation",
    ]);
  });

  it("Karpenter can launch a type no node group offers", () => {
    const result = simulateNodeScaling({ cpuMillicores: 3000, memoryMiB: 12000 });
    expect(result.clusterAutoscaler.chosen).toBeNull();
    expect(result.karpenter.chosen?.name).toBe("m5.xlarge");
  });

  it("Karpenter respects NodePool limits", () => {
    const { steps, chosen } = simulateKarpenter(
      { cpuMillicores: 500, memoryMiB: 1024 },
      { name: "small", categories: ["c", "m", "r"], capacityType: "on-demand", limitCpu: 17, usedCpu: 16 },
    );
    expect(chosen).toBeNull();
    expect(steps.at(-1)).toEqual({ id: "karpenter-no-fit", reason: "limits" });
  });

  it("reports a Pod too big for every instance type as unschedulable in both tracks", () => {
    const result = simulateNodeScaling({ cpuMillicores: 16000, memoryMiB: 65536 });
    expect(result.clusterAutoscaler.chosen).toBeNull();
    expect(result.clusterAutoscaler.steps.at(-1)).toEqual({ id: "cas-no-scale-up", reason: "no-fit" });
    expect(result.karpenter.chosen).toBeNull();
    expect(result.karpenter.steps.at(-1)).toEqual({ id: "karpenter-no-fit", reason: "no-fit" });
    expect(result.clusterAutoscaler.steps.some((s) => s.id === "pod-bound")).toBe(false);
    expect(result.karpenter.steps.some((s) => s.id === "pod-bound")).toBe(false);
  });
});
