import { describe, expect, it, vi } from "vitest";

const crypto = vi.hoisted(() => ({ calls: 0 }));
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  return { ...real, randomInt: (...args: Parameters<typeof real.randomInt>) => (crypto.calls++, (real.randomInt as (...a: unknown[]) => number)(...args)) };
});

import { safeRedirect } from "@/lib/auth/redirect";
import { lockDuration, FREE_FAILURES } from "@/lib/auth/throttle";
import { assertPlainJson, isStorableText } from "@/lib/http";
import { createLayout, toPublicQuestion, type StoredQuestion } from "@/lib/quiz/present";
import { secureRandom, shuffle } from "@/lib/quiz/random";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

const opt = (id: string, correct = false) => ({ id, correct, text: { en: `text ${id}`, zh: `文本 ${id}` }, explanation: { en: "x", zh: "x" } });
const base = { id: "q-1", module: "m", difficulty: 2 as const, source: "https://example.com", stem: { en: "s", zh: "s" } };
const single = { ...base, type: "single", options: [opt("a", true), opt("b"), opt("c"), opt("d")] } as StoredQuestion;
const multiple = { ...base, type: "multiple", choose: 2, options: [opt("a", true), opt("b", true), opt("c"), opt("d"), opt("e")] } as StoredQuestion;
const ordering = { ...base, type: "ordering", options: [opt("a"), opt("b"), opt("c"), opt("d")] } as StoredQuestion;

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}
// Critical values at p = 1e-6: a correct implementation fails about once in a million runs.
const CRITICAL = { 3: 30.7, 4: 33.4 } as const;

describe("the random source", () => {
  it("in the app is the operating system's CSPRNG, one crypto.randomInt per choice", () => {
    const before = crypto.calls;
    shuffle(["a", "b", "c", "d", "e"], secureRandom);
    expect(crypto.calls - before).toBe(4);
  });

  it("puts a single-answer key in every position equally often", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i++) counts[createLayout(single, secureRandom).options.indexOf("a")]!++;
    expect(chiSquare(counts)).toBeLessThan(CRITICAL[3]);
  });

  it("puts each multiple-response key in every position equally often", () => {
    const counts = { a: [0, 0, 0, 0, 0], b: [0, 0, 0, 0, 0] };
    for (let i = 0; i < 10000; i++) {
      const { options } = createLayout(multiple, secureRandom);
      counts.a[options.indexOf("a")]!++;
      counts.b[options.indexOf("b")]!++;
    }
    expect(chiSquare(counts.a)).toBeLessThan(CRITICAL[4]);
    expect(chiSquare(counts.b)).toBeLessThan(CRITICAL[4]);
  });

  it("shows an ordering question in its correct order no more often than chance, and every step anywhere", () => {
    const n = 24000;
    let solved = 0;
    const places = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const { options } = createLayout(ordering, secureRandom);
      if (options.join() === "a,b,c,d") solved++;
      places[options.indexOf("a")]!++;
    }
    // 1 in 24 by chance; five standard deviations of slack either way
    const expected = n / 24;
    const sd = Math.sqrt(n * (1 / 24) * (23 / 24));
    expect(solved).toBeLessThan(expected + 5 * sd);
    expect(solved).toBeGreaterThan(expected - 5 * sd);
    expect(chiSquare(places)).toBeLessThan(CRITICAL[3]);
  });

  it("names options by position only, so an id says nothing about the key", () => {
    const shown = toPublicQuestion(single, createLayout(single, secureRandom), "en", 1);
    expect(shown.options.map((o) => o.id)).toEqual(["o1", "o2", "o3", "o4"]);
  });
});

describe("redirect targets after sign-in", () => {
  const fallback = "/en/dashboard";
  it.each([
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "  /en/dashboard",
    "evil.example",
    "",
  ])("never leaves the site for %j", (target) => {
    // The query string arrives decoded (%09 becomes a tab): that form must be refused outright, and
    // whatever comes back for either form must stay on the site when the browser resolves it.
    const decoded = decodeURIComponent(target.replace(/%(?![0-9a-f]{2})/gi, "%25"));
    expect(safeRedirect(decoded, fallback)).toBe(fallback);
    for (const form of [target, decoded]) {
      const result = safeRedirect(form, fallback);
      expect(new URL(result, "https://course.example").origin).toBe("https://course.example");
      expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
    }
  });
  it.each(["/en/account", "/zh/learn/autoscaling/vpa-and-hpa#hpa", "/en/quiz/abc?x=1"])("keeps the same-site path %j", (target) => {
    expect(safeRedirect(target, fallback)).toBe(target);
  });
  it("falls back without a target", () => {
    expect(safeRedirect(undefined, fallback)).toBe(fallback);
    expect(safeRedirect(null, fallback)).toBe(fallback);
  });
});

describe("security headers", () => {
  it("deny framing, sniffing and eval, and send HSTS only for an HTTPS site", () => {
    const plain = securityHeaders({ secureSite: false });
    expect(plain["X-Frame-Options"]).toBe("DENY");
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(plain["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(plain["Content-Security-Policy"]).toMatch(/frame-ancestors 'none'/);
    expect(plain["Content-Security-Policy"]).not.toMatch(/unsafe-eval/);
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    const secure = securityHeaders({ secureSite: true });
    expect(secure["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
    expect(secure["Content-Security-Policy"]).toMatch(/upgrade-insecure-requests/);
    expect(contentSecurityPolicy({ secureSite: false, dev: true })).toMatch(/unsafe-eval/);
  });
});

describe("plain JSON bodies", () => {
  it("refuses NUL, lone surrogates, prototype keys and deep nesting", () => {
    expect(isStorableText("Karpenter")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\ud800")).toBe(false);
    expect(() => assertPlainJson({ questionId: "a\u0000" })).toThrow(/NUL/);
    expect(() => assertPlainJson(JSON.parse('{"__proto__": {"x": 1}}'))).toThrow(/__proto__/);
    expect(() => assertPlainJson({ pairs: { constructor: "m1" } })).toThrow(/constructor/);
    expect(() => assertPlainJson(JSON.parse("[".repeat(40) + "]".repeat(40)))).toThrow(/nested/);
    expect(() => assertPlainJson({ a: [1, "ok", { b: null }] })).not.toThrow();
  });
});

describe("per-account sign-in lock", () => {
  it("starts after the free failures and doubles to a cap", () => {
    expect(lockDuration(FREE_FAILURES - 1)).toBe(0);
    expect(lockDuration(FREE_FAILURES)).toBe(60_000);
    expect(lockDuration(FREE_FAILURES + 1)).toBe(120_000);
    expect(lockDuration(FREE_FAILURES + 20)).toBe(15 * 60_000);
  });
});
