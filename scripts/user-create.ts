/**
 * npm run user:create -- --email ada@example.com --role instructor [--name "Ada"] [--password …]
 *
 * Creates an account on the configured database (DATABASE_URL, SQLite by default), or updates the
 * role and password of an existing one. Without --password a strong one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "learner" }, name: { type: "string" }, password: { type: "string" } },
    strict: true,
  });
  const generated = values.password ? null : randomBytes(15).toString("base64url");
  const { createUserSchema, createOrUpdateUser } = await import("../lib/account/users");
  const parsed = createUserSchema.safeParse({ email: values.email, role: values.role, name: values.name, password: values.password ?? generated });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error('usage: npm run user:create -- --email ada@example.com --role instructor|learner [--name "Ada"] [--password …]');
    process.exit(2);
  }
  const { getEnv } = await import("../lib/env");
  const { migrate } = await import("../lib/db/migrate");
  await migrate(getEnv().DATABASE_URL);
  const { getDb } = await import("../lib/db");
  const db = getDb();
  const result = await createOrUpdateUser(db, parsed.data);
  console.log(`${result.created ? "Created" : "Updated"} ${parsed.data.email} with role ${result.role}.`);
  if (generated) console.log(`Password (shown once): ${generated}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
