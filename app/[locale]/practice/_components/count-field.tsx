import { hintClass, inputClass, labelClass } from "@/components/ui/styles";

/** A labelled whole-number input with its hint, as the practice forms use for counts and minutes. */
export function CountField(props: { id: string; label: string; hint: string; value: string; max: number; onChange: (value: string) => void; testId: string }) {
  const { id, label, hint, value, max, onChange, testId } = props;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className={inputClass}
        data-testid={testId}
      />
      <p id={`${id}-hint`} className={hintClass}>
        {hint}
      </p>
    </div>
  );
}
