import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getMetrics } from "@/lib/metrics";

export const dynamic = "force-dynamic";

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...headers } });

/** Prometheus metrics, for a scraper holding METRICS_TOKEN (Authorization: Bearer …); 404 when no token is configured. */
export async function GET(request: Request) {
  const expected = getEnv().METRICS_TOKEN;
  if (!expected) return json(404, "not_found", "metrics are not enabled (set METRICS_TOKEN)");
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return json(401, "unauthenticated", "send the metrics token as a bearer token", { "www-authenticate": "Bearer" });
  const { registry } = getMetrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
