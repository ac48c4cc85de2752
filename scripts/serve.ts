/**
 * `npm start`: the production server.
 *
 * Next.js serves every page and route. The JSON API under /api is dispatched straight to the very
 * same route handlers (app/api/**\/route.ts) without Next's per-request routing pipeline, which on
 * a 2-core machine costs more than the handlers themselves (a no-op Next route tops out near 800
 * requests/s here; see README → Performance). Same code, same validation: only the dispatch differs.
 */
import { register } from "node:module";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

// Outside Next's bundler, resolve the "server-only" marker the way React Server Components do.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
        return next(specifier, context);
      }`,
    ),
  import.meta.url,
);

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type Route = { method: string; pattern: RegExp; handler: Handler };

const MAX_BODY = 64 * 1024; // the handlers enforce their own, smaller limit with a clear error

async function loadApiRoutes(): Promise<Route[]> {
  const [attempts, attempt, answers, flags, submit, progress, lessons, health, review, rate, bookmarks] = await Promise.all([
    import("../app/api/attempts/route"),
    import("../app/api/attempts/[id]/route"),
    import("../app/api/attempts/[id]/answers/route"),
    import("../app/api/attempts/[id]/flags/route"),
    import("../app/api/attempts/[id]/submit/route"),
    import("../app/api/progress/route"),
    import("../app/api/progress/lessons/route"),
    import("../app/api/health/route"),
    import("../app/api/review/route"),
    import("../app/api/review/rate/route"),
    import("../app/api/bookmarks/route"),
  ]);
  const [auth, me, exportData, deleteAccount, instructor] = await Promise.all([
    import("../app/api/auth/[...all]/route"),
    import("../app/api/account/me/route"),
    import("../app/api/account/export/route"),
    import("../app/api/account/delete/route"),
    import("../app/api/instructor/overview/route"),
  ]);
  const accountRoutes: Route[] = [
    { method: "GET", pattern: /^\/api\/auth\/.+$/, handler: auth.GET as unknown as Handler },
    { method: "POST", pattern: /^\/api\/auth\/.+$/, handler: auth.POST as unknown as Handler },
    { method: "GET", pattern: /^\/api\/account\/me$/, handler: me.GET as unknown as Handler },
    { method: "GET", pattern: /^\/api\/account\/export$/, handler: exportData.GET as unknown as Handler },
    { method: "POST", pattern: /^\/api\/account\/delete$/, handler: deleteAccount.POST as unknown as Handler },
    { method: "GET", pattern: /^\/api\/instructor\/overview$/, handler: instructor.GET as unknown as Handler },
  ];
  const id = "([^/]+)";
  return [
    ...accountRoutes,
    { method: "POST", pattern: /^\/api\/attempts$/, handler: attempts.POST as Handler },
    { method: "GET", pattern: new RegExp(`^/api/attempts/${id}$`), handler: attempt.GET as Handler },
    { method: "POST", pattern: new RegExp(`^/api/attempts/${id}/answers$`), handler: answers.POST as Handler },
    { method: "POST", pattern: new RegExp(`^/api/attempts/${id}/flags$`), handler: flags.POST as Handler },
    { method: "POST", pattern: new RegExp(`^/api/attempts/${id}/submit$`), handler: submit.POST as Handler },
    { method: "GET", pattern: /^\/api\/progress$/, handler: progress.GET as unknown as Handler },
    { method: "POST", pattern: /^\/api\/progress\/lessons$/, handler: lessons.POST as unknown as Handler },
    { method: "GET", pattern: /^\/api\/health$/, handler: health.GET as unknown as Handler },
    { method: "GET", pattern: /^\/api\/review$/, handler: review.GET as unknown as Handler },
    { method: "POST", pattern: /^\/api\/review\/rate$/, handler: rate.POST as unknown as Handler },
    { method: "GET", pattern: /^\/api\/bookmarks$/, handler: bookmarks.GET as unknown as Handler },
    { method: "POST", pattern: /^\/api\/bookmarks$/, handler: bookmarks.POST as unknown as Handler },
  ];
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * The address rate limits count against. Never a header a client could choose, unless the app sits
 * behind a proxy that sets X-Forwarded-For (TRUST_PROXY=1): then its first entry.
 */
function clientAddress(req: IncomingMessage): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

async function dispatch(route: Route, params: string[], req: IncomingMessage, res: ServerResponse, origin: string) {
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
  if (body === null) {
    res.writeHead(413, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "payload_too_large", message: "the body is too large" } }));
    return;
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  headers.set("x-client-ip", clientAddress(req));
  const request = new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body: body?.length ? new Uint8Array(body) : undefined });
  const response = await route.handler(request, { params: Promise.resolve({ id: decodeURIComponent(params[0] ?? "") }) });
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    out[key] = key === "set-cookie" ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function main() {
  const { getEnv, EnvError } = await import("../lib/env");
  let env;
  try {
    env = getEnv();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const hostname = process.env.HOSTNAME ?? "0.0.0.0";
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port: env.PORT });
  const [routes] = await Promise.all([loadApiRoutes(), app.prepare()]);
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path.startsWith("/api/")) {
      for (const route of routes) {
        const match = route.method === req.method ? route.pattern.exec(path) : null;
        if (match) {
          const origin = `http://${req.headers.host ?? "localhost"}`;
          dispatch(route, match.slice(1), req, res, origin).catch((error: unknown) => {
            console.error(error);
            if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: { code: "internal", message: "something went wrong on the server" } }));
          });
          return;
        }
      }
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(env.PORT, hostname, () => console.log(`EKS course ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${env.PORT}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
