/**
 * One structured JSON line per request (pino): time, request id, method, route pattern, status,
 * duration. Only those: never the path's parameters or query, headers, cookies or bodies, so no
 * token, link, password or email address can reach the log.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type Logger } from "pino";
import { getMetrics } from "../../lib/metrics";
import type { ApiRoute } from "./routes";

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** A request id the load balancer or client sent (e.g. X-Request-Id), if it is a plain token; otherwise a new one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/** The route pattern a path belongs to: the API route file's pattern, Next's assets, or a page. */
export function routePattern(path: string, routes: ApiRoute[]): string {
  if (path.startsWith("/api/")) return routes.find((r) => r.path.test(path))?.pattern ?? "/api/(unknown)";
  if (path.startsWith("/_next/")) return "/_next/*";
  return "(page)";
}

export function logRequest(logger: Logger, routes: ApiRoute[], req: IncomingMessage, res: ServerResponse): void {
  const started = process.hrtime.bigint();
  const id = requestId(req);
  res.setHeader("x-request-id", id);
  const path = (req.url ?? "/").split("?")[0]!;
  res.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routePattern(path, routes);
    const method = KNOWN_METHODS.has(req.method ?? "") ? req.method! : "OTHER"; // a client cannot invent label values
    getMetrics().requestDuration.observe({ method, route, status: String(res.statusCode) }, seconds);
    logger.info({
      reqId: id,
      method: req.method,
      route,
      status: res.statusCode,
      durationMs: Math.round(seconds * 1e5) / 100,
      ...(res.writableFinished ? {} : { aborted: true }),
    });
  });
}
