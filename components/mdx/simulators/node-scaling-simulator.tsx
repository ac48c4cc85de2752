"use client";

import { useId, useState } from "react";
import { simulateNodeScaling, type CasStep, type KarpenterStep } from "@/lib/simulators/node-scaling";
import { NumberField, buttonClass, parseNumber, type Locale, SimulatorCard } from "./number-field";

type AnyStep = CasStep | KarpenterStep;
type StepText = readonly [title: string, detail: string];
type StepTexts = { [K in AnyStep["id"]]: (step: Extract<AnyStep, { id: K }>) => StepText };

const yesNo = (ok: boolean) => (ok ? "✓" : "✗");

const en: StepTexts = {
  "pod-pending": () => ["Pod is Pending", "The scheduler finds no node with enough free CPU or memory, so the Pod is marked Unschedulable (FailedScheduling event)."],
  "cas-scan": (s) => ["Cluster Autoscaler notices", `Every ${s.scanIntervalSeconds} s it looks for unschedulable Pods.`],
  "cas-simulate": (s) => ["Simulate node groups", `Would a new node from each group fit the Pod? ${s.candidates.map((c) => `${c.nodeGroup} (${c.instanceType}) ${yesNo(c.fits && !c.atMaxSize)}`).join(", ")}.`],
  "cas-expander": (s) => ["Pick a node group", `The ${s.expander} expander picks ${s.nodeGroup} (${s.instanceType}): the least idle CPU and memory after placing the Pod.`],
  "asg-set-desired": (s) => ["Raise the desired capacity", `Calls SetDesiredCapacity: the desired capacity (DesiredCapacity) of the Auto Scaling group behind ${s.nodeGroup} goes from ${s.from} to ${s.to}. Its minimum and maximum size stay as they are. A managed node group shows the same number as its "desired size".`],
  "asg-launch": (s) => ["Auto Scaling group launches an instance", `EC2 Auto Scaling launches one ${s.instanceType} from the launch template.`],
  "node-join": (s) => ["Node joins the cluster", `kubelet on the ${s.instanceType} registers the node with the API server and the node becomes Ready.`],
  "pod-bound": (s) => ["Pod is scheduled", `The scheduler binds the Pod to the new ${s.instanceType} node and it starts.`],
  "cas-scale-down": (s) => ["Later: scale down", `A node below ${s.utilizationThreshold * 100}% requested utilisation for ${s.unneededMinutes} minutes, whose Pods fit elsewhere, is drained and terminated, and the group's desired capacity drops by one.`],
  "cas-no-scale-up": (s) => ["No scale-up", s.reason === "no-fit" ? "No node group's instance type is big enough: the Pod stays Pending (NotTriggerScaleUp event)." : "Every node group that fits is at its maximum size: the Pod stays Pending."],
  "karpenter-batch": (s) => ["Karpenter notices", `It watches for unschedulable Pods and batches them briefly (${s.batchIdleSeconds} s idle, up to 10 s) to launch fewer, better-fitting nodes.`],
  "karpenter-nodepool": (s) => ["Evaluate the NodePool", `NodePool "${s.nodePool}": instance categories ${s.categories.join(", ")}, on-demand, limits.cpu ${s.limitCpu} (${s.usedCpu} in use). Allowed and big enough: ${s.candidates.filter((c) => c.allowed && c.fits).map((c) => c.instanceType).join(", ") || "none"}.`],
  "karpenter-select": (s) => ["Choose the cheapest fit", `${s.instanceType} at $${s.pricePerHour}/h (illustrative price) is the cheapest type that fits.`],
  "nodeclaim-create": (s) => ["Create a NodeClaim", `Karpenter creates NodeClaim ${s.nodeClaim} for a ${s.instanceType}.`],
  "ec2-create-fleet": (s) => ["Call EC2 Fleet directly", `CreateFleet launches the ${s.instanceType}; no Auto Scaling group is involved.`],
  "nodeclaim-registered": (s) => ["NodeClaim registered", `The node joins the cluster; NodeClaim ${s.nodeClaim} becomes Registered and then Initialized.`],
  "karpenter-consolidation": (s) => ["Later: consolidation", `With consolidationPolicy ${s.policy} (consolidateAfter ${s.consolidateAfter} here), Karpenter removes empty nodes or replaces underutilised ones with cheaper ones.`],
  "karpenter-no-fit": (s) => ["No node launched", s.reason === "no-fit" ? "No instance type allowed by the NodePool is big enough: the Pod stays Pending." : "Launching a node would exceed the NodePool limits: the Pod stays Pending."],
};

