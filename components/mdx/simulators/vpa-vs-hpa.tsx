"use client";

import { useId, useState } from "react";
import { VPA_VS_HPA_DEFAULTS, compareVpaAndHpa } from "@/lib/simulators/vpa-vs-hpa";
import { NumberField, focusRing, parseNumber, type Locale, SimulatorCard } from "./number-field";

// A workload that sits exactly at the HPA target at 100 % load, so any change is visible.
const WORKLOAD = { replicas: 4, cpuRequestMillicores: 500, cpuUsageMillicores: 300 } as const;
const LOAD_MIN = 50;
const LOAD_MAX = 300;

const dictionary = {
  en: {
    title: "VPA vs HPA: the same load change",
    intro: `Start: ${WORKLOAD.replicas} Pods, each requesting ${WORKLOAD.cpuRequestMillicores}m CPU and using ${WORKLOAD.cpuUsageMillicores}m. HPA targets ${VPA_VS_HPA_DEFAULTS.hpaTargetUtilization}% CPU utilisation; VPA recommends usage × ${VPA_VS_HPA_DEFAULTS.vpaHeadroom}.`,
    load: "Load (%)",
    exactLoad: "Exact load (%)",
    loadError: `Enter a value from ${LOAD_MIN} to ${LOAD_MAX}.`,
    hpa: "HPA: changes the number of Pods",
    vpa: "VPA: changes each Pod's CPU request",
    replicas: "Replicas",
    request: "CPU request per Pod",
    utilization: "CPU utilisation per Pod",
    total: "Total CPU requested",
    capped: "(capped by maxAllowed)",
    raised: "(raised to minAllowed)",
    hpaNote: "New Pods are added or removed; each Pod's request stays the same.",
    vpaNote: "Pod count stays the same; in Recreate/Auto mode VPA evicts Pods so they restart with the new request (in-place resize where supported).",
    warning: "Don't let HPA and VPA both act on CPU or memory for the same workload: they will fight. This is a teaching model, not the exact VPA recommender.",
    summary: (load: number, hpa: number, vpa: number) => `At ${load}% load: HPA runs ${hpa} Pods; VPA sets the request to ${vpa}m.`,
  },
  zh: {
    title: "VPA 与 HPA：同一次负载变化",
    intro: `初始状态：${WORKLOAD.replicas} 个 Pod，每个请求 ${WORKLOAD.cpuRequestMillicores}m CPU，实际使用 ${WORKLOAD.cpuUsageMillicores}m。HPA 的目标 CPU 利用率为 ${VPA_VS_HPA_DEFAULTS.hpaTargetUtilization}%；VPA 按 使用量 × ${VPA_VS_HPA_DEFAULTS.vpaHeadroom} 给出建议值。`,
    load: "负载（%）",
    exactLoad: "精确负载（%）",
    loadError: `请输入 ${LOAD_MIN} 到 ${LOAD_MAX} 之间的值。`,
    hpa: "HPA：调整 Pod 数量",
    vpa: "VPA：调整每个 Pod 的 CPU 请求",
    replicas: "副本数",
    request: "每个 Pod 的 CPU 请求",
    utilization: "每个 Pod 的 CPU 利用率",
    total: "CPU 请求总量",
    capped: "（受 maxAllowed 限制）",
    raised: "（提升到 minAllowed）",
    hpaNote: "增加或减少 Pod；每个 Pod 的请求值保持不变。",
    vpaNote: "Pod 数量不变；在 Recreate/Auto 模式下，VPA 会驱逐 Pod，使其以新的请求值重新启动（支持时可原地调整大小）。",
    warning: "不要让 HPA 和 VPA 同时基于同一工作负载的 CPU 或内存进行扩缩，否则二者会相互冲突。本模型仅用于教学，并非 VPA 推荐器的精确算法。",
    summary: (load: number, hpa: number, vpa: number) => `负载为 ${load}% 时：HPA 运行 ${hpa} 个 Pod；VPA 将请求值设为 ${vpa}m。`,
  },
} as const;

type PanelProps = {
  title: string;
  note: string;
  replicas: number;
  request: number;
  utilization: number;
  total: number;
  tone: "sky" | "violet";
  extra?: string | null;
  labels: { replicas: string; request: string; utilization: string; total: string };
};

