import { cloneElement, createElement as h, Fragment, isValidElement, useId, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { freezeStatic } from "@/components/static-html";

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

/** What a "use client" export looks like to server code: a function marked as a client reference. */
function clientComponent(name: string) {
  const island = ({ children }: { children?: ReactNode }) => h("div", { "data-island": name }, children);
  Object.defineProperty(island, "$$typeof", { value: CLIENT_REFERENCE });
  return island;
}

/** React separates adjacent text nodes with <!-- --> so it can hydrate them; folded HTML does not need to. */
const markup = (node: ReactNode) => renderToStaticMarkup(h(Fragment, null, node)).replaceAll("<!-- -->", "");

/** Elements React will walk when it hydrates the tree: what folding exists to cut. */
function countElements(node: ReactNode): number {
  if (Array.isArray(node)) return node.reduce((n: number, child: ReactNode) => n + countElements(child), 0);
  if (!isValidElement(node)) return 0;
  return 1 + countElements((node.props as { children?: ReactNode }).children);
}

const Island = clientComponent("tick");
const Link = ({ href, children, ...rest }: { href: string; children?: ReactNode; className?: string }) => h("a", { href, ...rest }, children);
const AsyncCode = async ({ code }: { code: string }) => h("div", { className: "code", dangerouslySetInnerHTML: { __html: `<pre>${code}</pre>` } });

const lesson = h(
  Fragment,
  null,
  h("h2", { id: "why" }, "Why ", h("code", null, "kubectl"), " & <friends>"),
  "\n",
  h("p", { className: "lead" }, "Quotes \" and ' stay ", h("strong", null, "escaped"), "."),
  h("ul", null, h("li", null, h(Link, { href: "/en/learn?a=1&b=2", className: "x" }, "a link")), h("li", { "data-state": "done", "aria-hidden": true }, "two")),
  h("table", null, h("tbody", null, h("tr", null, h("td", { colSpan: 2, style: { textAlign: "left" } }, "cell")))),
  h(AsyncCode, { code: "a &lt; b" }),
  h("p", null, "Before ", h(Island, null, h("em", null, "inside")), " after"),
  h("hr"),
  h("p", null, h("input", { type: "checkbox", checked: true, disabled: true }), " task"),
);

describe("freezeStatic", () => {
  it("renders exactly the HTML the unfolded tree renders", async () => {
    const frozen = await freezeStatic(lesson);
    // renderToStaticMarkup cannot await an async component: the reference tree has its output in place.
    const reference = replaceAsync(lesson, await AsyncCode({ code: "a &lt; b" }));
    expect(markup(frozen)).toBe(markup(reference));
  });

  it("folds static subtrees into one element each and keeps client components as elements", async () => {
    const frozen = await freezeStatic(lesson);
    // The fragment, its nine blocks (the paragraph with an island keeps its children), the island and its <em>.
    expect(countElements(lesson)).toBe(20);
    expect(countElements(frozen)).toBe(11);
    const html = markup(frozen);
    expect(html).toContain('<div data-island="tick"><em>inside</em></div>');
    expect(html).toContain('<a href="/en/learn?a=1&amp;b=2" class="x">a link</a>');
    expect(html).toContain("Quotes &quot; and &#x27; stay");
    expect(html).toContain('<td colSpan="2" style="text-align:left">cell</td>');
    // The paragraph around the island is still an element with its own children.
    const paragraphs = (frozen as React.ReactElement<{ children: ReactNode[] }>).props.children.filter(
      (c) => isValidElement(c) && c.type === "p",
    ) as React.ReactElement<{ children?: unknown; dangerouslySetInnerHTML?: unknown }>[];
    expect(paragraphs[1]!.props.dangerouslySetInnerHTML).toBeUndefined();
    expect(paragraphs[0]!.props.dangerouslySetInnerHTML).toBeDefined();
  });

  it("gives siblings distinct keys and keeps the keys they had", async () => {
    const list = h("ul", null, ["a", "b"].map((k) => h("li", { key: k }, h(Island, null, k))));
    const frozen = (await freezeStatic(h("div", null, h("p", null, h("b", null, "1")), h("p", null, h("b", null, "2")), h(Island, null, list)))) as React.ReactElement<{ children: ReactNode[] }>;
    const keys = (nodes: ReactNode[]) => nodes.map((n) => (isValidElement(n) ? n.key : null));
    expect(keys(frozen.props.children)).toEqual(["0", "1", "2"]);
    const island = frozen.props.children[2] as React.ReactElement<{ children: React.ReactElement<{ children: ReactNode[] }> }>;
    const items = island.props.children.props.children;
    expect(keys(items)).toEqual(["a", "b"]);
  });

  it("leaves anything it cannot serialise exactly to React", async () => {
    const onClick = () => {};
    const tree = h(
      "div",
      null,
      h("button", { onClick }, "press"),
      h("a", { href: " javascript:alert(1)" }, "x"),
      h("svg", { viewBox: "0 0 1 1" }, h("path", { d: "M0" })),
      h("textarea", { defaultValue: "text" }),
    );
    const frozen = (await freezeStatic(tree)) as React.ReactElement<{ children: ReactNode[]; dangerouslySetInnerHTML?: unknown }>;
    expect(frozen.props.dangerouslySetInnerHTML).toBeUndefined();
    for (const child of frozen.props.children) {
      expect(isValidElement(child) && (child.props as { dangerouslySetInnerHTML?: unknown }).dangerouslySetInnerHTML).toBeFalsy();
    }
    expect(markup(frozen)).toBe(markup(tree));
  });
});

describe("freezeStatic and hooks", () => {
  it("names a server component that uses a hook instead of failing obscurely", async () => {
    function Labelled() {
      return h("p", { id: useId() }, "x");
    }
    await expect(freezeStatic(h("div", null, h(Labelled)))).rejects.toThrow(/cannot use hooks: Labelled does/);
  });
});

function replaceAsync(node: ReactNode, resolved: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map((c) => replaceAsync(c, resolved));
  if (!isValidElement(node)) return node;
  if (node.type === AsyncCode) return resolved;
  const children = (node.props as { children?: ReactNode }).children;
  return children === undefined ? node : cloneElement(node, undefined, replaceAsync(children, resolved));
}