const zh: StepTexts = {
  "pod-pending": () => ["Pod 处于 Pending", "调度器找不到 CPU 或内存余量足够的节点，将 Pod 标记为 Unschedulable（FailedScheduling 事件）。"],
  "cas-scan": (s) => ["Cluster Autoscaler 发现 Pod", `它每 ${s.scanIntervalSeconds} 秒检查一次无法调度的 Pod。`],
  "cas-simulate": (s) => ["模拟各节点组", `各节点组新增一个节点能否容纳该 Pod？${s.candidates.map((c) => `${c.nodeGroup}（${c.instanceType}）${yesNo(c.fits && !c.atMaxSize)}`).join("，")}。`],
  "cas-expander": (s) => ["选择节点组", `${s.expander} 扩展器选择 ${s.nodeGroup}（${s.instanceType}）：放入 Pod 后闲置的 CPU 和内存最少。`],
  "asg-set-desired": (s) => ["调高期望容量", `调用 SetDesiredCapacity：把 ${s.nodeGroup} 背后 Auto Scaling 组的期望容量（DesiredCapacity）从 ${s.from} 调到 ${s.to}，最小和最大容量保持不变。托管节点组把同一个数字显示为“所需大小”（desired size）。`],
  "asg-launch": (s) => ["Auto Scaling 组启动实例", `EC2 Auto Scaling 按启动模板启动一台 ${s.instanceType}。`],
  "node-join": (s) => ["节点加入集群", `${s.instanceType} 上的 kubelet 向 API 服务器注册节点，节点变为 Ready。`],
  "pod-bound": (s) => ["Pod 完成调度", `调度器将 Pod 绑定到新的 ${s.instanceType} 节点，Pod 开始运行。`],
  "cas-scale-down": (s) => ["之后：缩容", `若某节点的请求利用率连续 ${s.unneededMinutes} 分钟低于 ${s.utilizationThreshold * 100}%，且其上的 Pod 可以迁移到别处，该节点会被排空并终止，所属组的期望容量随之减一。`],
  "cas-no-scale-up": (s) => ["不扩容", s.reason === "no-fit" ? "没有任何节点组的实例类型足够大：Pod 保持 Pending（NotTriggerScaleUp 事件）。" : "所有能容纳 Pod 的节点组都已达到最大容量：Pod 保持 Pending。"],
  "karpenter-batch": (s) => ["Karpenter 发现 Pod", `它监视无法调度的 Pod，并短暂攒批（空闲 ${s.batchIdleSeconds} 秒，最长 10 秒），以便启动更少、更合适的节点。`],
  "karpenter-nodepool": (s) => ["评估 NodePool", `NodePool "${s.nodePool}"：实例类别 ${s.categories.join("、")}，按需实例，limits.cpu 为 ${s.limitCpu}（已用 ${s.usedCpu}）。允许且容量足够的类型：${s.candidates.filter((c) => c.allowed && c.fits).map((c) => c.instanceType).join("、") || "无"}。`],
  "karpenter-select": (s) => ["选择最便宜的合适类型", `${s.instanceType}（$${s.pricePerHour}/小时，示意价格）是能容纳 Pod 的最便宜类型。`],
  "nodeclaim-create": (s) => ["创建 NodeClaim", `Karpenter 为一台 ${s.instanceType} 创建 NodeClaim ${s.nodeClaim}。`],
  "ec2-create-fleet": (s) => ["直接调用 EC2 Fleet", `通过 CreateFleet 启动 ${s.instanceType}，不经过 Auto Scaling 组。`],
  "nodeclaim-registered": (s) => ["NodeClaim 已注册", `节点加入集群，NodeClaim ${s.nodeClaim} 先变为 Registered，再变为 Initialized。`],
  "karpenter-consolidation": (s) => ["之后：整合（consolidation）", `在 consolidationPolicy 为 ${s.policy}（此处 consolidateAfter 为 ${s.consolidateAfter}）时，Karpenter 删除空节点，或用更便宜的节点替换利用率低的节点。`],
  "karpenter-no-fit": (s) => ["未启动节点", s.reason === "no-fit" ? "NodePool 允许的实例类型都不够大：Pod 保持 Pending。" : "启动节点会超出 NodePool 的限制：Pod 保持 Pending。"],
};

