import Link from "next/link";
import type { MDXComponents } from "mdx/types";
import type { CalloutType } from "@/lib/course/mdx-rules";
import type { Locale } from "@/lib/i18n/locales";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Diagram } from "./diagram";
import { HpaCalculator, NodeScalingSimulator, VpaVsHpa } from "./lazy-simulators";

/** The element map lessons render with. Every name here must be listed in lib/course/mdx-rules.ts. */
export function getMdxComponents(locale: Locale): MDXComponents {
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
      <div className="my-6 overflow-x-auto" tabIndex={0} role="region" aria-label="table">
        <table {...rest} className="my-0">
          {children}
        </table>
      </div>
    ),
    Callout: (props: { type?: CalloutType; title?: string; children: React.ReactNode }) => <Callout locale={locale} {...props} />,
    Diagram: (props: { caption: string; alt: string; children: React.ReactNode }) => <Diagram locale={locale} {...props} />,
    HpaCalculator: () => <HpaCalculator locale={locale} />,
    VpaVsHpa: () => <VpaVsHpa locale={locale} />,
    NodeScalingSimulator: () => <NodeScalingSimulator locale={locale} />,
  };
}
