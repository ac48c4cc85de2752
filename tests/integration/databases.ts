import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

/**
 * Fresh, empty databases for each engine the app supports: a new SQLite file, and a new
 * database on the PostgreSQL server named by TEST_POSTGRES_URL (npm test starts one).
 */
export type TestDatabase = { engine: "sqlite" | "postgresql"; url: string; drop: () => Promise<void> };

export const engines = ["sqlite", "postgresql"] as const;

function adminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error("TEST_POSTGRES_URL is not set. Run the suite with `npm test`, which starts a throw-away PostgreSQL server, or point TEST_POSTGRES_URL at one.");
  }
  return url;
}

export async function createTestDatabase(engine: (typeof engines)[number]): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "eks-course-db-"));
    return { engine, url: `file:${path.join(dir, "test.db")}`, drop: async () => {} };
  }
  const admin = new URL(adminUrl());
  const name = `eks_test_${randomBytes(6).toString("hex")}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
