"use client";

import { useId, useState } from "react";
import { hintClass, inputClass, labelClass } from "@/components/ui/styles";

type Props = {
  label: string;
  name: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** for password fields: the "show password" toggle's label */
  showLabel?: string;
};

/** A labelled input with an optional hint; password fields get a show/hide toggle. */
export function TextField({ label, name, type = "text", autoComplete, hint, required = true, minLength, maxLength, showLabel }: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="flex max-w-sm items-center gap-2">
        <input
          id={id}
          name={name}
          type={type === "password" && visible ? "text" : type}
          autoComplete={autoComplete}
          required={required}
          minLength={minLength}
          maxLength={maxLength}
          aria-describedby={hintId}
          className={`${inputClass} max-w-none`}
          data-testid={`field-${name}`}
        />
        {type === "password" && showLabel && (
          <button
            type="button"
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
            className="mt-1 shrink-0 rounded-md border border-zinc-300 px-2 py-2 text-sm hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700"
          >
            {showLabel}
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}
