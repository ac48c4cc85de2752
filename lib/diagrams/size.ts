/**
 * How wide to draw a Mermaid SVG. Mermaid draws labels at 16 px for the diagram's natural width
 * (its viewBox) and lets the SVG shrink to any container, so a 1,000 px chart on a phone had 5 px
 * text. We let it shrink only down to the scale where labels are still 12 CSS px; past that, the
 * diagram keeps that size and its frame scrolls sideways.
 */
export const MERMAID_FONT_PX = 16;
export const MIN_TEXT_PX = 12;
export const MIN_SCALE = MIN_TEXT_PX / MERMAID_FONT_PX;

/** The natural width of an SVG document, from its viewBox (or width attribute). */
export function readNaturalWidth(svg: string): number | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const viewBox = /\bviewBox="([^"]+)"/i.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number);
  if (viewBox && viewBox.length === 4 && Number.isFinite(viewBox[2]) && viewBox[2]! > 0) return viewBox[2]!;
  const width = Number(/\bwidth="([\d.]+)(px)?"/i.exec(root)?.[1]);
  return Number.isFinite(width) && width > 0 ? width : null;
}

/**
 * The smallest scale at which a diagram's smallest label (in px at natural size) is still 12 px.
 * Mermaid's labels are 16 px (scale 0.75), but some diagram kinds draw 14 px notes or actors.
 */
export function legibleScale(smallestFontPx: number | null): number {
  if (!smallestFontPx || !Number.isFinite(smallestFontPx) || smallestFontPx <= 0) return MIN_SCALE;
  return Math.min(1.5, MIN_TEXT_PX / smallestFontPx);
}

/** Widths (CSS px) for the inline view: never wider than natural, never narrower than legible. */
export function inlineWidths(natural: number, minScale = MIN_SCALE): { max: number; min: number } {
  return { max: Math.round(Math.max(natural, natural * minScale)), min: Math.ceil(natural * minScale) };
}

/** Zoom steps of the full-screen view, as factors of the natural size. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The zoom that fits `natural` into `available` pixels, but not below legible nor above natural. */
export function fitZoom(natural: number, available: number): number {
  if (natural <= 0 || available <= 0) return 1;
  return Math.min(1, Math.max(MIN_SCALE, available / natural));
}

export function stepZoom(zoom: number, direction: 1 | -1): number {
  const steps = [...ZOOM_STEPS];
  if (direction === 1) return steps.find((s) => s > zoom + 1e-6) ?? steps[steps.length - 1]!;
  return [...steps].reverse().find((s) => s < zoom - 1e-6) ?? steps[0]!;
}

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, Math.max(ZOOM_STEPS[0]!, zoom));
}
