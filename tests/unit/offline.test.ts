import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { cacheNames, classifyPath, isStaleCache, isStorablePage } from "@/lib/offline/policy";
import { buildServiceWorker } from "@/lib/offline/service-worker";

describe("offline policy", () => {
  it("never lets the worker near the API", () => {
    for (const path of ["/api", "/api/", "/api/health", "/api/attempts/1/answers", "/api/account/export", "/api/certificates"]) expect(classifyPath(path)).toBe("never");
  });

  it("keeps public course pages and build assets only", () => {
    for (const path of ["/en", "/zh", "/en/", "/en/learn/architecture", "/zh/learn/architecture/control-plane", "/en/glossary", "/zh/offline"]) expect(classifyPath(path), path).toBe("page");
    for (const path of ["/_next/static/chunks/a.js", "/_next/static/css/b.css", "/icons/icon-192.png", "/manifest.webmanifest"]) expect(classifyPath(path), path).toBe("static");
  });

  it("treats every personal or unknown page as network only", () => {
    const personal = ["/en/dashboard", "/en/dashboard/readiness", "/zh/account", "/en/review", "/en/quiz/123", "/en/practice", "/en/instructor", "/en/sign-in", "/en/sign-up", "/en/forgot-password", "/en/reset-password", "/en/certificate", "/en/verify/abc", "/verify/abc", "/", "/sw.js", "/fr/learn/x", "/en/learn/a/b/c", "/en/learn/A", "/search-index/en", "/_next/image", "/en/learn/../dashboard"];
    for (const path of personal) expect(classifyPath(path), path).toBe("network");
  });

  it("stores only shareable, complete, same-origin 200 responses", () => {
    const ok = { status: 200, type: "basic", redirected: false, cacheControl: "s-maxage=31536000" };
    expect(isStorablePage(ok)).toBe(true);
    expect(isStorablePage({ ...ok, cacheControl: null })).toBe(true);
    expect(isStorablePage({ ...ok, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(false);
    expect(isStorablePage({ ...ok, cacheControl: "Private" })).toBe(false);
    expect(isStorablePage({ ...ok, status: 404 })).toBe(false);
    expect(isStorablePage({ ...ok, status: 206 })).toBe(false);
    expect(isStorablePage({ ...ok, type: "opaque" })).toBe(false);
    expect(isStorablePage({ ...ok, redirected: true })).toBe(false);
  });

  it("versions caches by build and marks every other build's cache stale", () => {
    expect(cacheNames("abc")).toEqual({ pages: "eks-course-abc-pages", assets: "eks-course-abc-assets" });
    expect(isStaleCache("eks-course-abc-pages", "abc")).toBe(false);
    expect(isStaleCache("eks-course-abc-assets", "abc")).toBe(false);
    expect(isStaleCache("eks-course-old-pages", "abc")).toBe(true);
    expect(isStaleCache("eks-course-old-assets", "abc")).toBe(true);
    expect(isStaleCache("someone-elses-cache", "abc")).toBe(false);
  });
});

describe("service worker script", () => {
  const config = { buildId: "build-1", outline: ["/en", "/en/learn/architecture"], offlinePages: { en: "/en/offline", zh: "/zh/offline" } };

  it("changes with the build, so browsers install the new worker after a deploy", () => {
    expect(buildServiceWorker(config)).not.toBe(buildServiceWorker({ ...config, buildId: "build-2" }));
    expect(buildServiceWorker(config)).toContain('const BUILD_ID = "build-1"');
  });

  it("is valid JavaScript whose embedded rules behave like the tested ones", () => {
    const listeners: Record<string, unknown> = {};
    const self = { addEventListener: (type: string, fn: unknown) => (listeners[type] = fn), location: { origin: "http://x" } };
    const probe = runInNewContext(`${buildServiceWorker(config)}\n;({ classifyPath, isStorablePage, isStaleCache, CACHES })`, { self, URL, Response }) as {
      classifyPath: typeof classifyPath; isStaleCache: typeof isStaleCache; CACHES: ReturnType<typeof cacheNames>;
    };
    expect(Object.keys(listeners).sort()).toEqual(["activate", "fetch", "install", "message"]);
    for (const path of ["/api/health", "/en/learn/architecture/control-plane", "/en/dashboard", "/_next/static/x.js"]) expect(probe.classifyPath(path)).toBe(classifyPath(path));
    expect(probe.CACHES).toEqual(cacheNames("build-1"));
    expect(probe.isStaleCache("eks-course-build-0-pages", "build-1")).toBe(true);
  });
});
