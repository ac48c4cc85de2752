import { afterEach, describe, expect, it, vi } from "vitest";

const TOKEN = "m".repeat(40);

async function metricsRoute(token?: string) {
  vi.resetModules();
  if (token) process.env.METRICS_TOKEN = token;
  else delete process.env.METRICS_TOKEN;
  return import("@/app/api/metrics/route");
}

afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

describe("GET /api/metrics", () => {
  it("is off (404) without METRICS_TOKEN", async () => {
    const { GET } = await metricsRoute();
    const response = await GET(new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("refuses a missing or wrong bearer token", async () => {
    const { GET } = await metricsRoute(TOKEN);
    for (const authorization of [undefined, `Bearer ${"x".repeat(40)}`, `Bearer ${TOKEN}x`, TOKEN]) {
      const response = await GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
      expect(response.status, authorization).toBe(401);
      expect(await response.text()).not.toContain("eks_course_");
    }
  });

  it("serves Prometheus text: request durations by route and status, event-loop lag, memory", async () => {
    const { GET } = await metricsRoute(TOKEN);
    const { getMetrics } = await import("@/lib/metrics");
    getMetrics().requestDuration.observe({ method: "POST", route: "/api/attempts/[id]/answers", status: "200" }, 0.004);
    const response = await GET(new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/eks_course_http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/api\/attempts\/\[id\]\/answers",status="200"\} [1-9]/);
    expect(text).toContain("eks_course_nodejs_eventloop_lag_seconds");
    expect(text).toContain("eks_course_process_resident_memory_bytes");
    for (const counter of ["answers_recorded", "attempts_started", "attempts_submitted", "sign_ins", "rate_limit_refusals", "database_errors"]) {
      expect(text).toContain(`# TYPE eks_course_${counter}_total counter`);
    }
  });
});
