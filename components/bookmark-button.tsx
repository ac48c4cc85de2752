"use client";

import { startTransition, useEffect, useState } from "react";
import { afterIdle } from "@/components/when-idle";
import { NO_LEARNER, readIfLearner } from "@/components/learner";
import type { BookmarkMessages } from "@/lib/i18n/dashboard-messages";
import type { BookmarkKind, BookmarkList } from "@/lib/bookmarks/schema";

/** Strings come from the page (a server component passes its language's only). */
type Props = { labels: Pick<BookmarkMessages, "bookmark" | "saveFailed">; kind: BookmarkKind; target: string; className?: string };

const keyOf = (kind: BookmarkKind, target: string) => `${kind}:${target}`;

/** GET /api/bookmarks once per page (every button shares it), kept in step with this page's own toggles. */
let shared: { at: number; promise: Promise<Set<string> | null> } | undefined;
function loadBookmarks(): Promise<Set<string> | null> {
  if (!shared || Date.now() - shared.at > 30_000) {
    const promise = afterIdle()
      .then(() => readIfLearner(() => fetch("/api/bookmarks", { cache: "no-store" }).then((r) => (r.ok ? (r.json() as Promise<BookmarkList>) : null)), NO_LEARNER.bookmarks))
      .then((list) => (list ? new Set(list.bookmarks.map((b) => keyOf(b.kind, b.target))) : null))
      .catch(() => null);
    shared = { at: Date.now(), promise };
  }
  return shared.promise;
}

async function saveBookmark(kind: BookmarkKind, target: string, bookmarked: boolean): Promise<boolean> {
  try {
    const response = await fetch("/api/bookmarks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind, target, bookmarked }),
      cache: "no-store",
    });
    if (!response.ok) return false;
    const known = await shared?.promise;
    if (known) {
      if (bookmarked) known.add(keyOf(kind, target));
      else known.delete(keyOf(kind, target));
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * A toggle (aria-pressed) that bookmarks a lesson or a question. Its state is fetched in the browser,
 * so a statically generated lesson page stays static; nothing renders until it is known.
 */
export function BookmarkButton({ labels: t, kind, target, className = "" }: Props) {
  const [pressed, setPressed] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  useEffect(() => {
    let live = true;
    void loadBookmarks().then((known) => {
      if (live && known) startTransition(() => setPressed(known.has(keyOf(kind, target))));
    });
    return () => {
      live = false;
    };
  }, [kind, target]);

  if (pressed === null) return null;

  async function toggle() {
    setBusy(true);
    setError("");
    const next = !pressed;
    if (await saveBookmark(kind, target, next)) setPressed(next);
    else setError(t.saveFailed);
    setBusy(false);
  }

  return (
    <span className={`inline-flex flex-col items-start ${className}`}>
      <button
        type="button"
        aria-pressed={pressed}
        disabled={busy}
        onClick={() => void toggle()}
        className={`inline-flex items-center gap-1.5 rounded-lg border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 ${
          pressed
            ? "border-brand-600 bg-brand-50 text-brand-700 dark:border-brand-400 dark:bg-brand-700/20 dark:text-brand-300"
            : "border-zinc-300 text-zinc-700 hover:border-brand-600 dark:border-zinc-700 dark:text-zinc-300"
        }`}
        data-testid="bookmark-button"
        data-kind={kind}
        data-target={target}
      >
        <span aria-hidden="true">{pressed ? "★" : "☆"}</span>
        {t.bookmark}
      </button>
      <span role="alert" className="mt-1 text-sm text-red-700 empty:hidden dark:text-red-300">
        {error}
      </span>
    </span>
  );
}
