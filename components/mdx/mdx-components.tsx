import { Link } from "@/components/ui/link";
import type { MDXComponents } from "mdx/types";
import type { CalloutType } from "@/lib/course/mdx-rules";
import type { Locale } from "@/lib/i18n/locales";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Diagram } from "./diagram";
import { KnowledgeCheck } from "./lazy-knowledge-check";
import { Lab } from "./lab";
import { HpaCalculator, NodeScalingSimulator, VpaVsHpa } from "./lazy-simulators";

function textOf(node: React.ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: React.ReactNode }).children);
  return "";
}

/** "Table: Layer, What it is, …" from the header row, so each table region has its own name. */
function tableLabel(locale: Locale, number: number, children: React.ReactNode): string {
  const thead = (Array.isArray(children) ? children : [children]).find((c) => c && typeof c === "object" && "type" in c && c.type === "thead");
  const row = (thead as React.ReactElement<{ children?: React.ReactNode }> | undefined)?.props.children;
  const cells = (row as React.ReactElement<{ children?: React.ReactNode }> | undefined)?.props.children;
  const headers = (Array.isArray(cells) ? cells : [cells]).map(textOf).map((t) => t.trim()).filter(Boolean).join(", ");
  const word = locale === "zh" ? `表 ${number}` : `Table ${number}`;
  return headers ? `${word}: ${headers.slice(0, 80)}` : word;
}

/**
 * The element map lessons render with. Every name here must be listed in lib/course/mdx-rules.ts.
 * `module` is the lesson's module, which a knowledge check starts its practice attempt in.
 */
export function getMdxComponents(locale: Locale, module?: string): MDXComponents {
  // Numbered in render order, so every table region and diagram on a page has its own name.
  let tables = 0;
  let diagrams = 0;
  return {
    a: ({ href = "", children, ...rest }) => {
      if (href.startsWith("/")) {
        const localised = /^\/(en|zh)(\/|$)/.test(href) ? href : `/${locale}${href}`;
        return (
          <Link href={localised} {...rest}>
            {children}
          </Link>
        );
      }
      const external = /^https?:/.test(href);
      return (
        <a href={href} {...rest} {...(external ? { rel: "noopener noreferrer" } : {})}>
          {children}
        </a>
      );
    },
    pre: CodeBlock,
    table: ({ children, ...rest }) => (
      // Focusable and named so keyboard users can scroll a wide table on a phone.
      <div className="my-6 overflow-x-auto" tabIndex={0} role="region" aria-label={tableLabel(locale, ++tables, children)}>
        <table {...rest} className="my-0">
          {children}
        </table>
      </div>
    ),
    Callout: (props: { type?: CalloutType; title?: string; children: React.ReactNode }) => <Callout locale={locale} {...props} />,
    Diagram: (props: { caption: string; alt: string; children: React.ReactNode }) => <Diagram locale={locale} number={++diagrams} {...props} />,
    HpaCalculator: () => <HpaCalculator locale={locale} />,
    VpaVsHpa: () => <VpaVsHpa locale={locale} />,
    NodeScalingSimulator: () => <NodeScalingSimulator locale={locale} />,
    KnowledgeCheck: ({ ids }: { ids: string }) => <KnowledgeCheck locale={locale} ids={ids} {...(module ? { module } : {})} />,
    Lab: ({ id }: { id: string }) => <Lab locale={locale} id={id} />,
  };
}
