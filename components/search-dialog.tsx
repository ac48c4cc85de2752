"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ReadingMessages } from "@/lib/i18n/reading-messages";
import type { SearchDocument, SearchHit, SearchIndex, Segment } from "@/lib/search/engine";

type Engine = typeof import("@/lib/search/engine");

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-700 dark:text-white">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}

/**
 * Site search in a modal dialog, opened by the button, "/" or Ctrl/⌘ K. The search engine and the
 * index load on first open, so neither weighs on a page that never searches. Its strings come from
 * the (server) header in the page's language only, so no string table ships with the island.
 */
export type SearchLabels = Messages["search"] & Pick<ReadingMessages["search"], "kindLesson" | "kindGlossary" | "kindQuestion"> & { failed: string };

export function SearchDialog({ locale, labels: t }: { locale: Locale; labels: SearchLabels }) {
  const r = t;
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [index, setIndex] = useState<{ engine: Engine; index: SearchIndex } | null>(null);
  const [failed, setFailed] = useState(false);
  // Set once the "/" and Ctrl/⌘K listener is attached (after hydration); tests wait for it.
  const [shortcutsReady, setShortcutsReady] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();

  const open = useCallback(() => {
    dialogRef.current?.showModal();
    inputRef.current?.focus();
    if (!index) {
      Promise.all([
        import("@/lib/search/engine"),
        fetch(`/search-index/${locale}`).then((res) => (res.ok ? (res.json() as Promise<SearchDocument[]>) : Promise.reject(new Error(String(res.status))))),
      ])
        .then(([engine, docs]) => setIndex({ engine, index: engine.buildIndex(docs) }))
        .catch(() => setFailed(true));
    }
  }, [index, locale]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if ((event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !typing)) {
        event.preventDefault();
        open();
      }
    }
    // A link to #search (the 404 page has one) opens the search too.
    function onHash() {
      if (location.hash !== "#search") return;
      history.replaceState(history.state, "", location.pathname + location.search);
      open();
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener("hashchange", onHash);
    onHash();
    setShortcutsReady(true);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("hashchange", onHash);
    };
  }, [open]);

  const hits: SearchHit[] = useMemo(() => (index && query.trim() ? index.engine.search(index.index, query) : []), [index, query]);

  // Keep the highlighted result in view as the arrow keys move through a long list.
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, listId]);

  function go(href: string) {
    dialogRef.current?.close();
    setQuery("");
    router.push(href);
  }

  function onInputKey(event: React.KeyboardEvent<HTMLInputElement>) {
    const last = hits.length - 1;
    const moves: Record<string, (a: number) => number> = {
      ArrowDown: (a) => Math.min(a + 1, last),
      ArrowUp: (a) => Math.max(a - 1, 0),
      PageDown: (a) => Math.min(a + 5, last),
      PageUp: (a) => Math.max(a - 5, 0),
    };
    const move = moves[event.key];
    if (move && hits.length) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === "Enter" && hits[active]) {
      event.preventDefault();
      go(hits[active].doc.href);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        className="flex items-center gap-2 rounded-md border border-zinc-300 px-2 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t.shortcut}
        data-testid="search-button"
        data-shortcuts={shortcutsReady ? "ready" : undefined}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
        </svg>
        <span>{t.open}</span>
        <kbd className="hidden rounded border border-zinc-300 px-1 text-xs sm:inline dark:border-zinc-600">/</kbd>
      </button>
      <dialog
        ref={dialogRef}
        aria-label={t.label}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        onClose={() => setActive(0)}
      >
        <div className="flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700">
          <label htmlFor={`${listId}-input`} className="sr-only">
            {t.label}
          </label>
          <input
            id={`${listId}-input`}
            ref={inputRef}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
            aria-autocomplete="list"
            aria-describedby={`${listId}-hint`}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKey}
            placeholder={t.placeholder}
            className="w-full bg-transparent px-1 py-1 text-base outline-none"
            data-testid="search-input"
          />
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="rounded px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            {t.close}
          </button>
        </div>
        <p id={`${listId}-hint`} className="sr-only">
          {t.hint}
        </p>
        {/* Focusable so a keyboard can also scroll a long result list (the arrows in the box move the highlight). */}
        <div className="max-h-[60vh] overflow-y-auto p-2 focus-visible:outline-2 focus-visible:outline-brand-600" tabIndex={0}>
          <p role="status" className="px-2 py-1 text-sm text-zinc-600 dark:text-zinc-400">
            {failed ? t.failed : !index ? t.loading : query.trim() ? (hits.length ? fill(hits.length === 1 ? t.results.one : t.results.other, { n: hits.length }) : fill(t.noResults, { q: query })) : ""}
          </p>
          <ul id={listId} role="listbox" aria-label={t.label} className="space-y-1" data-testid="search-results">
            {hits.map((hit, i) => (
              <li
                key={`${hit.doc.href}-${i}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(hit.doc.href)}
                className={`cursor-pointer rounded-lg px-3 py-2 ${i === active ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
              >
                <div className="flex gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                  <span className="rounded bg-zinc-100 px-1 font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300" data-testid="search-kind">
                    {hit.doc.kind === "glossary" ? r.kindGlossary : hit.doc.kind === "question" ? r.kindQuestion : r.kindLesson}
                  </span>
                  <span>{hit.doc.module}</span>
                </div>
                <div className="font-medium">
                  <Marked segments={hit.title} />
                  {hit.heading ? (
                    <span className="text-zinc-600 dark:text-zinc-400">
                      {" › "}
                      <Marked segments={hit.heading} />
                    </span>
                  ) : null}
                </div>
                <div className="line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300" data-testid="search-snippet">
                  <Marked segments={hit.snippet} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      </dialog>
    </>
  );
}
