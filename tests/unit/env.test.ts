import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, EnvError, getDatabaseEngine, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("needs nothing for the SQLite default", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(env.PORT).toBe(3000);
    expect(getDatabaseEngine(env.DATABASE_URL)).toBe("sqlite");
  });

  it("accepts a PostgreSQL URL and treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://app:secret@db.internal:5432/eks_course", PORT: "" });
    expect(getDatabaseEngine(env.DATABASE_URL)).toBe("postgresql");
    expect(env.PORT).toBe(3000);
  });

  it.each([
    ["mysql://root@localhost/db", /DATABASE_URL: must start with file: \(SQLite\) or postgresql:\/\//],
    ["postgresql://localhost", /DATABASE_URL: a postgresql:\/\/ URL needs a database name/],
    ["postgresql://", /DATABASE_URL: /],
    ["file:", /DATABASE_URL: a file: URL needs a path/],
  ])("rejects DATABASE_URL=%s with a message naming the variable", (value, message) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(message);
  });

  it("never echoes credentials from a bad URL", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://root:hunter2@localhost/db" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).not.toContain("hunter2");
    }
  });

  it("rejects a port out of range", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: /);
  });

  it("bounds the heap's growth by default, lets an operator turn it off, and refuses nonsense", () => {
    expect(parseEnv({}).HEAP_GROWING_PERCENT).toBe(50);
    expect(parseEnv({ HEAP_GROWING_PERCENT: "0" }).HEAP_GROWING_PERCENT).toBe(0);
    expect(parseEnv({ HEAP_GROWING_PERCENT: "100" }).HEAP_GROWING_PERCENT).toBe(100);
    for (const bad of ["-1", "401", "1.5", "lots"]) expect(() => parseEnv({ HEAP_GROWING_PERCENT: bad })).toThrow(/HEAP_GROWING_PERCENT: /);
  });
});
