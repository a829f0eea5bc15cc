import { useId } from 'preact/hooks';

interface CheckboxProps {
  label: string;
  /** A sentence under the label, read with it by screen readers. */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}

/** A labelled checkbox with an optional hint. */
export function Checkbox({ label, hint, checked, onChange, testId }: CheckboxProps) {
  const id = useId();
  return (
    <div class="opt-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={testId}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} class="opt-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
