/**
 * `npm start`: the production server (NODE_ENV=production unless set otherwise).
 *
 * Next.js serves every page and route. The JSON API under /api is dispatched straight to the very
 * same route handlers (app/api/**\/route.ts) without Next's per-request routing pipeline, which on
 * a 2-core machine costs more than the handlers themselves (a no-op Next route tops out near 800
 * requests/s here; see README → Performance). Same code, same validation: only the dispatch differs
 * (scripts/server/). Prerendered pages and Next's hashed assets are answered from memory with
 * build-time compression (scripts/server/static.ts). Every response carries the security headers
 * (lib/security-headers.ts).
 */
import { createServer, type ServerResponse } from "node:http";
import { SHUTDOWN_TIMEOUT_MS } from "./server/lifecycle";

async function main() {
  // `npm start` is production unless the operator explicitly says otherwise (NODE_ENV=…).
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
  const { getEnv, EnvError, isSecureSite } = await import("../lib/env");
  let env;
  try {
    env = getEnv();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  // A bounded heap growth instead of a hard cap: V8 collects sooner rather than growing old space
  // to 2–3× the live data under load, and no request pays for an emergency collection near a limit.
  // (A GC setting, read at every collection, so setting it here at start is enough.)
  if (env.HEAP_GROWING_PERCENT > 0) (await import("node:v8")).setFlagsFromString(`--heap-growing-percent=${env.HEAP_GROWING_PERCENT}`);
  const { securityHeaders } = await import("../lib/security-headers");
  const { createApiHandler } = await import("./server/api");
  const { loadApiRoutes } = await import("./server/routes");
  const headers = securityHeaders({ secureSite: isSecureSite(env) });
  const hostname = process.env.HOSTNAME ?? "0.0.0.0";
  // The configuration `next build` resolved and saved, so production needs neither next.config.ts
  // nor anything it imports (the security headers are set here, not by Next, in production).
  const { readFileSync } = await import("node:fs");
  const { config } = JSON.parse(readFileSync(".next/required-server-files.json", "utf8")) as { config: Record<string, unknown> };
  // A custom server's request handlers load the configuration again, ignoring `conf` below: Next
  // would transpile next.config.ts with SWC at every start, which keeps its native compiler (≈ 26 MB
  // resident) loaded for good. This variable is how Next's own standalone server hands them the
  // saved configuration instead.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port: env.PORT, conf: config });
  const [routes] = await Promise.all([loadApiRoutes(), app.prepare()]);
  const handle = app.getRequestHandler();
  const { createLogger, logRequest } = await import("./server/request-log");
  // Prerendered pages and hashed assets straight from memory, precompressed (scripts/server/static.ts).
  const { loadStaticSite } = await import("./server/static");
  const site = loadStaticSite(".next");
  const logger = createLogger();
  const handleApi = createApiHandler({ routes, headers, trustProxy: env.TRUST_PROXY === "1" });
  let stopping = false;
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    // While draining, every answer tells the client (and the ALB) not to reuse this connection.
    if (stopping) res.setHeader("connection", "close");
    logRequest(logger, routes, req, res);
    open.add(res);
    res.once("close", () => open.delete(res));
    if ((req.url ?? "/").startsWith("/api/")) return void handleApi(req, res);
    for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
    if (site.serve(req, res)) return;
    void handle(req, res);
  });
  // Longer than the ALB's 60-second idle timeout, so the load balancer, not the app, closes idle connections.
  server.keepAliveTimeout = 65_000;
  server.listen(env.PORT, hostname, () => logger.info(`EKS course ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${env.PORT} (${env.NODE_ENV})`));

  // Graceful shutdown (Kubernetes sends SIGTERM after the preStop pause): stop accepting connections,
  // close idle ones, let in-flight requests finish (at most SHUTDOWN_TIMEOUT_MS), close the database, exit 0.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests (at most ${SHUTDOWN_TIMEOUT_MS / 1000} s), then stopping`);
    const forced = setTimeout(() => {
      logger.warn(`Requests still open after ${SHUTDOWN_TIMEOUT_MS / 1000} s: closing their connections`);
      server.closeAllConnections();
    }, SHUTDOWN_TIMEOUT_MS);
    forced.unref();
    for (const res of open) if (!res.headersSent) res.setHeader("connection", "close");
    server.close(() => {
      clearTimeout(forced);
      void (async () => {
        try {
          const { getDb } = await import("../lib/db");
          await getDb().$disconnect();
        } catch (error) {
          console.error("Closing the database failed:", error);
        }
        logger.info("Stopped.");
        process.exit(0);
      })();
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("The server could not start:", error);
  process.exit(1);
});
