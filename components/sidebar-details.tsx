"use client";

import { useEffect, useRef, type ComponentProps } from "react";

/** Matches the `lg` breakpoint the sidebar layout and globals.css (.course-nav-details) use. */
const WIDE = "(min-width: 64rem)";

/**
 * A <details> that is open whenever the screen is wide enough for a sidebar, and folded (the reader's
 * to open) on narrower ones. globals.css already shows its content from lg up before this runs; being
 * really open there keeps the semantics right for assistive technology and the content focusable.
 */
export function SidebarDetails({ children, ...props }: ComponentProps<"details">) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const media = matchMedia(WIDE);
    const sync = () => {
      if (ref.current) ref.current.open = media.matches;
    };
    sync();
    media.addEventListener("change", sync);
    return () => media.removeEventListener("change", sync);
  }, []);
  return (
    <details ref={ref} {...props}>
      {children}
    </details>
  );
}
