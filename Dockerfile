# The course as a container image: `docker build -t eks-course .`
# Stages: build (install everything, check the content, build) → prod-deps (drop dev dependencies) →
# runtime (a slim Node with the build output and production dependencies only, as a non-root user).
# tests/container/runtime.test.ts assembles exactly what the runtime stage copies (it reads this file)
# and starts it as CMD does, so keep COPY lines to the form `COPY --from=<stage> /app/<path> ./<path>`.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module where no prebuilt one matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY . .
RUN npm ci --no-audit --no-fund
# Content check, database set-up on a throwaway SQLite file, `next build`; the build cache stays behind.
RUN npm run build && rm -rf .next/cache data

FROM build AS prod-deps
# npm's production set. It keeps "devOptional" packages (vitest, Playwright, jsdom, typescript, prisma: optional
# peer dependencies of better-auth, next and @prisma/client that are also dev dependencies here); nothing loads them.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# MALLOC_ARENA_MAX: glibc's allocator keeps up to 8 arenas per core for the server's threads, each holding
# freed memory; two bound the resident memory under load (README, Performance). `npm start` sets it too.
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DATABASE_URL=file:/app/data/course.db \
    NEXT_TELEMETRY_DISABLED=1
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
# The Next build, with the configuration it resolved (.next/required-server-files.json): next.config.ts is not needed.
COPY --from=build /app/.next ./.next
# The compiled server and database set-up (npm run build:server): plain JavaScript, no tsx at run time.
COPY --from=build /app/dist ./dist
COPY --from=build /app/public ./public
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/content ./content
# The only places the app writes: the SQLite file (a volume in Kubernetes) and Next's cache.
RUN mkdir -p /app/data /app/.next/cache && chown 1000:1000 /app/data /app/.next/cache
# The image's `node` user, by number so Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs: the database set-up (migrations, question sync), then the server, which replaces the
# shell (exec) and so receives SIGTERM itself.
CMD ["sh", "-c", "node dist/setup.mjs && exec node dist/serve.mjs"]
