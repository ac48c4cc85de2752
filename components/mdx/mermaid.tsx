"use client";

import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { inlineWidths, legibleScale, MIN_SCALE, readNaturalWidth } from "@/lib/diagrams/size";
import type { ViewerStrings } from "./diagram-viewer";

// The full-screen viewer loads on first use, not with every lesson.
const DiagramViewer = lazy(() => import("./diagram-viewer").then((m) => ({ default: m.DiagramViewer })));

export type MermaidStrings = ViewerStrings & { loading: string; error: string; source: string; enlarge: string; enlargeLabel: string; region: string; scrollHint: string };
type State = { kind: "idle" } | { kind: "ready"; svg: string; natural: number | null } | { kind: "error"; message: string };

let renderQueue: Promise<unknown> = Promise.resolve();

/**
 * Draws a Mermaid chart once it comes near the viewport (the library is fetched only then),
 * and again whenever the colour theme changes. Bad syntax shows an error box, not a crash.
 * A chart wider than its frame keeps legible text and scrolls sideways; "Full screen" opens it
 * in a zoomable, pannable viewer.
 */
export function Mermaid({ chart, label, describedBy, strings }: { chart: string; label: string; describedBy: string; strings: MermaidStrings }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [visible, setVisible] = useState(false);
  const [dark, setDark] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [overflows, setOverflows] = useState(false);
  const [viewing, setViewing] = useState(false);
  const [minScale, setMinScale] = useState(MIN_SCALE);

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
        if (!cancelled) setState({ kind: "ready", svg, natural: readNaturalWidth(svg) });
      } catch (error) {
        document.getElementById(`d${id}-${dark ? "d" : "l"}`)?.remove();
        if (!cancelled) setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [visible, dark, chart, id]);

  // Whether the legible-size chart is wider than its frame (then the frame scrolls and is focusable).
  const frameRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || state.kind !== "ready") return;
    // The smallest label at natural size decides how far the chart may shrink.
    const sizes = [...frame.querySelectorAll("svg text, svg .nodeLabel, svg .edgeLabel, svg .label")]
      .filter((el) => el.textContent?.trim())
      .map((el) => parseFloat(getComputedStyle(el).fontSize))
      .filter((n) => Number.isFinite(n) && n > 0);
    setMinScale(legibleScale(sizes.length ? Math.min(...sizes) : null));
    const measure = () => setOverflows(frame.scrollWidth > frame.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [state, minScale]);

  const widths = state.kind === "ready" && state.natural ? inlineWidths(state.natural, minScale) : null;
  const sizeStyle = widths
    ? ({ "--diagram-max": `${widths.max}px`, "--diagram-min": `${widths.min}px` } as React.CSSProperties)
    : ({ "--diagram-max": "100%", "--diagram-min": "0px" } as React.CSSProperties);

  return (
    <div ref={ref} className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950" data-testid="diagram" data-state={state.kind}>
      {state.kind === "ready" ? (
        <>
          <div
            ref={frameRef}
            className="overflow-x-auto p-3 focus-visible:outline-2 focus-visible:outline-brand-600"
            {...(overflows ? { tabIndex: 0, role: "region", "aria-label": strings.region } : {})}
            data-testid="diagram-frame"
            data-overflows={overflows ? "true" : "false"}
          >
            {viewing ? (
              <div className="min-h-24" />
            ) : (
              <div
                role="img"
                aria-label={label}
                aria-describedby={describedBy}
                style={sizeStyle}
                className="[&_svg]:mx-auto [&_svg]:block [&_svg]:h-auto! [&_svg]:w-full! [&_svg]:max-w-(--diagram-max)! [&_svg]:min-w-(--diagram-min)!"
                dangerouslySetInnerHTML={{ __html: state.svg }}
              />
            )}
          </div>
          <div className="flex items-center justify-between gap-2 border-t border-zinc-200 px-3 print:hidden py-1.5 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <span>{overflows ? strings.scrollHint : ""}</span>
            <button
              type="button"
              onClick={() => setViewing(true)}
              aria-label={strings.enlargeLabel}
              className="rounded border border-zinc-300 px-2 py-1 font-medium text-zinc-800 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:text-zinc-200"
              data-testid="diagram-enlarge"
            >
              {strings.enlarge}
            </button>
          </div>
          {viewing && state.natural && (
            <Suspense fallback={null}>
              <DiagramViewer svg={state.svg} natural={state.natural} label={label} strings={strings} onClose={() => setViewing(false)} />
            </Suspense>
          )}
        </>
      ) : state.kind === "error" ? (
        <div role="alert" className="m-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{strings.error}</p>
          <p className="mt-1 font-mono text-xs whitespace-pre-wrap">{state.message.split("\n").slice(0, 4).join("\n")}</p>
          <details className="mt-2">
            <summary className="cursor-pointer">{strings.source}</summary>
            <pre className="mt-1 overflow-x-auto text-xs">{chart}</pre>
          </details>
        </div>
      ) : (
        <p className="min-h-24 py-8 text-center text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
          {strings.loading}
        </p>
      )}
    </div>
  );
}
