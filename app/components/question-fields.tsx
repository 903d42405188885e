import { IMPORTANCE_LEVELS, type Answer, type FactDefinition, type PositionItem, type Side } from "~/domain/types";
import { factField, factFindingOnlyField, factRedLineField, itemField, seenField } from "~/forms/field-names";
import type { FieldErrors } from "~/forms/field-names";
import { IMPORTANCE_CHOICES, UNIT_SUFFIX } from "~/formats/answer-text";
import { ChoiceGroup, ErrorMessage, RadioGroup, TextField, fieldId } from "./form";

/** What to show in a field: what was just typed (after an error), else what was saved. */
export interface ItemValues {
  preferred?: string | undefined;
  /** The other positions ticked as ones this side could live with. */
  acceptable?: readonly string[] | undefined;
  importance?: string | undefined;
  redLine?: boolean | undefined;
  note?: string | undefined;
  fixed?: boolean | undefined;
  clause?: string | undefined;
  shareNote?: boolean | undefined;
}

export function savedItemValues(answer: Answer | undefined): ItemValues {
  if (!answer) return {};
  const acceptable: string[] = [];
  for (let p = answer.acceptable.min; p <= answer.acceptable.max; p += 1) {
    if (p !== answer.preferred) acceptable.push(String(p));
  }
  return {
    preferred: String(answer.preferred),
    acceptable,
    importance: answer.importance,
    redLine: answer.redLine,
    note: answer.note ?? "",
    fixed: answer.fixed ?? false,
    clause: answer.clause ?? "",
    shareNote: answer.shareNote ?? false,
  };
}

/**
 * "Which other positions could you live with?": one box per position, with its
 * full wording. Without JavaScript every box is offered (a ticked preferred
 * position changes nothing); with it, the preferred position's box shows as
 * already included, so only the choices that mean something are left.
 */
function AcceptableChoices(props: {
  name: string;
  error: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  values: readonly string[];
}) {
  return (
    <ChoiceGroup
      type="checkbox"
      name={props.name}
      legend="Which other positions could you live with?"
      hint="Tick each one you could accept, next to your preferred position. Leave them all unticked if only your preferred position will do."
      error={props.error}
      options={props.options.map((o) => ({
        value: o.value,
        label: (
          <>
            {o.label}
            <span className="choice__included-note"> (your preferred position)</span>
          </>
        ),
      }))}
      checked={(value) => props.values.includes(value)}
    />
  );
}

/** Someone else on this side changed the question after the page was loaded: both answers, and what to do. */
export interface ConflictView {
  saved: readonly string[];
  yours: readonly string[];
}

