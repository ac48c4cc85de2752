import { Link } from "@/components/ui/link";

export function Breadcrumbs({ label, items }: { label: string; items: { href?: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={`${item.text}-${i}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              <Link href={item.href} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                {item.text}
              </Link>
            ) : (
              <span aria-current="page" className="text-zinc-900 dark:text-zinc-100">
                {item.text}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
