"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, PointerEvent, TouchEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches on intent, not on sight. Next's default fetches every visible link's
 * page payload (and its scripts) as the page loads: the header alone is seven links, a module page
 * twenty more, and parsing those answers on the phone's main thread is what made the first load
 * block for seconds. Here a link's page is fetched when a pointer rests on it, a finger touches it
 * or the keyboard focuses it — still before the click lands, at a cost only for links a reader
 * reaches for. Every link in the app comes from here (a unit test holds that).
 */
export function Link({ href, prefetch, onPointerEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const target = typeof href === "string" && href.startsWith("/") && !href.startsWith("//") ? href : null;
  const warm = () => {
    if (target && prefetch !== false) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event: PointerEvent<HTMLAnchorElement>) => {
        warm();
        onPointerEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        warm();
        onTouchStart?.(event);
      }}
    />
  );
}
