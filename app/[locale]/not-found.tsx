import { NotFoundContent } from "@/components/not-found-content";
import { listModuleLinks } from "@/lib/course/not-found-links";
import { locales } from "@/lib/i18n/locales";

/**
 * 404 inside a language's pages, below the site header (navigation and search). A not-found file
 * is not given the route's params, and a client component to read them would ship with every page;
 * so both languages are in the HTML and CSS shows the one matching <html lang> (app/globals.css).
 */
export default function NotFound() {
  const modules = listModuleLinks();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      {locales.map((locale) => (
        <div key={locale} data-only-lang={locale}>
          <NotFoundContent locale={locale} modules={modules[locale]} searchHref="#search" />
        </div>
      ))}
    </main>
  );
}
