/** A labelled progress bar (server-rendered). */
export function ProgressBar({ label, done, total, testId }: { label: string; done: number; total: number; testId?: string }) {
  const width = total ? Math.round((done / total) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-label={label}
      className="h-2 overflow-hidden rounded-full bg-zinc-200 outline outline-1 -outline-offset-1 outline-zinc-400 dark:bg-zinc-800 dark:outline-zinc-600"
      data-testid={testId}
    >
      <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${width}%` }} />
    </div>
  );
}
