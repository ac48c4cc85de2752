// Prisma CLI configuration. The app itself never reads this file: lib/db.ts builds the client.
// Where the schema-engine binary is available, `prisma migrate deploy` works with the same
// migrations that scripts/db/migrate.ts applies offline.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL || "file:./data/course.db";
const engine = url.startsWith("file:") ? "sqlite" : "postgresql";

export default defineConfig({
  schema: `prisma/${engine}/schema.prisma`,
  migrations: { path: `prisma/${engine}/migrations` },
  datasource: { url },
});
