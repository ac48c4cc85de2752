import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { readCodeElement } from "./code-block";
import { Mermaid } from "./mermaid";

type PreElement = React.ReactElement<{ children?: React.ReactNode }>;

/**
 * A captioned Mermaid diagram with a text alternative. The drawing happens in the browser, lazily.
 * `number` (1, 2, … in page order) names its caption and description: no hook, so the lesson's static
 * parts can be folded around it (components/static-html.ts).
 */
export function Diagram({ locale, number, caption, alt, children }: { locale: Locale; number: number; caption: string; alt: string; children: React.ReactNode }) {
  const t = getMessages(locale).diagram;
  const r = getReadingMessages(locale).diagram;
  const id = `diagram-${number}`;
  const pre = (Array.isArray(children) ? children.find((c) => c && typeof c === "object") : children) as PreElement | undefined;
  const { code } = readCodeElement(pre?.props.children);
  return (
    <figure className="not-prose my-8" aria-labelledby={`${id}-caption`}>
      <Mermaid
        chart={code}
        label={caption}
        describedBy={`${id}-description`}
        strings={{
          loading: t.loading,
          error: t.error,
          source: t.source,
          enlarge: r.enlarge,
          enlargeLabel: r.enlargeLabel(caption),
          region: r.region(caption),
          scrollHint: r.scrollHint,
          close: r.close,
          zoomIn: r.zoomIn,
          zoomOut: r.zoomOut,
          reset: r.reset,
          zoomLevel: r.zoomLevel,
          keys: r.keys,
        }}
      />
      <figcaption id={`${id}-caption`} className="mt-2 text-center text-sm text-zinc-600 dark:text-zinc-400">
        {caption}
      </figcaption>
      <details className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        <summary className="cursor-pointer text-center text-zinc-600 hover:underline dark:text-zinc-400">{t.description}</summary>
        <p id={`${id}-description`} className="mt-2 rounded-md bg-zinc-50 p-3 dark:bg-zinc-900">
          {alt}
        </p>
      </details>
    </figure>
  );
}
