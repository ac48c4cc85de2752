/**
 * Prepares the database named by DATABASE_URL (SQLite by default): applies committed migrations,
 * then syncs the question banks from content/. Idempotent; runs before every start and build.
 */
import { getEnv, EnvError } from "../../lib/env";
import { migrate } from "../../lib/db/migrate";
import { createDb } from "../../lib/db";
import { loadQuestionBank } from "../../lib/quiz/bank";
import { syncQuestionBank } from "../../lib/quiz/sync";

async function main() {
  const env = getEnv();
  const result = await migrate(env.DATABASE_URL);
  const what = result.applied.length ? `applied ${result.applied.join(", ")}` : "schema up to date";
  const db = createDb(env.DATABASE_URL);
  try {
    const sync = await syncQuestionBank(db, loadQuestionBank());
    console.log(
      `Database (${result.engine}): ${what}; questions: ${sync.created} new, ${sync.newVersions} new versions, ${sync.retired} retired, ${sync.unchanged} unchanged.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `Database set-up failed: ${(error as Error).message}`);
  process.exit(1);
});
