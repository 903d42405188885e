import { ErrorMessage, fieldId } from "./form";

const PARTS = [
  { part: "day", label: "Day", width: "date-input__item--2" },
  { part: "month", label: "Month", width: "date-input__item--2" },
  { part: "year", label: "Year", width: "date-input__item--4" },
] as const;

type Part = (typeof PARTS)[number]["part"];

/**
 * The parts of a date field to mark as wrong: the blank ones when only some were
 * given, else all three (GOV.UK date input pattern).
 */
export function datePartsInError(values: Record<Part, string | undefined>): Part[] {
  const blank = PARTS.map((p) => p.part).filter((part) => !values[part]?.trim());
  return blank.length > 0 && blank.length < PARTS.length ? blank : PARTS.map((p) => p.part);
}

/** The id the error summary links to: the first part in error. */
export function dateErrorTarget(name: string, values: Record<Part, string | undefined>): string {
  return fieldId(`${name}.${datePartsInError(values)[0] ?? "day"}`);
}

/**
 * A GOV.UK date input: one fieldset, three numeric text fields named
 * `<name>.day`, `<name>.month` and `<name>.year` (text with inputmode, not
 * type=number, as the Design System advises).
 */
export function DateInput(props: {
  name: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  values: Record<Part, string | undefined>;
}) {
  const id = fieldId(props.name);
  const wrong = props.error ? datePartsInError(props.values) : [];
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-group${props.error ? " form-group--error" : ""}`}>
      <fieldset role="group" aria-describedby={describedBy || undefined}>
        <legend>{props.legend}</legend>
        {props.hint ? (
          <p id={`${id}-hint`} className="hint">
            {props.hint}
          </p>
        ) : null}
        {props.error ? <ErrorMessage id={`${id}-error`}>{props.error}</ErrorMessage> : null}
        <div className="date-input">
          {PARTS.map(({ part, label, width }) => {
            const partId = fieldId(`${props.name}.${part}`);
            return (
              <div className={`date-input__item ${width}`} key={part}>
                <label className="label date-input__label" htmlFor={partId}>
                  {label}
                </label>
                <input
                  id={partId}
                  name={`${props.name}.${part}`}
                  className={`input${wrong.includes(part) ? " input--error" : ""}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={wrong.includes(part) ? true : undefined}
                  defaultValue={props.values[part] ?? ""}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
