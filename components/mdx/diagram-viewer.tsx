"use client";

import { useEffect, useRef, useState } from "react";
import { clampZoom, fitZoom, stepZoom } from "@/lib/diagrams/size";

export type ViewerStrings = { close: string; zoomIn: string; zoomOut: string; reset: string; zoomLevel: string; keys: string };

const toolButton =
  "rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700";

/**
 * A diagram full screen in a modal dialog: buttons and + / − / 0 zoom, arrow keys or a finger pan
 * (the frame scrolls), two fingers pinch to zoom. Esc or "Close" returns focus to the opener.
 */
export function DiagramViewer({ svg, natural, label, strings, onClose }: { svg: string; natural: number; label: string; strings: ViewerStrings; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<number | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; zoom: number } | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    frameRef.current?.focus();
    setZoom(fitZoom(natural, (frameRef.current?.clientWidth ?? natural) - 32));
    return () => opener?.focus();
  }, [natural]);

  const current = zoom ?? 1;
  const fit = () => setZoom(fitZoom(natural, (frameRef.current?.clientWidth ?? natural) - 32));

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "+" || event.key === "=") setZoom(stepZoom(current, 1));
    else if (event.key === "-" || event.key === "_") setZoom(stepZoom(current, -1));
    else if (event.key === "0") fit();
    else return;
    event.preventDefault();
  }

  function distance() {
    const [a, b] = [...pointers.current.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
  function onPointerDown(event: React.PointerEvent) {
    if (event.pointerType !== "touch") return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 2) pinch.current = { distance: distance(), zoom: current };
  }
  function onPointerMove(event: React.PointerEvent) {
    if (!pointers.current.has(event.pointerId)) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch.current && pinch.current.distance > 0) setZoom(clampZoom((pinch.current.zoom * distance()) / pinch.current.distance));
  }
  function onPointerEnd(event: React.PointerEvent) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
  }

  return (
    <dialog
      ref={dialogRef}
      aria-label={label}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-0 text-zinc-900 backdrop:bg-black/60 dark:bg-zinc-950 dark:text-zinc-100"
      data-testid="diagram-viewer"
    >
      <div className="flex h-full flex-col">
        <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 p-2 dark:border-zinc-800">
          <p className="mr-auto min-w-0 truncate text-sm font-semibold">{label}</p>
          <button type="button" className={toolButton} onClick={() => setZoom(stepZoom(current, -1))} aria-label={strings.zoomOut} data-testid="diagram-zoom-out">
            −
          </button>
          <output className="w-20 text-center text-sm tabular-nums" aria-live="polite" data-testid="diagram-zoom">
            {strings.zoomLevel} {Math.round(current * 100)}%
          </output>
          <button type="button" className={toolButton} onClick={() => setZoom(stepZoom(current, 1))} aria-label={strings.zoomIn} data-testid="diagram-zoom-in">
            +
          </button>
          <button type="button" className={toolButton} onClick={fit}>
            {strings.reset}
          </button>
          <button type="button" className={toolButton} onClick={() => dialogRef.current?.close()} data-testid="diagram-close">
            {strings.close}
          </button>
        </div>
        <p className="sr-only">{strings.keys}</p>
        <div
          ref={frameRef}
          tabIndex={0}
          role="region"
          aria-label={label}
          className="flex-1 touch-pan-x touch-pan-y overflow-auto p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          data-testid="diagram-viewer-frame"
        >
          <div
            role="img"
            aria-label={label}
            style={{ width: `${Math.round(natural * current)}px` }}
            className="mx-auto [&_svg]:h-auto! [&_svg]:w-full! [&_svg]:max-w-none!"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </div>
      </div>
    </dialog>
  );
}
