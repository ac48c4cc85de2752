import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Readiness probe: 200 when the app and its database answer, 503 otherwise. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
