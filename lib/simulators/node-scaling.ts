/**
 * A step-through model of one pending Pod handled by Cluster Autoscaler (via EC2
 * Auto Scaling groups) and by Karpenter (via EC2 Fleet). Steps carry ids and plain
 * data only, so the UI can word them in any language.
 *
 * Teaching model: real schedulers also weigh DaemonSet overhead, affinity, taints,
 * topology spread and volume zones; here a node fits when the Pod's requests fit
 * inside the node's allocatable CPU and memory.
 */

export type InstanceType = {
  name: string;
  category: "c" | "m" | "r" | "t";
  vcpu: number;
  memoryGiB: number;
  /** Max Pods with the Amazon VPC CNI default settings, which sets the memory reservation. */
  maxPods: number;
  /** Illustrative on-demand Linux price in USD per hour (us-east-1); check current AWS pricing. */
  pricePerHour: number;
};

export const INSTANCE_CATALOGUE: readonly InstanceType[] = [
  { name: "t3.medium", category: "t", vcpu: 2, memoryGiB: 4, maxPods: 17, pricePerHour: 0.0416 },
  { name: "c5.large", category: "c", vcpu: 2, memoryGiB: 4, maxPods: 29, pricePerHour: 0.085 },
  { name: "m5.large", category: "m", vcpu: 2, memoryGiB: 8, maxPods: 29, pricePerHour: 0.096 },
  { name: "r5.large", category: "r", vcpu: 2, memoryGiB: 16, maxPods: 29, pricePerHour: 0.126 },
  { name: "c5.xlarge", category: "c", vcpu: 4, memoryGiB: 8, maxPods: 58, pricePerHour: 0.17 },
  { name: "m5.xlarge", category: "m", vcpu: 4, memoryGiB: 16, maxPods: 58, pricePerHour: 0.192 },
  { name: "r5.xlarge", category: "r", vcpu: 4, memoryGiB: 32, maxPods: 58, pricePerHour: 0.252 },
  { name: "c5.2xlarge", category: "c", vcpu: 8, memoryGiB: 16, maxPods: 58, pricePerHour: 0.34 },
  { name: "m5.2xlarge", category: "m", vcpu: 8, memoryGiB: 32, maxPods: 58, pricePerHour: 0.384 },
];

/**
 * A node group as Cluster Autoscaler sees it: one EC2 Auto Scaling group. `desiredCapacity` is the
 * group's DesiredCapacity (what Cluster Autoscaler changes through SetDesiredCapacity; a managed node
 * group calls the same number its desired size), `maxSize` its MaxSize, which Cluster Autoscaler respects.
 */
export type NodeGroup = { name: string; instanceType: string; desiredCapacity: number; maxSize: number };

export const DEFAULT_NODE_GROUPS: readonly NodeGroup[] = [
  { name: "ng-general", instanceType: "m5.large", desiredCapacity: 2, maxSize: 5 },
  { name: "ng-compute", instanceType: "c5.xlarge", desiredCapacity: 1, maxSize: 3 },
  { name: "ng-memory", instanceType: "r5.large", desiredCapacity: 1, maxSize: 3 },
];

export type NodePool = {
  name: string;
  categories: readonly InstanceType["category"][];
  capacityType: "on-demand";
  /** spec.limits.cpu in vCPU, and the vCPU the NodePool's nodes already have. */
  limitCpu: number;
  usedCpu: number;
};

export const DEFAULT_NODE_POOL: NodePool = { name: "default", categories: ["c", "m", "r"], capacityType: "on-demand", limitCpu: 64, usedCpu: 16 };

export type PodRequest = { cpuMillicores: number; memoryMiB: number };

export type Allocatable = { cpuMillicores: number; memoryMiB: number };

