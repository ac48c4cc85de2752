/**
 * The small Markdown of lab scenarios and explanations: paragraphs, "- " or "1. " lists,
 * `inline code` and **bold**. Parsed into plain data so server and client render it the same way.
 */
export type Inline = { kind: "text" | "code" | "strong"; text: string };
export type Block = { kind: "p"; inlines: Inline[] } | { kind: "ul" | "ol"; items: Inline[][] };

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function joinLines(lines: string[]): string {
  return lines.reduce((out, line) => {
    const next = line.trim();
    if (!out) return next;
    return CJK.test(out.slice(-1)) || CJK.test(next.charAt(0)) ? out + next : `${out} ${next}`;
  }, "");
}

export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ kind: "text", text: text.slice(last, match.index) });
    out.push(match[1] !== undefined ? { kind: "code", text: match[1] } : { kind: "strong", text: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

export function parseLabMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((l) => l.trim());
    if (!lines.length) continue;
    const bullet = /^\s*[-*]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    const marker = lines.every((l, i) => i === 0 ? bullet.test(l) : true) ? bullet : lines[0] && numbered.test(lines[0]) ? numbered : null;
    if (marker) {
      const items: string[][] = [];
      for (const line of lines) {
        if (marker.test(line)) items.push([line.replace(marker, "")]);
        else items[items.length - 1]?.push(line);
      }
      blocks.push({ kind: marker === bullet ? "ul" : "ol", items: items.map((i) => parseInlines(joinLines(i))) });
    } else {
      blocks.push({ kind: "p", inlines: parseInlines(joinLines(lines)) });
    }
  }
  return blocks;
}
