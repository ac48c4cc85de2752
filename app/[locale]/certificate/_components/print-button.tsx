"use client";

import { secondaryButton } from "@/components/ui/styles";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={secondaryButton} data-testid="certificate-print">
      {label}
    </button>
  );
}
