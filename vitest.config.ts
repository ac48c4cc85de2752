import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js enforces this marker at build time; in tests every module is server-side anyway.
  "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file makes its own databases; running files one at a time keeps PostgreSQL connections low.
          fileParallelism: false,
        },
      },
    ],
  },
});
