/**
 * Check paths: dotted keys from the document root, `[n]` list indexes, `["key"]` for keys with dots
 * or slashes — `spec.metrics[0].resource.target.averageUtilization`, `metadata.annotations["a/b"]`.
 */
export type PathSegment = string | number;

export type PathParse = { ok: true; segments: PathSegment[] } | { ok: false; error: string };

export function parseCheckPath(path: string): PathParse {
  const segments: PathSegment[] = [];
  let i = 0;
  const fail = (error: string): PathParse => ({ ok: false, error: `${error} at character ${i + 1} of '${path}'` });
  if (!path) return { ok: true, segments };
  let expectKey = true;
  while (i < path.length) {
    const ch = path[i]!;
    if (ch === "[") {
      const close = path.indexOf("]", i);
      if (close === -1) return fail("unclosed [");
      const inner = path.slice(i + 1, close);
      const quoted = /^"([^"]*)"$|^'([^']*)'$/.exec(inner);
      if (quoted) segments.push(quoted[1] ?? quoted[2] ?? "");
      else if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else return fail('expected [number] or ["key"]');
      i = close + 1;
      expectKey = false;
      continue;
    }
    if (ch === ".") {
      if (expectKey) return fail("empty key");
      i++;
      expectKey = true;
      if (i >= path.length) return fail("path ends with '.'");
      continue;
    }
    if (!expectKey) return fail("expected '.' or '['");
    const match = /^[^.[\]"']+/.exec(path.slice(i));
    if (!match) return fail("unexpected character");
    segments.push(match[0]);
    i += match[0].length;
    expectKey = false;
  }
  return { ok: true, segments };
}

/** Follows a path through plain data; `found` is false when any step is missing. */
export function resolvePath(root: unknown, segments: readonly PathSegment[]): { found: boolean; value: unknown } {
  let value = root;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (!Array.isArray(value) || segment >= value.length) return { found: false, value: undefined };
      value = value[segment];
    } else {
      if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, segment)) return { found: false, value: undefined };
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value };
}

/** Renders segments back into the path notation above (for messages). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(s)) out += out ? `.${s}` : s;
    else out += `["${s}"]`;
  }
  return out;
}
