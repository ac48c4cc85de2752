import type { ReactNode } from "react";

type Props = { id: string; title: string; caption: string; showTable: string; chart: ReactNode; table: ReactNode; testId: string };

/**
 * A chart in a <section> with its heading: a <figure> holding the caption, the SVG (role="img",
 * named by the heading and caption: see svgLabel) and the same data as a real table, folded in a
 * <details> so it is always in the page for screen readers, search and copying.
 */
export function ChartFrame({ id, title, caption, showTable, chart, table, testId }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <figure className="m-0 mt-1">
        <figcaption id={`${id}-caption`} className="text-sm text-zinc-700 dark:text-zinc-300">
          {caption}
        </figcaption>
        <div className="mt-3">{chart}</div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">{showTable}</summary>
          {table}
        </details>
      </figure>
    </section>
  );
}

/** The attributes that make a chart's SVG an image named by its section's heading and caption. */
export const svgLabel = (id: string) => ({ role: "img", "aria-labelledby": `${id}-title ${id}-caption` }) as const;
