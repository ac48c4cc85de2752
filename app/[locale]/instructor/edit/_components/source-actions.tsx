"use client";

import { useState } from "react";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  uiLocale: Locale;
  /** Present only under `npm run dev`: where Save posts `{ ...save.body, source }`. */
  save?: { url: string; body: Record<string, string> };
  source: string;
  fileName: string;
  mimeType: string;
  repoUrl?: string;
  onSaved: () => void;
  /** Suffix of the test ids, e.g. the pane's language. */
  name: string;
};

/** Save (development only), copy, download, and "edit on the repository" when CONTENT_REPO_URL is set. */
export function SourceActions({ uiLocale, save, source, fileName, mimeType, repoUrl, onSaved, name }: Props) {
  const t = getEditorMessages(uiLocale);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function write() {
    if (!save) return;
    setSaving(true);
    setStatus(null);
    try {
      const response = await fetch(save.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...save.body, source }) });
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      if (response.ok) {
        onSaved();
        setStatus({ kind: "ok", text: t.saved });
      } else setStatus({ kind: "error", text: t.saveFailed(body.error?.message ?? String(response.status)) });
    } catch {
      setStatus({ kind: "error", text: t.saveFailed("network") });
    } finally {
      setSaving(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(source);
      setStatus({ kind: "ok", text: t.copied });
    } catch {
      setStatus({ kind: "error", text: t.copyFailed });
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([source], { type: `${mimeType};charset=utf-8` }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const button =
    "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900";
  return (
    <>
      <div className="mt-2 flex flex-wrap gap-2">
        {save && (
          <button type="button" className={`${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-600 dark:hover:bg-brand-600`} onClick={write} disabled={saving} data-testid={`editor-save-${name}`}>
            {saving ? t.saving : t.save}
          </button>
        )}
        <button type="button" className={button} onClick={copy} data-testid={`editor-copy-${name}`}>
          {t.copy}
        </button>
        <button type="button" className={button} onClick={download} data-testid={`editor-download-${name}`}>
          {t.download}
        </button>
        {repoUrl && (
          <a href={repoUrl} className={button} rel="noopener noreferrer" data-testid={`editor-repository-${name}`}>
            {t.repository}
          </a>
        )}
      </div>
      <p role="status" className={`mt-2 min-h-5 text-sm ${status?.kind === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`} data-testid={`editor-status-${name}`}>
        {status?.text}
      </p>
    </>
  );
}
