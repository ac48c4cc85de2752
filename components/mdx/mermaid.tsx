"use client";

import { useEffect, useId, useRef, useState } from "react";

type Strings = { loading: string; error: string; source: string };
type State = { kind: "idle" } | { kind: "ready"; svg: string } | { kind: "error"; message: string };

let renderQueue: Promise<unknown> = Promise.resolve();

/**
 * Draws a Mermaid chart once it comes near the viewport (the library is fetched only then),
 * and again whenever the colour theme changes. Bad syntax shows an error box, not a crash.
 */
export function Mermaid({ chart, label, describedBy, strings }: { chart: string; label: string; describedBy: string; strings: Strings }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [visible, setVisible] = useState(false);
  const [dark, setDark] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const html = document.documentElement;
    const update = () => setDark(html.classList.contains("dark"));
    update();
    const observer = new MutationObserver(update);
    observer.observe(html, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    // Mermaid keeps global config, so renders run one at a time.
    renderQueue = renderQueue.then(async () => {
      try {
        const { default: mermaid } = await import("mermaid");
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", fontFamily: "inherit" });
        const { svg } = await mermaid.render(`${id}-${dark ? "d" : "l"}`, chart);
        if (!cancelled) setState({ kind: "ready", svg });
      } catch (error) {
        document.getElementById(`d${id}-${dark ? "d" : "l"}`)?.remove();
        if (!cancelled) setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [visible, dark, chart, id]);

  return (
    <div ref={ref} className="min-h-24 overflow-x-auto rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-950" data-testid="diagram">
      {state.kind === "ready" ? (
        <div
          role="img"
          aria-label={label}
          aria-describedby={describedBy}
          className="flex justify-center [&_svg]:h-auto [&_svg]:max-w-full"
          dangerouslySetInnerHTML={{ __html: state.svg }}
        />
      ) : state.kind === "error" ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{strings.error}</p>
          <p className="mt-1 font-mono text-xs whitespace-pre-wrap">{state.message.split("\n").slice(0, 4).join("\n")}</p>
          <details className="mt-2">
            <summary className="cursor-pointer">{strings.source}</summary>
            <pre className="mt-1 overflow-x-auto text-xs">{chart}</pre>
          </details>
        </div>
      ) : (
        <p className="py-8 text-center text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
          {strings.loading}
        </p>
      )}
    </div>
  );
}