const dictionary = {
  en: {
    title: "Node scaling: Cluster Autoscaler vs Karpenter",
    intro: "A new Pod does not fit on any existing node. Step through what each autoscaler does. Prices are illustrative on-demand prices.",
    cpu: "Pod CPU request", memory: "Pod memory request", millicores: "(millicores)", mib: "(MiB)", positive: "Enter a number greater than 0.",
    next: "Next step", previous: "Previous step", reset: "Reset",
    cas: "Cluster Autoscaler", karpenter: "Karpenter", chosen: "Launches", none: "nothing: the Pod stays Pending", later: "(step through to see)",
    tracks: "Autoscaler", stepOf: (n: number, total: number) => `Step ${n} of ${total}`, finished: "Finished",
    announce: (n: number, total: number, cas: string, karpenter: string) =>
      `Step ${n} of ${total}. Cluster Autoscaler: ${cas}. Karpenter: ${karpenter}.`,
    colon: ": ",
    casChoice: (type: string, group: string) => `${type} (node group ${group})`,
    karpenterChoice: (type: string, price: number) => `${type} ($${price}/h)`,
    texts: en,
  },
  zh: {
    title: "节点扩缩：Cluster Autoscaler 与 Karpenter",
    intro: "一个新 Pod 无法放入任何现有节点。逐步查看两种自动扩缩器各做了什么。价格为示意性的按需实例价格。",
    cpu: "Pod CPU 请求", memory: "Pod 内存请求", millicores: "（毫核）", mib: "（MiB）", positive: "请输入大于 0 的数字。",
    next: "下一步", previous: "上一步", reset: "重置",
    cas: "Cluster Autoscaler", karpenter: "Karpenter", chosen: "启动", none: "无：Pod 保持 Pending", later: "（逐步执行后显示）",
    tracks: "自动扩缩器", stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`, finished: "已结束",
    announce: (n: number, total: number, cas: string, karpenter: string) =>
      `第 ${n} 步，共 ${total} 步。Cluster Autoscaler：${cas}。Karpenter：${karpenter}。`,
    colon: "：",
    casChoice: (type: string, group: string) => `${type}（节点组 ${group}）`,
    karpenterChoice: (type: string, price: number) => `${type}（$${price}/小时）`,
    texts: zh,
  },
} as const;

function describeStep(step: AnyStep, texts: StepTexts): StepText {
  // TypeScript cannot correlate step.id with the matching text function, so widen once here.
  const describe = texts[step.id] as (s: AnyStep) => StepText;
  return describe(step);
}

export function NodeScalingSimulator({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  const [cpuText, setCpuText] = useState("500");
  const [memoryText, setMemoryText] = useState("1024");
  const [step, setStep] = useState(0);
  // On a phone the two tracks are tabs over one shared step; from md up they sit side by side.
  const [tab, setTab] = useState<"cas" | "karpenter">("cas");
  const tabsId = useId();

  const cpu = parseNumber(cpuText);
  const memory = parseNumber(memoryText);
  const cpuValid = Number.isFinite(cpu) && cpu > 0;
  const memoryValid = Number.isFinite(memory) && memory > 0;
  const result = cpuValid && memoryValid ? simulateNodeScaling({ cpuMillicores: cpu, memoryMiB: memory }) : null;

  const total = result ? Math.max(result.clusterAutoscaler.steps.length, result.karpenter.steps.length) : 0;
  const current = Math.min(step, Math.max(0, total - 1));
  const casIndex = result ? Math.min(current, result.clusterAutoscaler.steps.length - 1) : 0;
  const karpenterIndex = result ? Math.min(current, result.karpenter.steps.length - 1) : 0;
  const casStep = result?.clusterAutoscaler.steps[casIndex];
  const karpenterStep = result?.karpenter.steps[karpenterIndex];
  const announcement =
    casStep && karpenterStep
      ? t.announce(current + 1, total, describeStep(casStep, t.texts)[0], describeStep(karpenterStep, t.texts)[0])
      : t.positive;

  const updateInput = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setStep(0);
  };
  // aria-disabled rather than disabled keeps keyboard focus on the button at either end.
  const stepButton = (label: string, onClick: () => void, isDisabled: boolean) => (
    <button
      type="button"
      aria-disabled={isDisabled || undefined}
      onClick={() => (isDisabled ? undefined : onClick())}
      className={`${buttonClass} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
    >
      {label}
    </button>
  );

  const chosenCas = result?.clusterAutoscaler.chosen;
  const chosenKarpenter = result?.karpenter.chosen;
  // The outcome stays hidden until the track reaches the step where it is decided.
  const revealAt = (steps: readonly AnyStep[]) =>
    steps.findIndex((s) => s.id === "pod-bound" || s.id === "cas-no-scale-up" || s.id === "karpenter-no-fit");
  const tracks = result
    ? [
        { key: "cas", title: t.cas, steps: result.clusterAutoscaler.steps, index: casIndex, revealAt: revealAt(result.clusterAutoscaler.steps),
          chosen: chosenCas ? t.casChoice(chosenCas.instanceType.name, chosenCas.nodeGroup) : null },
        { key: "karpenter", title: t.karpenter, steps: result.karpenter.steps, index: karpenterIndex, revealAt: revealAt(result.karpenter.steps),
          chosen: chosenKarpenter ? t.karpenterChoice(chosenKarpenter.name, chosenKarpenter.pricePerHour) : null },
      ]
    : [];

  return (
    <SimulatorCard title={t.title} intro={t.intro}>

      <div className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2">
        <NumberField label={t.cpu} unit={t.millicores} value={cpuText} onChange={updateInput(setCpuText)} min={1} step={50} error={cpuValid ? null : t.positive} />
        <NumberField label={t.memory} unit={t.mib} value={memoryText} onChange={updateInput(setMemoryText)} min={1} step={128} error={memoryValid ? null : t.positive} />
      </div>

      <div className="mt-4 flex flex-wrap gap-2">
        {stepButton(t.previous, () => setStep(current - 1), !result || current <= 0)}
        {stepButton(t.next, () => setStep(current + 1), !result || current >= total - 1)}
        {stepButton(t.reset, () => setStep(0), !result || current === 0)}
      </div>

      <p aria-live="polite" className="mt-3 text-sm font-medium">
        {announcement}
      </p>

      {tracks.length > 0 && (
        <div
          role="tablist"
          aria-label={t.tracks}
          className="mt-3 flex gap-1 border-b border-zinc-200 md:hidden dark:border-zinc-700"
          onKeyDown={(e) => {
            if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
            e.preventDefault();
            const next = tab === "cas" ? "karpenter" : "cas";
            setTab(next);
            document.getElementById(`${tabsId}-tab-${next}`)?.focus();
          }}
        >
          {tracks.map((track) => (
            <button
              key={track.key}
              type="button"
              role="tab"
              id={`${tabsId}-tab-${track.key}`}
              aria-selected={tab === track.key}
              aria-controls={`${tabsId}-panel-${track.key}`}
              tabIndex={tab === track.key ? 0 : -1}
              onClick={() => setTab(track.key as "cas" | "karpenter")}
              className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${
                tab === track.key
                  ? "border-zinc-200 border-b-white bg-white dark:border-zinc-700 dark:border-b-zinc-900 dark:bg-zinc-900"
                  : "border-transparent text-zinc-600 dark:text-zinc-300"
              }`}
              data-testid={`sim-tab-${track.key}`}
            >
              {track.title}
              <span className="ml-1 text-xs text-zinc-600 tabular-nums dark:text-zinc-300">
                {track.index + 1}/{track.steps.length}
              </span>
            </button>
          ))}
        </div>
      )}

      <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
        {tracks.map((track) => (
          <div
            key={track.key}
            id={`${tabsId}-panel-${track.key}`}
            role="tabpanel"
            aria-labelledby={`${tabsId}-tab-${track.key}`}
            className={`min-w-0 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700 ${tab === track.key ? "" : "hidden md:block"}`}
            data-testid={`sim-track-${track.key}`}
          >
            <h4 className="flex justify-between gap-2 text-sm font-semibold">
              <span>{track.title}</span>
              <span className="font-normal text-zinc-600 tabular-nums dark:text-zinc-300">
                {current >= track.steps.length ? t.finished : t.stepOf(track.index + 1, track.steps.length)}
              </span>
            </h4>
            {/* Only the steps reached so far: stepping on reveals what each autoscaler does next. */}
            <ol className="mt-2 space-y-2 text-sm">
              {track.steps.slice(0, track.index + 1).map((s, i) => {
                const [title, detail] = describeStep(s, t.texts);
                const isCurrent = i === track.index;
                const tone = isCurrent ? "border-sky-500 bg-sky-50 dark:border-sky-400 dark:bg-sky-950" : "border-zinc-200 dark:border-zinc-700";
                return (
                  <li key={`${s.id}-${i}`} aria-current={isCurrent ? "step" : undefined} className={`rounded-md border p-2 ${tone}`} data-testid="sim-step">
                    <p className="font-medium">
                      <span className="tabular-nums">{i + 1}.</span> {title}
                    </p>
                    <p className="mt-0.5 break-words text-xs text-zinc-600 dark:text-zinc-300">{detail}</p>
                  </li>
                );
              })}
            </ol>
            <p className="mt-3 text-sm">
              <span className="font-semibold">
                {t.chosen}
                {t.colon}
              </span>
              {track.index < track.revealAt ? t.later : (track.chosen ?? t.none)}
            </p>
          </div>
        ))}
      </div>
    </SimulatorCard>
  );
}
