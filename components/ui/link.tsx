import type { ComponentProps } from "react";

/**
 * An internal link: a plain <a>, with nothing to hydrate. <ClientNavigation> (components/client-navigation.tsx,
 * mounted once in the layout) turns clicks on links to pages into client-side navigations and
 * prefetches a page when a pointer rests on its link, a finger touches it or the keyboard focuses it.
 * One listener for the whole page replaces a component per link: next/link costs each link its own
 * hydration and effects (a lesson has sixty), and its default prefetch of every visible link fetched
 * and parsed a dozen page payloads during the first load. Every internal link comes from here (a
 * unit test holds that, so no next/link creeps back).
 */
export function Link({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={href} {...props} />;
}
