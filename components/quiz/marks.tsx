/** Right/wrong shown by icon and text together, never by colour alone. */
const styles = {
  correct: { icon: "✓", className: "text-emerald-700 dark:text-emerald-300" },
  wrong: { icon: "✗", className: "text-red-700 dark:text-red-300" },
  neutral: { icon: "•", className: "text-zinc-700 dark:text-zinc-300" },
} as const;

export function Mark({ kind, text }: { kind: keyof typeof styles; text: string }) {
  const style = styles[kind];
  return (
    <span className={`inline-flex items-center gap-1 ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {text}
    </span>
  );
}

export function Verdict({ correct, correctText, incorrectText }: { correct: boolean; correctText: string; incorrectText: string }) {
  return (
    <p className={`flex items-center gap-2 text-lg font-semibold ${correct ? styles.correct.className : styles.wrong.className}`} data-testid="quiz-verdict" data-correct={correct}>
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-full border-2 border-current text-base">
        {correct ? styles.correct.icon : styles.wrong.icon}
      </span>
      {correct ? correctText : incorrectText}
    </p>
  );
}
