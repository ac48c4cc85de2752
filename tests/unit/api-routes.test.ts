import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, generateRouteTable, scanApiRoutes } from "@/scripts/build/routes";

const root = path.resolve(import.meta.dirname, "../..");

function appWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "api-routes-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const get = "export async function GET(request: Request) { return Response.json({}); }\n";

describe("the API dispatch table (scripts/build/routes.ts)", () => {
  it("is generated from the route files and up to date (npx tsx scripts/build/routes.ts)", () => {
    expect(readFileSync(path.join(root, GENERATED), "utf8")).toBe(generateRouteTable(root));
  });

  it("serves every route file, static paths before dynamic ones and catch-alls last", () => {
    const routes = scanApiRoutes(root);
    expect(routes.find((r) => r.urlPath === "/api/health")).toMatchObject({ methods: ["GET"], params: [] });
    expect(routes.find((r) => r.urlPath === "/api/attempts/[id]/answers")).toMatchObject({ methods: ["POST"], params: ["id"] });
    expect(routes.at(-1)).toMatchObject({ urlPath: "/api/auth/[...all]", params: ["...all"], methods: ["GET", "POST"] });
  });

  it("adds a new route file by itself, with its parameters", () => {
    const dir = appWith({ "app/api/things/[thingId]/parts/[partId]/route.ts": get, "app/api/things/new/route.ts": get, "app/api/(group)/other/route.ts": get });
    const routes = scanApiRoutes(dir);
    expect(routes.map((r) => [r.urlPath, r.pattern, r.params])).toEqual([
      ["/api/other", "^/api/other$", []],
      ["/api/things/new", "^/api/things/new$", []],
      ["/api/things/[thingId]/parts/[partId]", "^/api/things/([^/]+)/parts/([^/]+)$", ["thingId", "partId"]],
    ]);
  });

  it("fails the build on a route it cannot serve", () => {
    expect(() => scanApiRoutes(appWith({ "app/api/docs/[[...slug]]/route.ts": get }))).toThrow(/optional catch-all/);
    expect(() => scanApiRoutes(appWith({ "app/api/fast/route.ts": `export const runtime = "edge";\n${get}` }))).toThrow(/edge runtime/);
    expect(() => scanApiRoutes(appWith({ "app/api/none/route.ts": "export const dynamic = 'force-dynamic';\n" }))).toThrow(/no HTTP method handler/);
    expect(() => scanApiRoutes(appWith({ "app/api/re/route.ts": 'export { GET } from "../x";\n' }))).toThrow(/export each handler/);
    expect(() => scanApiRoutes(appWith({ "app/api/@slot/route.ts": get }))).toThrow(/parallel routes/);
    expect(() => scanApiRoutes(appWith({ "app/api/a/[x]/route.ts": get, "app/api/a/[y]/route.ts": get }))).toThrow(/match the same paths/);
  });
});
