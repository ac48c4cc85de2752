/** Shared Tailwind class strings for cards, form fields and buttons. */
export const primaryButton =
  "rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-700";
export const cardClass = "rounded-xl border border-zinc-200 p-5 dark:border-zinc-800";
export const labelClass = "block font-medium";
export const hintClass = "mt-1 text-sm text-zinc-600 dark:text-zinc-400";
export const inputClass =
  "mt-1 block w-full max-w-xs rounded-md border border-zinc-300 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:bg-zinc-900";
export const alertClass = "mt-3 text-red-700 empty:hidden dark:text-red-300";