/** The Amazon EKS optimized AMI reserves CPU and memory for kubelet and the OS. */
export function computeAllocatable(type: InstanceType): Allocatable {
  // kube-reserved CPU: 6 % of the first core, 1 % of the second, 0.5 % of cores 3–4, 0.25 % beyond.
  const cores = type.vcpu;
  const reservedCpu =
    60 + (cores > 1 ? 10 : 0) + Math.max(0, Math.min(cores, 4) - 2) * 5 + Math.max(0, cores - 4) * 2.5;
  // kube-reserved memory is 255 MiB + 11 MiB per Pod, plus a 100 MiB hard eviction threshold.
  const reservedMemory = 255 + 11 * type.maxPods + 100;
  return { cpuMillicores: cores * 1000 - reservedCpu, memoryMiB: type.memoryGiB * 1024 - reservedMemory };
}

export function checkPodFits(pod: PodRequest, type: InstanceType): boolean {
  const allocatable = computeAllocatable(type);
  return pod.cpuMillicores <= allocatable.cpuMillicores && pod.memoryMiB <= allocatable.memoryMiB;
}

export type CasCandidate = { nodeGroup: string; instanceType: string; fits: boolean; atMaxSize: boolean; wasteScore: number | null };

export type CasStep =
  | { id: "pod-pending" }
  | { id: "cas-scan"; scanIntervalSeconds: number }
  | { id: "cas-simulate"; candidates: CasCandidate[] }
  | { id: "cas-expander"; expander: "least-waste"; nodeGroup: string; instanceType: string }
  /** The Auto Scaling group's desired capacity goes from `from` to `to` (never above its maximum size). */
  | { id: "asg-set-desired"; nodeGroup: string; from: number; to: number }
  | { id: "asg-launch"; instanceType: string }
  | { id: "node-join"; instanceType: string }
  | { id: "pod-bound"; instanceType: string }
  | { id: "cas-scale-down"; unneededMinutes: number; utilizationThreshold: number }
  | { id: "cas-no-scale-up"; reason: "no-fit" | "max-size" };

export type KarpenterCandidate = { instanceType: string; allowed: boolean; fits: boolean; pricePerHour: number };

export type KarpenterStep =
  | { id: "pod-pending" }
  | { id: "karpenter-batch"; batchIdleSeconds: number }
  | { id: "karpenter-nodepool"; nodePool: string; categories: string[]; limitCpu: number; usedCpu: number; candidates: KarpenterCandidate[] }
  | { id: "karpenter-select"; instanceType: string; pricePerHour: number }
  | { id: "nodeclaim-create"; nodeClaim: string; instanceType: string }
  | { id: "ec2-create-fleet"; instanceType: string }
  | { id: "nodeclaim-registered"; nodeClaim: string; instanceType: string }
  | { id: "pod-bound"; instanceType: string }
  | { id: "karpenter-consolidation"; policy: "WhenEmptyOrUnderutilized"; consolidateAfter: string }
  | { id: "karpenter-no-fit"; reason: "no-fit" | "limits" };

export type NodeScalingResult = {
  clusterAutoscaler: { steps: CasStep[]; chosen: { nodeGroup: string; instanceType: InstanceType } | null };
  karpenter: { steps: KarpenterStep[]; chosen: InstanceType | null };
};

function findInstanceType(name: string): InstanceType | undefined {
  return INSTANCE_CATALOGUE.find((type) => type.name === name);
}

/** Same idea as the least-waste expander: the smallest share of idle CPU and memory wins. */
function scoreWaste(pod: PodRequest, type: InstanceType): number {
  const allocatable = computeAllocatable(type);
  const idleCpu = (allocatable.cpuMillicores - pod.cpuMillicores) / allocatable.cpuMillicores;
  const idleMemory = (allocatable.memoryMiB - pod.memoryMiB) / allocatable.memoryMiB;
  return Math.round(((idleCpu + idleMemory) / 2) * 1000) / 1000;
}

