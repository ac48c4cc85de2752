"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { buildIndex, search, type SearchDocument, type SearchIndex } from "@/lib/search/engine";

/** Site search in a modal dialog, opened by the button, "/" or Ctrl/⌘ K. The index loads on first open. */
export function SearchDialog({ locale }: { locale: Locale }) {
  const t = getMessages(locale).search;
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [index, setIndex] = useState<SearchIndex | null>(null);
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
      fetch(`/search-index/${locale}`)
        .then((r) => (r.ok ? (r.json() as Promise<SearchDocument[]>) : Promise.reject(new Error(String(r.status)))))
        .then((docs) => setIndex(buildIndex(docs)))
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
    window.addEventListener("keydown", onKey);
    setShortcutsReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const hits = useMemo(() => (index && query.trim() ? search(index, query) : []), [index, query]);

  function go(href: string) {
    dialogRef.current?.close();
    setQuery("");
    router.push(href);
  }

  function onInputKey(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
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
        <div className="max-h-[60vh] overflow-y-auto p-2">
          <p role="status" className="px-2 py-1 text-sm text-zinc-600 dark:text-zinc-400">
            {failed ? getMessages(locale).error.body : !index ? t.loading : query.trim() ? (hits.length ? t.results(hits.length) : t.noResults(query)) : ""}
          </p>
          <ul id={listId} role="listbox" aria-label={t.label} className="space-y-1" data-testid="search-results">
            {hits.map((hit, i) => (
              <li
                key={hit.doc.href}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(hit.doc.href)}
                className={`cursor-pointer rounded-lg px-3 py-2 ${i === active ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
              >
                <div className="text-xs text-zinc-600 dark:text-zinc-400">{hit.doc.module}</div>
                <div className="font-medium">
                  {hit.doc.lesson}
                  {hit.doc.heading ? <span className="text-zinc-600 dark:text-zinc-400"> › {hit.doc.heading}</span> : null}
                </div>
                <div className="line-clamp-2 text-sm text-zinc-700 dark:text-zinc-300">{hit.snippet}</div>
              </li>
            ))}
          </ul>
        </div>
      </dialog>
    </>
  );
}
