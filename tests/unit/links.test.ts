import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts/.tsx file under the given folders, relative to the repo root. */
function sourceFiles(...roots: string[]): string[] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name))),
  );
}

describe("links", () => {
  it("come from components/ui/link.tsx, which prefetches on intent rather than on sight", () => {
    const files = sourceFiles("app", "components", "lib");
    expect(files.length).toBeGreaterThan(100);
    const direct = files.filter((file) => file !== path.join("components", "ui", "link.tsx") && /from\s+["']next\/link["']/.test(readFileSync(file, "utf8")));
    expect(direct).toEqual([]);
  });
});
