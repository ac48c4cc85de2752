/**
 * Generates one Prisma client per engine (a client is tied to its schema's provider).
 * Offline: `prisma generate` only needs the schema engine's path to exist, never runs it.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

for (const engine of ["sqlite", "postgresql"] as const) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${engine}/schema.prisma`], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
}
console.log("Prisma clients generated for sqlite and postgresql (lib/generated/).");
