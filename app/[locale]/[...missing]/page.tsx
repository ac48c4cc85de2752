import { notFound } from "next/navigation";

/**
 * Any path under /en or /zh that no page claims lands here and gets the branded 404 of that
 * language (app/[locale]/not-found.tsx, inside the site layout) instead of Next's bare one.
 */
export default function MissingPage(): never {
  notFound();
}
