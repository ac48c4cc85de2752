import { parseLabMarkdown, type Inline } from "@/lib/labs/markdown";

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.kind === "code" ? (
          <code key={i} className="break-all rounded bg-zinc-100 px-1 py-0.5 text-[0.9em] dark:bg-zinc-800">
            {inline.text}
          </code>
        ) : inline.kind === "strong" ? (
          <strong key={i}>{inline.text}</strong>
        ) : (
          <span key={i}>{inline.text}</span>
        ),
      )}
    </>
  );
}

/** Renders a lab's scenario or explanation (lib/labs/markdown.ts); works in server and client components. */
export function LabMarkdown({ source }: { source: string }) {
  return (
    <div className="space-y-3 break-words">
      {parseLabMarkdown(source).map((block, i) => {
        if (block.kind === "p")
          return (
            <p key={i}>
              <Inlines inlines={block.inlines} />
            </p>
          );
        const List = block.kind;
        return (
          <List key={i} className={`${block.kind === "ul" ? "list-disc" : "list-decimal"} space-y-1 pl-6`}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines inlines={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
