/** Applies committed migrations to DATABASE_URL (SQLite by default). Safe to run on every start. */
import { getEnv, EnvError } from "../../lib/env";
import { migrate } from "../../lib/db/migrate";

async function main() {
  const env = getEnv();
  const result = await migrate(env.DATABASE_URL);
  const what = result.applied.length ? `applied ${result.applied.join(", ")}` : "already up to date";
  console.log(`Database (${result.engine}): ${what}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `Database migration failed: ${(error as Error).message}`);
  process.exit(1);
});