function ConflictNotice({ conflict, who }: { conflict: ConflictView; who: string }) {
  return (
    <div className="conflict" role="group" aria-label="Changed by someone else">
      <p>
        <strong>Someone else answering for {who} changed this after you opened the page.</strong> Nothing on this page
        has been saved yet.
      </p>
      <div className="conflict__answers">
        <div>
          <h3 className="conflict__heading">Saved now</h3>
          <ul className="list">
            {conflict.saved.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="conflict__heading">Your answer, still on this page</h3>
          <ul className="list">
            {conflict.yours.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
      <p>
        To keep your answer, save the page again. To keep the saved one, <a href="">reload this page</a> (what you typed
        here will be replaced).
      </p>
    </div>
  );
}

export function ItemQuestion(props: {
  item: PositionItem;
  side: Side;
  /** The question's number through the whole questionnaire. */
  number: number;
  values: ItemValues;
  errors: FieldErrors | undefined;
  /** Bank v2: offer "set by the commissioner" and, for the prime, the clause reference. */
  extended?: boolean;
  /** The version of the answer as this page was loaded (a hidden field: see seenField). */
  version: string;
  conflict?: ConflictView | undefined;
  organisation: string;
  /** One of several respondents (issue 16): the note is private unless its author shares it with the side's lead. */
  respondent?: boolean;
}) {
  const { item, side, values, errors } = props;
  const err = (f: Parameters<typeof itemField>[1]) => errors?.[itemField(item.id, f)];
  const options = item.options.map((o) => ({ value: String(o.value), label: `${o.value}. ${o.label[side]}` }));
  return (
    <section className="question" aria-labelledby={`${item.id}-prompt`} id={`question-${item.id}`}>
      <p className="caption">Question {props.number}</p>
      <h2 className="question__prompt" id={`${item.id}-prompt`}>
        {item.prompt[side]}
      </h2>
      <input type="hidden" name={seenField("items", item.id)} value={props.version} />
      {props.conflict ? <ConflictNotice conflict={props.conflict} who={props.organisation} /> : null}
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
      <AcceptableChoices
        name={itemField(item.id, "acceptable")}
        error={err("acceptable")}
        options={options}
        values={values.acceptable ?? []}
      />
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
          {props.respondent ? "Your note (optional)" : "Note for the other side (optional)"}
        </label>
        <p className="hint" id={`${fieldId(itemField(item.id, "note"))}-hint`}>
          {props.respondent
            ? "Nobody reads it unless you tick the box below: then only the person who invited you sees it, without your name."
            : "Both sides see notes in the result, after both have submitted."}
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
      {props.respondent ? (
        <div className="form-group">
          <div className="choice">
            <input
              type="checkbox"
              id={fieldId(itemField(item.id, "shareNote"))}
              name={itemField(item.id, "shareNote")}
              defaultChecked={values.shareNote ?? false}
            />
            <label htmlFor={fieldId(itemField(item.id, "shareNote"))}>Share my note with the lead</label>
          </div>
        </div>
      ) : null}
    </section>
  );
}

export function FactQuestion(props: {
  fact: FactDefinition;
  /** The question's number through the whole questionnaire. */
  number: number;
  value: string | undefined;
  error: string | undefined;
  version: string;
  conflict?: ConflictView | undefined;
  organisation: string;
  /** Bank v2: the "this figure is a red line" checkbox, its state and error. */
  redLine?: { checked: boolean; error: string | undefined } | undefined;
  /** Bank v2: "share only what this figure shows", and who would otherwise see the number. */
  findingOnly?: { checked: boolean; otherSide: string } | undefined;
}) {
  const { fact, redLine, findingOnly } = props;
  const findingOnlyId = fieldId(factFindingOnlyField(fact.id));
  const redLineName = factRedLineField(fact.id);
  const redLineId = fieldId(redLineName);
  return (
    <div className="fact-question" id={`question-${fact.id}`}>
      <p className="caption">Question {props.number}</p>
      <input type="hidden" name={seenField("facts", fact.id)} value={props.version} />
      {props.conflict ? <ConflictNotice conflict={props.conflict} who={props.organisation} /> : null}
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
      {findingOnly ? (
        <div className="form-group fact-question__finding-only">
          <div className="choice">
            <input
              type="checkbox"
              id={findingOnlyId}
              name={factFindingOnlyField(fact.id)}
              defaultChecked={findingOnly.checked}
              aria-describedby={`${findingOnlyId}-hint`}
            />
            <label htmlFor={findingOnlyId}>
              <strong>Share only what this figure shows, not the number.</strong>
            </label>
          </div>
          <p className="hint choice__hint" id={`${findingOnlyId}-hint`}>
            {findingOnly.otherSide} would then read, for example, “the reserves would not cover the pre-funding”, and
            not your figure. The check still uses the number.
          </p>
        </div>
      ) : null}
    </div>
  );
}

/**
 * With JavaScript, the box of the position chosen as preferred shows as
 * included and cannot be unticked; the box's own state comes back when another
 * position is preferred. Without JavaScript every box stays as the person left it.
 */
export function markPreferredIncluded(form: HTMLFormElement) {
  for (const fieldset of form.querySelectorAll<HTMLElement>("section.question")) {
    const preferred = fieldset.querySelector<HTMLInputElement>(
      'input[type="radio"][name$=".preferred"]:checked',
    )?.value;
    for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name$=".acceptable"]')) {
      const choice = box.closest(".choice");
      const included = box.value === preferred;
      if (included && !box.disabled) {
        box.dataset.ownChoice = box.checked ? "on" : "off";
        box.checked = true;
        box.disabled = true;
      } else if (!included && box.disabled) {
        box.checked = box.dataset.ownChoice === "on";
        box.disabled = false;
      }
      choice?.classList.toggle("choice--included", included);
    }
  }
}
