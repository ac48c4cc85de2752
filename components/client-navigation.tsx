"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { isLocale } from "@/lib/i18n/locales";

/** The path to navigate to client-side, or null when the browser should follow the link itself. */
export function clientRouteOf(anchor: HTMLAnchorElement, here: Location): string | null {
  if (anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self") || anchor.dataset.native !== undefined) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  // Only pages of the course (/en/…, /zh/…): the API, files and the worker load natively.
  if (!isLocale(url.pathname.split("/")[1] ?? "")) return null;
  // A jump within this page is the browser's.
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null;
  return url.pathname + url.search + url.hash;
}

function anchorOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>("a[href]") : null;
}

/**
 * Client-side navigation and intent prefetching for every internal link on the page (see
 * components/ui/link.tsx). Listens on window, so a component's own click handler runs first and
 * can cancel the navigation with preventDefault; modified clicks (new tab, download) stay native.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const warmed = new Set<string>();
    const warm = (event: Event) => {
      const anchor = anchorOf(event.target);
      const route = anchor && clientRouteOf(anchor, location);
      if (!route) return;
      const path = route.split("#")[0]!;
      if (warmed.has(path)) return;
      warmed.add(path);
      router.prefetch(path);
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = anchorOf(event.target);
      const route = anchor && clientRouteOf(anchor, location);
      if (!route) return;
      event.preventDefault();
      router.push(route);
    };
    window.addEventListener("pointerover", warm, { passive: true });
    window.addEventListener("touchstart", warm, { passive: true });
    window.addEventListener("focusin", warm);
    window.addEventListener("click", click);
    return () => {
      window.removeEventListener("pointerover", warm);
      window.removeEventListener("touchstart", warm);
      window.removeEventListener("focusin", warm);
      window.removeEventListener("click", click);
    };
  }, [router]);
  return null;
}
