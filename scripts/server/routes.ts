/**
 * The JSON API's routes for the production server's fast dispatch: the very handlers in
 * app/api/**\/route.ts, matched without Next's routing pipeline (see scripts/serve.ts). The table is
 * generated from the route files (scripts/build/routes.ts → routes.generated.ts): adding a route file
 * is enough for it to be served.
 */
/** Like Next: a catch-all parameter is the list of its segments. */
export type RouteParams = Record<string, string | string[]>;
export type Handler = (request: Request, context: { params: Promise<RouteParams> }) => Promise<Response> | Response;
/** `pattern` is the route file's URL path (/api/attempts/[id]); `params` names the capture groups in order ([id] → "id", [...all] → "...all"). */
export type ApiRoute = { path: RegExp; pattern: string; params: string[]; methods: Partial<Record<string, Handler>> };

export async function loadApiRoutes(): Promise<ApiRoute[]> {
  const { apiRoutes } = await import("./routes.generated");
  return apiRoutes;
}