export function simulateClusterAutoscaler(
  pod: PodRequest,
  nodeGroups: readonly NodeGroup[] = DEFAULT_NODE_GROUPS,
): NodeScalingResult["clusterAutoscaler"] {
  const steps: CasStep[] = [{ id: "pod-pending" }, { id: "cas-scan", scanIntervalSeconds: 10 }];
  const candidates: CasCandidate[] = nodeGroups.map((group) => {
    const type = findInstanceType(group.instanceType);
    const fits = type !== undefined && checkPodFits(pod, type);
    return {
      nodeGroup: group.name,
      instanceType: group.instanceType,
      fits,
      atMaxSize: group.desiredCapacity >= group.maxSize,
      wasteScore: fits && type ? scoreWaste(pod, type) : null,
    };
  });
  steps.push({ id: "cas-simulate", candidates });

  const usable = candidates.filter((c) => c.fits && !c.atMaxSize && c.wasteScore !== null);
  const best = usable.reduce<CasCandidate | null>(
    (acc, c) => (acc === null || (c.wasteScore ?? 1) < (acc.wasteScore ?? 1) ? c : acc),
    null,
  );
  const group = best ? nodeGroups.find((g) => g.name === best.nodeGroup) : undefined;
  const type = group ? findInstanceType(group.instanceType) : undefined;
  if (!group || !type) {
    steps.push({ id: "cas-no-scale-up", reason: candidates.some((c) => c.fits) ? "max-size" : "no-fit" });
    return { steps, chosen: null };
  }

  steps.push(
    { id: "cas-expander", expander: "least-waste", nodeGroup: group.name, instanceType: type.name },
    { id: "asg-set-desired", nodeGroup: group.name, from: group.desiredCapacity, to: group.desiredCapacity + 1 },
    { id: "asg-launch", instanceType: type.name },
    { id: "node-join", instanceType: type.name },
    { id: "pod-bound", instanceType: type.name },
    // Defaults of --scale-down-unneeded-time and --scale-down-utilization-threshold.
    { id: "cas-scale-down", unneededMinutes: 10, utilizationThreshold: 0.5 },
  );
  return { steps, chosen: { nodeGroup: group.name, instanceType: type } };
}

export function simulateKarpenter(
  pod: PodRequest,
  nodePool: NodePool = DEFAULT_NODE_POOL,
): NodeScalingResult["karpenter"] {
  const steps: KarpenterStep[] = [{ id: "pod-pending" }, { id: "karpenter-batch", batchIdleSeconds: 1 }];
  const candidates: KarpenterCandidate[] = INSTANCE_CATALOGUE.map((type) => ({
    instanceType: type.name,
    allowed: nodePool.categories.includes(type.category),
    fits: checkPodFits(pod, type),
    pricePerHour: type.pricePerHour,
  }));
  steps.push({
    id: "karpenter-nodepool",
    nodePool: nodePool.name,
    categories: [...nodePool.categories],
    limitCpu: nodePool.limitCpu,
    usedCpu: nodePool.usedCpu,
    candidates,
  });

  const compatible = INSTANCE_CATALOGUE.filter((type) => nodePool.categories.includes(type.category) && checkPodFits(pod, type));
  const withinLimits = compatible.filter((type) => nodePool.usedCpu + type.vcpu <= nodePool.limitCpu);
  // Karpenter hands EC2 Fleet every compatible type with the lowest-price strategy
  // for on-demand, so the cheapest fitting type is what gets launched.
  const cheapest = [...withinLimits].sort((a, b) => a.pricePerHour - b.pricePerHour)[0];
  if (!cheapest) {
    steps.push({ id: "karpenter-no-fit", reason: compatible.length > 0 ? "limits" : "no-fit" });
    return { steps, chosen: null };
  }

  const nodeClaim = `${nodePool.name}-x7k2p`;
  steps.push(
    { id: "karpenter-select", instanceType: cheapest.name, pricePerHour: cheapest.pricePerHour },
    { id: "nodeclaim-create", nodeClaim, instanceType: cheapest.name },
    { id: "ec2-create-fleet", instanceType: cheapest.name },
    { id: "nodeclaim-registered", nodeClaim, instanceType: cheapest.name },
    { id: "pod-bound", instanceType: cheapest.name },
    { id: "karpenter-consolidation", policy: "WhenEmptyOrUnderutilized", consolidateAfter: "1m" },
  );
  return { steps, chosen: cheapest };
}

export function simulateNodeScaling(pod: PodRequest): NodeScalingResult {
  return { clusterAutoscaler: simulateClusterAutoscaler(pod), karpenter: simulateKarpenter(pod) };
}
