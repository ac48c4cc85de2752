import { afterEach, describe, expect, it, vi } from "vitest";

const original = process.env.ENABLE_TEST_CLOCK;
afterEach(() => {
  if (original === undefined) delete process.env.ENABLE_TEST_CLOCK;
  else process.env.ENABLE_TEST_CLOCK = original;
});

async function nowFor(flag: string | undefined, header?: string) {
  if (flag === undefined) delete process.env.ENABLE_TEST_CLOCK;
  else process.env.ENABLE_TEST_CLOCK = flag;
  vi.resetModules();
  const { requestNow } = await import("@/lib/http");
  return requestNow(new Request("http://x/", { headers: header ? { "x-test-now": header } : {} }));
}

describe("the test clock hook", () => {
  it("is off unless enabled: the header is ignored", async () => {
    const real = Date.now();
    expect(Math.abs((await nowFor(undefined, "2030-01-01T00:00:00Z")).getTime() - real)).toBeLessThan(5000);
    expect(Math.abs((await nowFor("0", "2030-01-01T00:00:00Z")).getTime() - real)).toBeLessThan(5000);
  });
  it("when enabled, a valid x-test-now sets the time and a bad one is ignored", async () => {
    expect((await nowFor("1", "2030-01-01T00:00:00Z")).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(Math.abs((await nowFor("1", "not a date")).getTime() - Date.now())).toBeLessThan(5000);
  });
});