export function VpaVsHpa({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  const sliderId = useId();
  const [loadText, setLoadText] = useState("200");
  const load = parseNumber(loadText);
  const loadValid = Number.isFinite(load) && load >= LOAD_MIN && load <= LOAD_MAX;
  const result = loadValid ? compareVpaAndHpa({ ...WORKLOAD, loadFactor: load / 100 }) : null;
  const labels = { replicas: t.replicas, request: t.request, utilization: t.utilization, total: t.total };

  return (
    <SimulatorCard title={t.title} intro={t.intro}>

      <div className="mt-4 grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_10rem]">
        <div className="flex flex-col gap-1">
          <label htmlFor={sliderId} className="text-sm font-medium">
            {t.load}
          </label>
          <input
            id={sliderId}
            type="range"
            min={LOAD_MIN}
            max={LOAD_MAX}
            step={10}
            value={loadValid ? load : 100}
            aria-valuetext={`${loadValid ? load : 100}%`}
            onChange={(event) => setLoadText(event.target.value)}
            className={`w-full accent-sky-600 ${focusRing} rounded`}
          />
        </div>
        <NumberField
          label={t.exactLoad}
          value={loadText}
          onChange={setLoadText}
          min={LOAD_MIN}
          max={LOAD_MAX}
          step={10}
          error={loadValid ? null : t.loadError}
        />
      </div>

      <p aria-live="polite" className={`mt-4 text-sm font-medium ${result?.ok ? "" : "text-red-700 dark:text-red-400"}`}>
        {result?.ok ? t.summary(load, result.value.hpa.replicas, result.value.vpa.requestMillicores) : t.loadError}
      </p>
      {result?.ok ? (
        <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
          <Panel
            title={t.hpa}
            note={t.hpaNote}
            replicas={result.value.hpa.replicas}
            request={result.value.hpa.requestMillicores}
            utilization={result.value.hpa.utilizationAfter}
            total={result.value.hpa.totalRequestedMillicores}
            tone="sky"
            labels={labels}
          />
          <Panel
            title={t.vpa}
            note={t.vpaNote}
            replicas={result.value.vpa.replicas}
            request={result.value.vpa.requestMillicores}
            utilization={result.value.vpa.utilizationAfter}
            total={result.value.vpa.totalRequestedMillicores}
            tone="violet"
            extra={result.value.vpa.cappedBy === "max" ? t.capped : result.value.vpa.cappedBy === "min" ? t.raised : null}
            labels={labels}
          />
        </div>
      ) : null}
      <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">{t.warning}</p>
    </SimulatorCard>
  );
}

function Panel({ title, note, replicas, request, utilization, total, tone, extra, labels }: PanelProps) {
  const fill = tone === "sky" ? "bg-sky-500 dark:bg-sky-400" : "bg-violet-500 dark:bg-violet-400";
  const fillHeight = `${Math.min(100, utilization)}%`;
  return (
    <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
      <h4 className="text-sm font-semibold">{title}</h4>
      {/* Decorative: the same numbers are in the list below, without one announcement per Pod. */}
      <ul aria-hidden="true" className="mt-3 flex flex-wrap gap-1.5">
        {Array.from({ length: replicas }, (_, i) => (
          <li
            key={i}
            className="relative flex h-12 w-12 items-end overflow-hidden rounded border border-zinc-300 bg-zinc-50 dark:border-zinc-600 dark:bg-zinc-800"
          >
            <span className={`absolute inset-x-0 bottom-0 ${fill} opacity-40`} style={{ height: fillHeight }} />
            <span className="relative w-full pb-0.5 text-center text-[10px] font-medium tabular-nums">{request}m</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm tabular-nums">
        <dt>{labels.replicas}</dt>
        <dd className="font-semibold">{replicas}</dd>
        <dt>{labels.request}</dt>
        <dd className="font-semibold">
          {request}m{extra ? <span className="ms-1 text-xs font-normal text-amber-700 dark:text-amber-300">{extra}</span> : null}
        </dd>
        <dt>{labels.utilization}</dt>
        <dd className="font-semibold">{utilization}%</dd>
        <dt>{labels.total}</dt>
        <dd className="font-semibold">{total}m</dd>
      </dl>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{note}</p>
    </div>
  );
}
