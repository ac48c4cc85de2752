"use client";

import { useState } from "react";
import { computeHpa, type HpaErrorCode, type HpaField } from "@/lib/simulators/hpa";
import { NumberField, parseNumber, type Locale, SimulatorCard } from "./number-field";

const dictionary = {
  en: {
    title: "HPA replica calculator",
    intro: "Kubernetes computes desiredReplicas = ceil[currentReplicas × (currentMetric / targetMetric)], then keeps it within minReplicas and maxReplicas.",
    fields: {
      currentReplicas: "Current replicas",
      currentMetric: "Current metric value",
      targetMetric: "Target metric value",
      minReplicas: "minReplicas",
      maxReplicas: "maxReplicas",
      tolerance: "Tolerance",
    },
    metricHint: "e.g. average CPU utilisation in %",
    toleranceHint: "0.1 = ±10% (the default)",
    errors: {
      "not-a-number": "Enter a number.",
      "not-positive-integer": "Enter a whole number of 1 or more.",
      negative: "Must be 0 or more.",
      "not-positive": "Must be greater than 0.",
      "min-above-max": "minReplicas cannot be greater than maxReplicas.",
      "tolerance-out-of-range": "Enter a value from 0 up to (not including) 1.",
    } satisfies Record<HpaErrorCode, string>,
    steps: "Calculation",
    ratio: "Ratio",
    band: "Tolerance band",
    inside: "inside the band: the HPA makes no change",
    outside: "outside the band: the HPA scales",
    raw: "Replicas × ratio",
    ceil: "Round up",
    clamp: "Keep within [min, max]",
    clampedMax: "capped at maxReplicas",
    clampedMin: "raised to minReplicas",
    notClamped: "already within bounds",
    result: (from: number, to: number) =>
      to > from ? `Scale up from ${from} to ${to} replicas.` : to < from ? `Scale down from ${from} to ${to} replicas.` : `Stay at ${to} replicas.`,
    desired: "Desired replicas",
    colon: ": ",
    paren: (text: string) => `(${text})`,
    fix: "Correct the highlighted fields to see the result.",
  },
  zh: {
    title: "HPA 副本数计算器",
    intro: "Kubernetes 按 期望副本数 = ceil[当前副本数 × (当前指标值 / 目标指标值)] 计算，再把结果限制在 minReplicas 与 maxReplicas 之间。",
    fields: {
      currentReplicas: "当前副本数",
      currentMetric: "当前指标值",
      targetMetric: "目标指标值",
      minReplicas: "minReplicas（最小副本数）",
      maxReplicas: "maxReplicas（最大副本数）",
      tolerance: "容差",
    },
    metricHint: "例如 CPU 平均利用率（%）",
    toleranceHint: "0.1 即 ±10%（默认值）",
    errors: {
      "not-a-number": "请输入数字。",
      "not-positive-integer": "请输入不小于 1 的整数。",
      negative: "不能小于 0。",
      "not-positive": "必须大于 0。",
      "min-above-max": "minReplicas 不能大于 maxReplicas。",
      "tolerance-out-of-range": "请输入 0 到 1 之间的值（不含 1）。",
    } satisfies Record<HpaErrorCode, string>,
    steps: "计算过程",
    ratio: "比值",
    band: "容差范围",
    inside: "在容差范围内：HPA 不做调整",
    outside: "超出容差范围：HPA 进行扩缩",
    raw: "副本数 × 比值",
    ceil: "向上取整",
    clamp: "限制在 [min, max] 内",
    clampedMax: "被 maxReplicas 封顶",
    clampedMin: "被提升到 minReplicas",
    notClamped: "已在范围内",
    result: (from: number, to: number) =>
      to > from ? `从 ${from} 个副本扩容到 ${to} 个副本。` : to < from ? `从 ${from} 个副本缩容到 ${to} 个副本。` : `保持 ${to} 个副本不变。`,
    desired: "期望副本数",
    colon: "：",
    paren: (text: string) => `（${text}）`,
    fix: "请先修正标出的字段，再查看结果。",
  },
} as const;

const FIELD_ORDER: readonly HpaField[] = ["currentReplicas", "currentMetric", "targetMetric", "minReplicas", "maxReplicas", "tolerance"];

const INITIAL: Record<HpaField, string> = {
  currentReplicas: "4",
  currentMetric: "90",
  targetMetric: "60",
  minReplicas: "2",
  maxReplicas: "10",
  tolerance: "0.1",
};

