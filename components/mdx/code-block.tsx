import { codeToHtml, bundledLanguages } from "shiki";

type CodeElementProps = { className?: string; children?: React.ReactNode };

export function readCodeElement(children: React.ReactNode): { language: string; code: string } {
  const element = (Array.isArray(children) ? children[0] : children) as React.ReactElement<CodeElementProps> | undefined;
  const props = element?.props ?? {};
  const language = /language-([\w-]+)/.exec(props.className ?? "")?.[1] ?? "text";
  const code = typeof props.children === "string" ? props.children : String(props.children ?? "");
  return { language, code: code.replace(/\n$/, "") };
}

/** Fenced code, highlighted on the server while the page is statically generated: no JS reaches the browser. */
export async function CodeBlock({ children }: { children?: React.ReactNode }) {
  const { language, code } = readCodeElement(children);
  const lang = language in bundledLanguages ? language : "text";
  const html = await codeToHtml(code, {
    lang,
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: "light",
  });
  return <div className="not-prose-code" data-language={lang} dangerouslySetInnerHTML={{ __html: html.replace("<pre ", '<pre tabindex="0" ') }} />;
}
