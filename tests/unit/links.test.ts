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
  it("come from components/ui/link.tsx (plain anchors; one listener navigates and prefetches on intent), never next/link", () => {
    const files = sourceFiles("app", "components", "lib");
    expect(files.length).toBeGreaterThan(100);
    const direct = files.filter((file) => file !== path.join("components", "ui", "link.tsx") && /from\s+["']next\/link["']/.test(readFileSync(file, "utf8")));
    expect(direct).toEqual([]);
  });
});

describe("clientRouteOf: which links navigate client-side", () => {
  const here = new URL("https://course.example/en/learn/autoscaling/karpenter?x=1") as unknown as Location;
  const anchor = (href: string, extra: { target?: string; download?: boolean; native?: boolean } = {}) =>
    ({
      href,
      target: extra.target ?? "",
      dataset: extra.native ? { native: "" } : {},
      hasAttribute: (name: string) => name === "download" && Boolean(extra.download),
    }) as unknown as HTMLAnchorElement;

  it("takes pages of the course, with their query and fragment", async () => {
    const { clientRouteOf } = await import("@/components/client-navigation");
    expect(clientRouteOf(anchor("/zh/glossary"), here)).toBe("/zh/glossary");
    expect(clientRouteOf(anchor("https://course.example/en/practice?module=a#top"), here)).toBe("/en/practice?module=a#top");
    expect(clientRouteOf(anchor("/en/learn/architecture/regions-vpcs-azs#lab-x"), here)).toBe("/en/learn/architecture/regions-vpcs-azs#lab-x");
  });

  it("leaves the API, files, other sites, new tabs, downloads and jumps within the page to the browser", async () => {
    const { clientRouteOf } = await import("@/components/client-navigation");
    for (const href of ["/api/instructor/items.csv", "/sw.js", "/search-index/en", "/", "https://evil.example/en", "//evil.example/en/x", "mailto:a@b.c", "javascript:alert(1)", "#main", "/en/learn/autoscaling/karpenter?x=1#hpa", "/fr/learn"]) {
      expect(clientRouteOf(anchor(href), here), href).toBeNull();
    }
    expect(clientRouteOf(anchor("/en/glossary", { target: "_blank" }), here)).toBeNull();
    expect(clientRouteOf(anchor("/en/glossary", { download: true }), here)).toBeNull();
    expect(clientRouteOf(anchor("/en/glossary", { native: true }), here)).toBeNull();
    expect(clientRouteOf(anchor("/en/glossary", { target: "_self" }), here)).toBe("/en/glossary");
  });
});
