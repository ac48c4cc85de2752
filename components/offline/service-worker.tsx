"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { whenIdle } from "@/components/when-idle";

/**
 * Registers the offline-reading service worker (app/sw.js) and tells it which page is on screen and
 * which build assets it loaded: a client-side navigation fetches no HTML the worker could keep. The
 * worker decides what may be stored (lib/offline/policy.ts). Production only: `next dev` recompiles
 * assets on every change.
 */
export function ServiceWorker() {
  const pathname = usePathname();
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // After the first load settles: installing stores the course outline, which must not compete with it.
    return whenIdle(() => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined), 5000);
  }, []);
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.ready.then((registration) => {
      const assets = performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => name.startsWith(`${location.origin}/_next/static/`));
      registration.active?.postMessage({ type: "keep", page: pathname, assets });
    });
  }, [pathname]);
  return null;
}
