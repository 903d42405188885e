import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
import type { FieldErrors } from "~/forms/field-names";

export interface ErrorLink {
  /** The id of the field to jump to. */
  href: string;
  message: string;
}

/** GOV.UK-style error summary: at the top, focused when it appears, each message links to its field. */
export function ErrorSummary({ errors }: { errors: ErrorLink[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.href + error.message}>
            {/* An href that is a path (another page's field) is used as it is. */}
            <a href={error.href.startsWith("/") ? error.href : `#${error.href}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Turns field errors into summary links, in the order the fields appear. */
export function errorLinks(errors: FieldErrors | undefined, order: readonly string[], idFor = fieldId): ErrorLink[] {
  if (!errors) return [];
  const known = order
    .filter((name) => errors[name])
    .map((name) => ({ href: idFor(name), message: errors[name] as string }));
  const rest = Object.keys(errors)
    .filter((name) => !order.includes(name))
    .map((name) => ({ href: idFor(name), message: errors[name] as string }));
  return [...known, ...rest];
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  short?: boolean;
  suffix?: string;
}

export function TextField({ name, label, hint, error, short, suffix, className, ...input }: TextFieldProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const field = (
    <input
      id={id}
      name={name}
      className={["input", short ? "input--short" : "", error ? "input--error" : "", className ?? ""].join(" ").trim()}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      {...input}
    />
  );
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {suffix ? (
        <div className="with-unit">
          {field}
          <span aria-hidden="true">{suffix}</span>
        </div>
      ) : (
        field
      )}
    </div>
  );
}

/** A single "I confirm…" checkbox named `confirm`, with its error by it. */
export function ConfirmCheckbox({ error, children }: { error: string | undefined; children: ReactNode }) {
  const id = fieldId("confirm");
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <div className="choice">
        <input type="checkbox" id={id} name="confirm" aria-describedby={error ? `${id}-error` : undefined} />
        <label htmlFor={id}>{children}</label>
      </div>
    </div>
  );
}

/** A GOV.UK-style radio group; the first radio carries the field id so the error summary can jump to it. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  options: ReadonlyArray<ChoiceOption>;
  value: string | undefined;
  inline?: boolean;
}) {
  return <ChoiceGroup {...props} type="radio" checked={(value) => props.value === value} />;
}

/**
 * The GOV.UK yes/no step before something that cannot be undone: one question, Continue, and a way back. Its answer
 * is read with `yesNoSchema` (app/forms/schemas.server.ts).
 */
export function YesNoForm(props: {
  name: string;
  legend: string;
  yes: string;
  no: string;
  error: string | undefined;
  back: string;
}) {
  return (
    <Form method="post" noValidate>
      <RadioGroup
        name={props.name}
        legend={props.legend}
        error={props.error}
        value={undefined}
        inline
        options={[
          { value: "yes", label: props.yes },
          { value: "no", label: props.no },
        ]}
      />
      <div className="button-group">
        <button type="submit" className="button">
          Continue
        </button>
        <Link to={props.back}>Cancel and go back</Link>
      </div>
    </Form>
  );
}

/** One radio or checkbox: its label, and a hint of its own under it if it needs one. */
export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A group of radios or checkboxes with its legend, hint and error; the first input carries the field's id. */
export function ChoiceGroup(props: {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  hint?: string | undefined;
  error: string | undefined;
  options: ReadonlyArray<ChoiceOption>;
  checked: (value: string) => boolean;
  inline?: boolean | undefined;
}) {
  const id = fieldId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-group${props.error ? " form-group--error" : ""}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend>{props.legend}</legend>
        {props.hint ? (
          <p id={`${id}-hint`} className="hint">
            {props.hint}
          </p>
        ) : null}
        {props.error ? <ErrorMessage id={`${id}-error`}>{props.error}</ErrorMessage> : null}
        <div className={props.inline ? "choices choices--inline" : "choices"}>
          {props.options.map((option, index) => {
            // The first input carries the field's id so the error summary can jump to it.
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  type={props.type}
                  id={optionId}
                  name={props.name}
                  value={option.value}
                  defaultChecked={props.checked(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                {option.hint ? (
                  <div className="choice__text">
                    <label htmlFor={optionId}>{option.label}</label>
                    <p id={`${optionId}-hint`} className="hint choice__hint">
                      {option.hint}
                    </p>
                  </div>
                ) : (
                  <label htmlFor={optionId}>{option.label}</label>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
