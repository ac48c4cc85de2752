import type { TocEntry } from "@/lib/course/outline";

export function TableOfContents({ label, entries }: { label: string; entries: TocEntry[] }) {
  if (!entries.length) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <p className="mb-2 font-semibold">{label}</p>
      <ul className="space-y-1.5">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? "ml-3" : ""}>
            <a href={`#${e.id}`} className="text-zinc-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-zinc-300">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
