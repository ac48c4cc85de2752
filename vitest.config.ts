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
      // The container image's runtime stage: needs a production build, so `npm test` runs it after `next build` (npm run test:container).
      ...(process.env.VITEST_CONTAINER === "1"
        ? [{ resolve: { alias }, test: { name: "container", include: ["tests/container/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 300_000 } }]
        : []),
    ],
  },
});
