import { afterEach, describe, expect, it, vi } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "./databases";

const original = process.env.DATABASE_URL;

async function healthWith(url: string) {
  process.env.DATABASE_URL = url;
  vi.resetModules();
  delete (globalThis as { __eksCourseDb?: unknown }).__eksCourseDb;
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

afterEach(() => {
  process.env.DATABASE_URL = original;
  delete (globalThis as { __eksCourseDb?: unknown }).__eksCourseDb;
  vi.spyOn(console, "error").mockRestore();
});

describe("GET /api/health", () => {
  it.each(["sqlite", "postgresql"] as const)("answers 200 when the %s database answers", async (engine) => {
    const database = await createTestDatabase(engine);
    try {
      await migrate(database.url);
      const response = await healthWith(database.url);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok", database: { engine, ok: true } });
    } finally {
      await database.drop();
    }
  });

  it("answers 503 without leaking connection details when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthWith("postgresql://probe:s3cret@127.0.0.1:9/nowhere");
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", database: { engine: "postgresql", ok: false } });
    expect(JSON.stringify(body)).not.toContain("s3cret");
  });
});
