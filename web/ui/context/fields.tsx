import { useId, type ReactNode, type Ref } from "react";
import { SIZE_UNITS, type SizeUnit } from "./contextFiles";

/**
 * A text field with its label and, when the value was refused, why (announced, and tied to the
 * field). `children` (the form's buttons) sit on the field's line.
 */
export function PathField({
  label,
  value,
  problem,
  onChange,
  inputRef,
  placeholder,
  children,
}: {
  label: string;
  value: string;
  problem: string | null;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="context-field">
      <label htmlFor={id}>{label}</label>
      <div className="context-field-line">
        <input
          id={id}
          ref={inputRef}
          type="text"
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {children}
      </div>
      <Problem id={`${id}-problem`} text={problem} />
    </div>
  );
}

/** An amount and its unit, e.g. 50 MB, and the form's buttons on the same line. */
export function SizeField({
  label,
  unitLabel,
  amount,
  unit,
  problem,
  onAmount,
  onUnit,
  inputRef,
  children,
}: {
  label: string;
  unitLabel: string;
  amount: string;
  unit: SizeUnit;
  problem: string | null;
  onAmount: (amount: string) => void;
  onUnit: (unit: SizeUnit) => void;
  inputRef?: Ref<HTMLInputElement>;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="context-field">
      <label htmlFor={id}>{label}</label>
      <div className="context-field-line">
        <input
          id={id}
          ref={inputRef}
          type="text"
          className="context-amount"
          inputMode="decimal"
          value={amount}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => onAmount(e.target.value)}
        />
        <select aria-label={unitLabel} value={unit} onChange={(e) => onUnit(e.target.value as SizeUnit)}>
          {SIZE_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        {children}
      </div>
      <Problem id={`${id}-problem`} text={problem} />
    </div>
  );
}

function Problem({ id, text }: { id: string; text: string | null }) {
  // Always in the page, empty until there is a problem, so a screen reader hears the message as it appears.
  return (
    <p id={id} className="context-problem" role="alert">
      {text}
    </p>
  );
}
