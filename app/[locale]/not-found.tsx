import { NotFoundView } from "@/components/not-found-view";
import { listModuleLinks } from "@/lib/course/not-found-links";

/** 404 inside a language's pages (the site header with search and navigation stays above it). */
export default function NotFound() {
  return <NotFoundView modules={listModuleLinks()} />;
}
