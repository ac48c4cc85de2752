import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, startupChunks } from "@/scripts/build/compile-hints";

describe("compile hints for start-up chunks", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hints-"));
  const page = path.join(dir, "page.html");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    page,
    [
      '<script src="/_next/static/chunks/react.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script async src="/_next/static/chunks/page.js"></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/later.js"/>',
      "<script>self.__next_f.push([1])</script>",
    ].join(""),
  );

  it("takes the chunks a page runs at start, not polyfills, preloads or inline scripts", () => {
    expect([...startupChunks([page])].sort()).toEqual(["chunks/page.js", "chunks/react.js"]);
  });

  it("puts the hint on the first line once, leaving the code after it unchanged", () => {
    mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
    const file = path.join(dir, "static", "chunks", "react.js");
    writeFileSync(file, "(globalThis.TURBOPACK||[]).push([1]);");
    expect(addCompileHints(path.join(dir, "static"), ["chunks/react.js"])).toBe(1);
    expect(addCompileHints(path.join(dir, "static"), ["chunks/react.js"])).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });
});
