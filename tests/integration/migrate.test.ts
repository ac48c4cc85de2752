import { cpSync, mkdtempSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { migrate, migrationsDir, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, engines, type TestDatabase } from "./databases";

describe.each(engines)("migrations on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("applies every migration to an empty database, then does nothing on a second run", async () => {
    const all = readMigrations(migrationsDir(engine)).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    const first = await migrate(database.url);
    expect(first).toEqual({ engine, applied: all, alreadyApplied: [] });
    const second = await migrate(database.url);
    expect(second).toEqual({ engine, applied: [], alreadyApplied: all });
  });

  it("keeps Prisma Migrate's bookkeeping, so `prisma migrate deploy` can take over", async () => {
    const db = createDb(database.url);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const files = readMigrations(migrationsDir(engine));
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("gives a working schema for the Prisma client", async () => {
    const db = createDb(database.url);
    try {
      const learner = await db.learner.create({ data: { id: `learner-${engine}` } });
      await db.lessonCompletion.create({ data: { learnerId: learner.id, module: "architecture", lesson: "control-plane" } });
      const found = await db.learner.findUniqueOrThrow({ where: { id: learner.id }, include: { completions: true } });
      expect(found.completions).toHaveLength(1);
      expect(found.createdAt).toBeInstanceOf(Date);
      await expect(db.lessonCompletion.create({ data: { learnerId: learner.id, module: "architecture", lesson: "control-plane" } })).rejects.toMatchObject({ code: "P2002" });
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses to continue when an applied migration was edited, and changes nothing", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "eks-course-mig-"));
    cpSync(path.join(process.cwd(), "prisma"), path.join(root, "prisma"), { recursive: true });
    const [first] = readMigrations(migrationsDir(engine, root));
    appendFileSync(path.join(migrationsDir(engine, root), first!.name, "migration.sql"), "\n-- edited\n");
    writeFileSync(path.join(root, "marker"), "");
    await expect(migrate(database.url, { root })).rejects.toThrow(/was edited after it was applied/);
  });

  it("applies a new migration once and rolls back a failing one completely", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "eks-course-mig-"));
    cpSync(path.join(process.cwd(), "prisma"), path.join(root, "prisma"), { recursive: true });
    const dir = migrationsDir(engine, root);
    const add = (name: string, sql: string) => {
      cpSync(path.join(dir, readMigrations(dir)[0]!.name), path.join(dir, name), { recursive: true });
      writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    add("29990101000000_add_note", `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);`);
    expect((await migrate(database.url, { root })).applied).toEqual(["29990101000000_add_note"]);
    expect((await migrate(database.url, { root })).applied).toEqual([]);

    add("29990102000000_broken", `CREATE TABLE "Half" ("id" TEXT NOT NULL PRIMARY KEY);\nCREATE TABLE "Note" ("id" TEXT);`);
    await expect(migrate(database.url, { root })).rejects.toThrow();
    const db = createDb(database.url);
    try {
      const tables =
        engine === "sqlite"
          ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type='table' AND name = 'Half'`)
          : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name AS name FROM information_schema.tables WHERE table_name = 'Half'`);
      expect(tables).toEqual([]);
      const recorded = await db.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE migration_name = '29990102000000_broken'`);
      expect(Number(recorded[0]!.n)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