export function HpaCalculator({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  const [values, setValues] = useState<Record<HpaField, string>>(INITIAL);
  const format = (n: number) => new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 3 }).format(n);

  const result = computeHpa({
    currentReplicas: parseNumber(values.currentReplicas),
    currentMetric: parseNumber(values.currentMetric),
    targetMetric: parseNumber(values.targetMetric),
    minReplicas: parseNumber(values.minReplicas),
    maxReplicas: parseNumber(values.maxReplicas),
    tolerance: parseNumber(values.tolerance),
  });
  const errorFor = (field: HpaField): string | null => {
    if (result.ok) return null;
    const error = result.errors.find((e) => e.field === field);
    return error ? t.errors[error.code] : null;
  };
  const hintFor = (field: HpaField): string | undefined =>
    field === "currentMetric" || field === "targetMetric" ? t.metricHint : field === "tolerance" ? t.toleranceHint : undefined;

  return (
    <SimulatorCard title={t.title} intro={t.intro}>

      <div className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-3">
        {FIELD_ORDER.map((field) => (
          <NumberField
            key={field}
            label={t.fields[field]}
            value={values[field]}
            onChange={(value) => setValues((prev) => ({ ...prev, [field]: value }))}
            error={errorFor(field)}
            hint={hintFor(field)}
            min={field === "tolerance" || field.endsWith("Metric") ? 0 : 1}
            step={field.endsWith("Replicas") ? 1 : "any"}
          />
        ))}
      </div>

      {result.ok ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold">{t.steps}</h4>
          <ol className="mt-2 list-decimal space-y-1.5 ps-5 text-sm tabular-nums">
            <li>
              {t.ratio} = {format(result.value.currentMetric)} / {format(result.value.targetMetric)} ={" "}
              <strong>{format(result.value.ratio)}</strong>
            </li>
            <li>
              {t.band} = [{format(result.value.toleranceBand.lower)}, {format(result.value.toleranceBand.upper)}] →{" "}
              <span className={result.value.withinTolerance ? "text-amber-700 dark:text-amber-300" : "text-sky-700 dark:text-sky-300"}>
                {result.value.withinTolerance ? t.inside : t.outside}
              </span>
              <ToleranceBar ratio={result.value.ratio} lower={result.value.toleranceBand.lower} upper={result.value.toleranceBand.upper} />
            </li>
            {result.value.rawReplicas !== null && result.value.ceiledReplicas !== null ? (
              <>
                <li>
                  {t.raw} = {format(result.value.currentReplicas)} × {format(result.value.ratio)} = {format(result.value.rawReplicas)}
                </li>
                <li>
                  {t.ceil}
                  {t.colon}ceil({format(result.value.rawReplicas)}) = {result.value.ceiledReplicas}
                </li>
              </>
            ) : null}
            <li>
              {t.clamp}
              {t.colon}
              {result.value.unclampedReplicas} → [{result.value.minReplicas}, {result.value.maxReplicas}] →{" "}
              <strong>{result.value.desiredReplicas}</strong>{" "}
              {t.paren(result.value.clampedBy === "max" ? t.clampedMax : result.value.clampedBy === "min" ? t.clampedMin : t.notClamped)}
            </li>
          </ol>
        </div>
      ) : null}

      <div
        aria-live="polite"
        className="mt-4 rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-800"
      >
        {result.ok ? (
          <p>
            <span className="font-semibold">
              {t.desired}
              {t.colon}
            </span>
            <span className="text-xl font-bold tabular-nums">{result.value.desiredReplicas}</span>
            <span className="ms-2">{t.result(result.value.currentReplicas, result.value.desiredReplicas)}</span>
          </p>
        ) : (
          <p className="font-medium text-red-700 dark:text-red-400">{t.fix}</p>
        )}
      </div>
    </SimulatorCard>
  );
}

/** Visual only: the text above already states whether the ratio is inside the band. */
function ToleranceBar({ ratio, lower, upper }: { ratio: number; lower: number; upper: number }) {
  const scaleMax = Math.max(2, Math.ceil(ratio * 2) / 2);
  const pct = (value: number) => `${Math.min(100, Math.max(0, (value / scaleMax) * 100))}%`;
  return (
    <div aria-hidden="true" className="relative mt-2 h-3 w-full max-w-sm rounded-full bg-zinc-200 dark:bg-zinc-700">
      <div
        className="absolute inset-y-0 rounded-full bg-amber-300/80 dark:bg-amber-500/60"
        style={{ left: pct(lower), width: `calc(${pct(upper)} - ${pct(lower)})` }}
      />
      <div className="absolute -top-0.5 h-4 w-1 -translate-x-1/2 rounded bg-sky-600 dark:bg-sky-300" style={{ left: pct(ratio) }} />
    </div>
  );
}
