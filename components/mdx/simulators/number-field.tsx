"use client";

import { useId } from "react";

export type { Locale } from "@/lib/i18n/locales";

export const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-sky-400 dark:focus-visible:ring-offset-zinc-900";

export const cardClass =
  "not-prose my-6 rounded-xl border border-zinc-200 bg-white p-4 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export const buttonClass = `rounded-md border border-zinc-300 bg-zinc-50 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:bg-zinc-800 dark:hover:bg-zinc-700 ${focusRing}`;

type NumberFieldProps = {
  label: string;
  /** Raw text, so a half-typed value such as "" or "1." is not overwritten while editing. */
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  min?: number;
  max?: number;
  step?: number | "any";
  /** Shown after the label as given, so each locale can use its own brackets. */
  unit?: string;
};

/** Parses a text field; an empty or malformed entry becomes NaN so validation can flag it. */
export function parseNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

export function NumberField({ label, value, onChange, error, hint, min, max, step = "any", unit }: NumberFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {unit ? <span className="font-normal text-zinc-500 dark:text-zinc-400"> {unit}</span> : null}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums dark:bg-zinc-950 ${
          error ? "border-red-600 dark:border-red-400" : "border-zinc-300 dark:border-zinc-600"
        } ${focusRing}`}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The frame every simulator shares: a labelled card with its title and a one-line introduction. */
export function SimulatorCard({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cardClass}>
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-300">{intro}</p>
      {children}
    </section>
  );
}
