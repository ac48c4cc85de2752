import { LineCounter, parseDocument, isNode } from "yaml";

export type PathKey = string | number | symbol;

/** YAML parsed together with a way to find the line of any value, for error messages. */
export type LocatedYaml = {
  data: unknown;
  errors: { line: number; message: string }[];
  lineOf: (path: readonly PathKey[]) => number;
};

export function parseYamlLocated(text: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split("\n")[0] ?? e.message }));
  const lineOf = (path: readonly PathKey[]) => {
    // Walk up to the nearest existing node: a missing field is reported where its parent is.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return toLine(node.range[0]);
    }
    return firstLine;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
