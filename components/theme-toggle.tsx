"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

type Choice = "system" | "light" | "dark";
const choices: Choice[] = ["system", "light", "dark"];

function apply(choice: Choice) {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

/** Strings come from the (server) header, in the page's language only. */
export function ThemeToggle({ labels: t }: { labels: Messages["theme"] }) {
  const [choice, setChoice] = useState<Choice>("system");

  useEffect(() => {
    const stored = localStorage.getItem("theme");
    if (stored === "light" || stored === "dark") setChoice(stored);
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => {
      const current = localStorage.getItem("theme");
      if (current !== "light" && current !== "dark") apply("system");
    };
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);

  function change(next: Choice) {
    setChoice(next);
    localStorage.setItem("theme", next);
    apply(next);
  }

  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t.label}</span>
      <select
        value={choice}
        onChange={(e) => change(e.target.value as Choice)}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:bg-zinc-900"
        data-testid="theme-select"
      >
        {choices.map((c) => (
          <option key={c} value={c}>
            {t[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
