import { IMPORTANCE_LEVELS, type Answer, type FactDefinition, type PositionItem, type Side } from "~/domain/types";
import { factField, factRedLineField, itemField } from "~/forms/field-names";
import type { FieldErrors } from "~/forms/field-names";
import { IMPORTANCE_CHOICES, UNIT_SUFFIX } from "./answer-text";
import { ErrorMessage, RadioGroup, TextField, fieldId } from "./form";

/** What to show in a field: what was just typed (after an error), else what was saved. */
export interface ItemValues {
  preferred?: string | undefined;
  acceptableMin?: string | undefined;
  acceptableMax?: string | undefined;
  importance?: string | undefined;
  redLine?: boolean | undefined;
  note?: string | undefined;
  fixed?: boolean | undefined;
  clause?: string | undefined;
}

export function savedItemValues(answer: Answer | undefined): ItemValues {
  if (!answer) return {};
  return {
    preferred: String(answer.preferred),
    acceptableMin: answer.acceptable.min === answer.preferred ? "" : String(answer.acceptable.min),
    acceptableMax: answer.acceptable.max === answer.preferred ? "" : String(answer.acceptable.max),
    importance: answer.importance,
    redLine: answer.redLine,
    note: answer.note ?? "",
    fixed: answer.fixed ?? false,
    clause: answer.clause ?? "",
  };
}

function RangeSelect(props: {
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string | undefined;
}) {
  const id = fieldId(props.name);
  return (
    <div className={`form-group${props.error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {props.error ? <ErrorMessage id={`${id}-error`}>{props.error}</ErrorMessage> : null}
      <select
        id={id}
        name={props.name}
        className={`select${props.error ? " select--error" : ""}`}
        defaultValue={props.value ?? ""}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ""}`}
        aria-invalid={props.error ? true : undefined}
      >
        <option value="">No further than our preferred position</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ItemQuestion(props: {
  item: PositionItem;
  side: Side;
  number: number;
  values: ItemValues;
  errors: FieldErrors | undefined;
  /** Bank v2: offer "set by the commissioner" and, for the prime, the clause reference. */
  extended?: boolean;
}) {
  const { item, side, values, errors } = props;
  const err = (f: Parameters<typeof itemField>[1]) => errors?.[itemField(item.id, f)];
  const options = item.options.map((o) => ({ value: String(o.value), label: `${o.value}. ${o.label[side]}` }));
  const towardsIndependence = side === "vcs" ? "keeping your independence" : "the partner keeping its independence";
  return (
    <section className="question" aria-labelledby={`${item.id}-prompt`}>
      <p className="caption">Question {props.number}</p>
      <h2 className="question__prompt" id={`${item.id}-prompt`}>
        {item.prompt[side]}
      </h2>
      <details className="question__guidance">
        <summary>Why this matters</summary>
        <div>
          <p>{item.guidance}</p>
        </div>
      </details>
      <RadioGroup
        name={itemField(item.id, "preferred")}
        legend="Your preferred position"
        hint="1 means the organisation keeps the most independence; 5 means the fullest integration with the prime."
        error={err("preferred")}
        options={options}
        value={values.preferred}
      />
      <div className="range-pickers">
        <RangeSelect
          name={itemField(item.id, "acceptableMin")}
          label={`How far towards ${towardsIndependence} could you go?`}
          hint="The furthest you could accept in that direction."
          error={err("acceptableMin")}
          options={options}
          value={values.acceptableMin}
        />
        <RangeSelect
          name={itemField(item.id, "acceptableMax")}
          label="How far towards closer integration with the prime could you go?"
          hint="The furthest you could accept in that direction."
          error={err("acceptableMax")}
          options={options}
          value={values.acceptableMax}
        />
      </div>
      <RadioGroup
        name={itemField(item.id, "importance")}
        legend="How much does this matter to you?"
        error={err("importance")}
        options={IMPORTANCE_LEVELS.map((v) => ({ value: v, label: IMPORTANCE_CHOICES[v] }))}
        value={values.importance}
      />
      <div className="form-group">
        <div className="choice">
          <input
            type="checkbox"
            id={fieldId(itemField(item.id, "redLine"))}
            name={itemField(item.id, "redLine")}
            defaultChecked={values.redLine ?? false}
          />
          <label htmlFor={fieldId(itemField(item.id, "redLine"))}>
            <strong>This is a red line for us.</strong> We would walk away if none of the positions we could accept is
            agreed.
          </label>
        </div>
        {props.extended ? (
          <div className="choice">
            <input
              type="checkbox"
              id={fieldId(itemField(item.id, "fixed"))}
              name={itemField(item.id, "fixed")}
              defaultChecked={values.fixed ?? false}
            />
            <label htmlFor={fieldId(itemField(item.id, "fixed"))}>
              <strong>This is set by the commissioner or the head contract,</strong> not ours to change. The report
              lists these as terms for the commissioner.
            </label>
          </div>
        ) : null}
      </div>
      {props.extended && side === "prime" ? (
        <TextField
          name={itemField(item.id, "clause")}
          label="Sub-contract clause (optional)"
          hint="Where this is written down, for example “Schedule 4, paragraph 2.1”."
          error={err("clause")}
          defaultValue={values.clause ?? ""}
          autoComplete="off"
        />
      ) : null}
      <div className={`form-group${err("note") ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={fieldId(itemField(item.id, "note"))}>
          Note for the other side (optional)
        </label>
        <p className="hint" id={`${fieldId(itemField(item.id, "note"))}-hint`}>
          Both sides see notes in the result, after both have submitted.
        </p>
        {err("note") ? (
          <ErrorMessage id={`${fieldId(itemField(item.id, "note"))}-error`}>{err("note")}</ErrorMessage>
        ) : null}
        <textarea
          id={fieldId(itemField(item.id, "note"))}
          name={itemField(item.id, "note")}
          className={`textarea${err("note") ? " textarea--error" : ""}`}
          rows={3}
          defaultValue={values.note ?? ""}
          aria-describedby={`${fieldId(itemField(item.id, "note"))}-hint`}
        />
      </div>
    </section>
  );
}

export function FactQuestion(props: {
  fact: FactDefinition;
  value: string | undefined;
  error: string | undefined;
  /** Bank v2: the "this figure is a red line" checkbox, its state and error. */
  redLine?: { checked: boolean; error: string | undefined } | undefined;
}) {
  const { fact, redLine } = props;
  const redLineName = factRedLineField(fact.id);
  const redLineId = fieldId(redLineName);
  return (
    <div className="fact-question">
      <TextField
        name={factField(fact.id)}
        label={fact.optional ? `${fact.label} (optional)` : fact.label}
        hint={fact.hint}
        error={props.error}
        defaultValue={props.value ?? ""}
        inputMode={fact.integer ? "numeric" : "decimal"}
        spellCheck={false}
        autoComplete="off"
        short
        suffix={UNIT_SUFFIX[fact.unit]}
      />
      {redLine ? (
        <div className={`form-group fact-question__red-line${redLine.error ? " form-group--error" : ""}`}>
          {redLine.error ? <ErrorMessage id={`${redLineId}-error`}>{redLine.error}</ErrorMessage> : null}
          <div className="choice">
            <input
              type="checkbox"
              id={redLineId}
              name={redLineName}
              defaultChecked={redLine.checked}
              aria-describedby={redLine.error ? `${redLineId}-error` : undefined}
            />
            <label htmlFor={redLineId}>
              <strong>This figure is a red line for us:</strong> we would walk away if the terms break it.
            </label>
          </div>
        </div>
      ) : null}
    </div>
  );
}
