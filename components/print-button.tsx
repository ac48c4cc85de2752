"use client";

/** Opens the browser's print dialog (which also saves as PDF); print styles drop the site chrome. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700"
      data-testid="print-button"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M5 2h10v5H5V2Zm-2 6h14a2 2 0 0 1 2 2v5h-3v3H4v-3H1v-5a2 2 0 0 1 2-2Zm3 5v3.5h8V13H6Z" />
      </svg>
      {label}
    </button>
  );
}
