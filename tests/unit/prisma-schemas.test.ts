import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (engine: string) => readFileSync(`prisma/${engine}/schema.prisma`, "utf8");

describe("Prisma schemas", () => {
  it("SQLite and PostgreSQL describe the same models (only provider and output differ)", () => {
    const normalise = (text: string) =>
      text
        .replace(/provider = "(sqlite|postgresql)"/, 'provider = "<engine>"')
        .replace(/output\s+= "\.\.\/\.\.\/lib\/generated\/(sqlite|postgresql)"/, 'output = "<out>"');
    expect(normalise(read("postgresql"))).toBe(normalise(read("sqlite")));
  });

  it("both engines have the same migrations", () => {
    const names = (engine: string) => readdirSync(`prisma/${engine}/migrations`).filter((n) => !n.endsWith(".toml"));
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});
