/**
 * Marks the scripts every page runs at start-up for eager compilation, so the browser compiles them
 * while they download instead of function by function on the main thread during hydration.
 *
 * V8 compiles a function lazily, on its first call. Hydrating a page calls most of React's and the
 * router's functions once, so a lesson load spent ~75 ms of main-thread time compiling module
 * factories and ~95 ms in React, all of it while the page could not respond. A script whose first
 * line is the magic comment `//# allFunctionsCalledOnLoad` is compiled eagerly on a background
 * thread as it streams in (V8's explicit compile hints, Chrome 136 and later; other engines read it
 * as a comment). Measured on a lesson, Debian's Chromium, 12 loads alternating: 258–285 → 133–152 ms
 * of main-thread JavaScript.
 *
 * Only the chunks a prerendered page loads with <script src> get the hint: code that loads later (the
 * diagram renderer, the lab editor, search) would be compiled in full for the few functions it runs.
 * Must run after `next build` and before precompress.ts (which then compresses the marked files,
 * being newer than their old compressed copies). Re-running changes nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { walk } from "./precompress";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The /_next/static/chunks/*.js files the given pages load with <script src>, as paths under .next/static. */
export function startupChunks(pages: Iterable<string>): Set<string> {
  const chunks = new Set<string>();
  for (const page of pages) {
    for (const [tag] of readFileSync(page, "utf8").matchAll(/<script\s[^>]*>/g)) {
      const src = /\ssrc="\/_next\/static\/(chunks\/[\w.-]+\.js)"/.exec(tag)?.[1];
      // Legacy polyfills (nomodule) never run in a browser that reads the hint.
      if (src && !/\snomodule/i.test(tag)) chunks.add(src);
    }
  }
  return chunks;
}

/** Adds the hint to each chunk that lacks it; returns how many files changed. */
export function addCompileHints(staticDir: string, chunks: Iterable<string>): number {
  let changed = 0;
  for (const chunk of chunks) {
    const file = path.join(staticDir, chunk);
    const body = readFileSync(file, "utf8");
    if (body.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + body);
    changed++;
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const next = path.resolve(import.meta.dirname, "../../.next");
  const pages = [...walk(path.join(next, "server", "app"))].filter((file) => file.endsWith(".html"));
  const chunks = startupChunks(pages);
  const changed = addCompileHints(path.join(next, "static"), chunks);
  console.log(`Compile hints: ${chunks.size} start-up chunks, ${changed} marked now.`);
}
