import { readFileSync } from "node:fs";
import path from "node:path";
import { listModules } from "@/lib/course/queries";
import { locales } from "@/lib/i18n/locales";
import { buildServiceWorker } from "@/lib/offline/service-worker";

export const dynamic = "force-dynamic";

let script: string | undefined;

/** This deployment's id (Next writes it at build time); a new build means a new worker and new caches. */
function readBuildId(): string {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

/** The service worker, served from this origin's root so its scope is the whole site. */
export function GET() {
  script ??= buildServiceWorker({
    buildId: readBuildId(),
    outline: locales.flatMap((locale) => [`/${locale}`, ...listModules(locale).map((m) => m.href)]),
    offlinePages: Object.fromEntries(locales.map((locale) => [locale, `/${locale}/offline`])),
  });
  return new Response(script, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // Browsers check for a new worker on navigation; never let an HTTP cache hide a deploy.
      "Cache-Control": "no-cache, no-store, must-revalidate",
    },
  });
}
