/**
 * Prometheus metrics for the production server: request durations by route pattern and status
 * (observed by scripts/server/request-log.ts), plus Node's own (event-loop lag, memory, CPU, GC).
 * One registry per process, kept on globalThis so every bundle of this module (the compiled server,
 * Next's server build) shares it.
 */
import { Histogram, Registry, collectDefaultMetrics } from "prom-client";

type Metrics = { registry: Registry; requestDuration: Histogram<"method" | "route" | "status"> };

const KEY = "__eksCourseMetrics";

export function getMetrics(): Metrics {
  const store = globalThis as unknown as Record<string, Metrics | undefined>;
  let metrics = store[KEY];
  if (!metrics) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: "eks_course_" });
    const requestDuration = new Histogram({
      name: "eks_course_http_request_duration_seconds",
      help: "HTTP requests by method, route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    metrics = { registry, requestDuration };
    store[KEY] = metrics;
  }
  return metrics;
}
