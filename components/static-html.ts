import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * Server-rendered trees with their static parts folded into HTML strings, so the browser's React has
 * less to hydrate.
 *
 * React hydrates every element a server component rendered, static or not: a lesson's 240 elements
 * of prose each cost a fiber, a DOM match and a slot in the page's inline payload, and the outline
 * and glossary are the same. `freezeStatic` renders server components itself, then gives every host
 * element whose subtree holds no client component a single `dangerouslySetInnerHTML` child: the DOM
 * the browser receives is unchanged (the same elements, attributes and text), but React sees one
 * element where there were dozens. Client components (islands: diagrams, knowledge checks, labs,
 * ticks) stay elements, with their children folded the same way.
 *
 * Only what is known to serialise exactly is folded: a host element with a prop outside the list
 * below, a `ref`, a `javascript:` URL or an element React treats specially (form fields, scripts)
 * is kept as an element, so anything unusual still goes through React unchanged.
 */

const CLIENT_REFERENCE = Symbol.for("react.client.reference");
const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "source", "track", "wbr"]);
/** Elements React renders with rules of its own (values, hoisting, inert contents): never folded. */
const SPECIAL = new Set(["script", "style", "link", "meta", "title", "base", "textarea", "select", "option", "form", "iframe", "object", "noscript", "template", "svg", "math"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex" };
const PLAIN = new Set(["id", "href", "title", "alt", "src", "rel", "target", "role", "lang", "dir", "start", "type", "width", "height", "loading", "decoding", "align", "colSpan", "rowSpan"]);
const BOOLEAN = new Set(["checked", "disabled", "hidden", "open", "reversed"]);
const URL_PROPS = new Set(["href", "src"]);

/** React's own escaping (escapeTextForBrowser), so a folded string reads exactly as React would write it. */
function escape(text: string): string {
  return text.replace(/["&'<>]/g, (c) => ({ '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" })[c]!);
}

type Host = ReactElement<Record<string, unknown> & { children?: ReactNode }, string>;

function isHost(node: ReactNode): node is Host {
  return isValidElement(node) && typeof node.type === "string";
}

function hyphenate(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** ` name="value"…` for a host element's props, or null if one of them is not plainly serialisable. */
function attributesOf(props: Record<string, unknown>): string | null {
  let out = "";
  let checked = ""; // React writes an input's `checked` after its other attributes
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "dangerouslySetInnerHTML" || value === undefined || value === null) continue;
    if (name === "style") {
      if (typeof value !== "object") return null;
      const rules: string[] = [];
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined || v === null || v === "") continue;
        if (typeof v !== "string") return null;
        rules.push(`${hyphenate(key)}:${v.trim()}`);
      }
      if (rules.length > 0) out += ` style="${escape(rules.join(";"))}"`;
      continue;
    }
    if (BOOLEAN.has(name)) {
      if (typeof value !== "boolean") return null;
      if (value && name === "checked") checked = ' checked=""';
      else if (value) out += ` ${name}=""`;
      continue;
    }
    const attribute = RENAMED[name] ?? (PLAIN.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name) ? name : null);
    if (!attribute) return null;
    if (typeof value === "boolean") {
      if (!name.startsWith("aria-") && !name.startsWith("data-")) return null;
      out += ` ${attribute}="${value}"`;
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number") return null;
    if (URL_PROPS.has(name) && /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i.test(String(value))) return null;
    out += ` ${attribute}="${escape(String(value))}"`;
  }
  return out + checked;
}

/** The HTML of a resolved subtree (host elements and text only), or null if any part must stay React. */
function htmlOf(node: ReactNode): string | null {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escape(String(node));
  if (Array.isArray(node)) {
    let out = "";
    for (const child of node) {
      const html = htmlOf(child);
      if (html === null) return null;
      out += html;
    }
    return out;
  }
  if (isValidElement(node) && node.type === Fragment) return htmlOf((node.props as { children?: ReactNode }).children);
  if (!isHost(node) || SPECIAL.has(node.type) || (node.props as { ref?: unknown }).ref !== undefined) return null;
  const attributes = attributesOf(node.props);
  if (attributes === null) return null;
  if (VOID.has(node.type)) return `<${node.type}${attributes}/>`;
  const inner = innerHtmlOf(node);
  return inner === null ? null : `<${node.type}${attributes}>${inner}</${node.type}>`;
}

function innerHtmlOf(node: Host): string | null {
  const raw = node.props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  if (raw !== undefined) return typeof raw?.__html === "string" ? raw.__html : null;
  return htmlOf(node.props.children);
}

type ServerComponent = (props: unknown) => ReactNode | Promise<ReactNode>;

/** A server function component; client components (references to the browser's code) and classes are not. */
function isServerComponent(type: unknown): type is ServerComponent {
  return typeof type === "function" && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE && !(type.prototype as { isReactComponent?: unknown } | undefined)?.isReactComponent;
}

async function renderServerComponent(type: ServerComponent, props: unknown): Promise<ReactNode> {
  try {
    return await type(props);
  } catch (error) {
    // Outside React's render there is no dispatcher, so a hook fails as "reading 'useId' of null".
    if (error instanceof TypeError && /reading 'use[A-Z]\w*'/.test(error.message)) {
      throw new Error(`freezeStatic renders server components itself, so they cannot use hooks: ${type.name || "a component"} does (${error.message})`);
    }
    throw error;
  }
}

/**
 * Calls server components (plain functions, possibly async) until only host elements, client
 * components and text remain, as React would when it renders them: depth first, in order.
 */
async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) {
    const out: ReactNode[] = [];
    for (const child of node) out.push(await resolve(child));
    return out;
  }
  if (!isValidElement(node)) return node;
  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (isServerComponent(type)) return resolve(await renderServerComponent(type, props));
  if (props.children === undefined) return node;
  return cloneElement(node, undefined, await resolve(props.children));
}

/** Folds every static subtree of a resolved tree into its host element's inner HTML. */
function fold(node: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map((child, i) => withKey(fold(child), i));
  if (!isValidElement(node)) return node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (isHost(node) && props.children !== undefined && props.children !== null && typeof props.children !== "string") {
    const inner = SPECIAL.has(node.type) ? null : htmlOf(props.children);
    if (inner !== null && attributesOf(props) !== null) {
      const { children: _children, ...rest } = props;
      // A null key must stay absent: createElement would turn it into the string "null".
      return createElement(node.type, { ...rest, ...(node.key === null ? {} : { key: node.key }), dangerouslySetInnerHTML: { __html: inner } });
    }
  }
  if (props.children === undefined) return node;
  return cloneElement(node, undefined, fold(props.children));
}

function withKey(node: ReactNode, index: number): ReactNode {
  return isValidElement(node) && node.key === null ? cloneElement(node, { key: String(index) }) : node;
}

/** The same tree, rendered as far as the server can and with its static parts folded into HTML. */
export async function freezeStatic(node: ReactNode): Promise<ReactNode> {
  return fold(await resolve(node));
}
