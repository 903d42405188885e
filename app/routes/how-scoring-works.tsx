import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { ARREARS_MONTHS, DAYS_PER_MONTH, NEAR_MARGIN, OUTCOME_WAIT_MONTHS, prefundingMonths } from "~/domain/flags";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { currentQuestionnaire } from "~/domain/questionnaires";
import {
  AXIS_SPAN,
  BAND_THRESHOLDS,
  IMPORTANCE_WEIGHT,
  NO_OVERLAP_CEILING,
  OVERLAP_FLOOR,
  VERDICT_LABELS,
  itemFit,
  itemWeight,
  meetingPoint,
  overlapOf,
  weightedScore,
} from "~/domain/scoring";
import type { Answer } from "~/domain/types";
import { TableScroll } from "~/components/table-scroll";

export const meta: MetaFunction = () => [
  { title: "How the score works – Common Ground" },
  { name: "description", content: "How Common Ground turns two sides' answers into a score, flags and a verdict." },
];

const percent = (n: number) => `${Math.round(n * 100)}%`;
const twoDp = (n: number) => (Math.round(n * 100) / 100).toString();

/** The worked example is calculated by the same functions that score real checks. */
const EXAMPLE: Array<{ question: string; vcs: Answer; prime: Answer }> = [
  {
    question: "Whose brand front-line delivery is under",
    vcs: { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "high", redLine: false },
    prime: { preferred: 4, acceptable: { min: 3, max: 5 }, importance: "medium", redLine: false },
  },
  {
    question: "Whether media statements need the prime’s approval",
    vcs: { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true },
    prime: { preferred: 4, acceptable: { min: 4, max: 5 }, importance: "medium", redLine: false },
  },
  {
    question: "Whether the organisation is named publicly as the provider",
    vcs: { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "medium", redLine: false },
    prime: { preferred: 2, acceptable: { min: 2, max: 4 }, importance: "low", redLine: false },
  },
];

const range = (a: Answer) =>
  a.acceptable.min === a.acceptable.max ? `${a.acceptable.min} only` : `${a.acceptable.min} to ${a.acceptable.max}`;

export default function HowScoringWorks() {
  const rows = EXAMPLE.map((row) => {
    const shared = overlapOf(row.vcs.acceptable, row.prime.acceptable);
    return {
      ...row,
      shared,
      fit: itemFit(row.vcs, row.prime),
      weight: itemWeight(row.vcs, row.prime),
      meeting: meetingPoint(row.vcs, row.prime),
    };
  });
  const score = weightedScore(rows);
  const cashflow = { contractIncomeShare: 50, outcomePaymentShare: 40, paymentLagDays: 90 };
  const prefund = prefundingMonths(cashflow);
  const critical = currentQuestionnaire().dimensions.filter((d) => d.critical);

  return (
    <>
      <h1>How the score works</h1>
      <p className="lead">
        Common Ground compares what each side would prefer, what each could accept, and how much each question matters.
        The calculation is the same for every check, and nothing is hidden.
      </p>

      <h2>1. Every answer sits on the same scale</h2>
      <p>
        Each question is asked of both sides in their own words, but every answer sits on one scale from 1 to 5:{" "}
        <strong>1</strong> means the organisation keeps the most independence; <strong>5</strong> means the fullest
        integration into, or control by, the prime contractor. For each question a side gives:
      </p>
      <ul>
        <li>its preferred position;</li>
        <li>the furthest it could go either way (the positions it could accept);</li>
        <li>how much the question matters: low, medium or high;</li>
        <li>whether it is a red line: the side would walk away if none of its acceptable positions is agreed.</li>
      </ul>

      <h2>2. How well one question fits</h2>
      <p>Each question gets a fit between 0 and 1:</p>
      <ul>
        <li>
          <strong>If there is a position both sides could accept</strong>, there is room to agree. The fit starts at{" "}
          {OVERLAP_FLOOR} and rises to 1 the closer the two preferred positions are: fit = {OVERLAP_FLOOR} +{" "}
          {1 - OVERLAP_FLOOR} × closeness.
        </li>
        <li>
          <strong>If there is no such position</strong>, the fit is at most {NO_OVERLAP_CEILING} × closeness, so it is
          always lower than any question where the sides could meet.
        </li>
        <li>
          Closeness is 1 when both prefer the same position and 0 when they are at opposite ends: closeness = 1 − (the
          gap between preferred positions ÷ {AXIS_SPAN}).
        </li>
      </ul>
      <p>
        So the fit is 1 only when both sides prefer the same position; moving a preferred position towards the other
        side never lowers it; and whichever side answers first makes no difference.
      </p>

      <h2>3. Sections and the overall score</h2>
      <p>
        Questions that matter more count for more. Each question’s weight is the two sides’ importance added together
        (low = {IMPORTANCE_WEIGHT.low}, medium = {IMPORTANCE_WEIGHT.medium}, high = {IMPORTANCE_WEIGHT.high}). A
        section’s score is the weighted average fit of its questions, shown out of 100; the overall score is the
        weighted average of every question.
      </p>

      <h2>A worked example</h2>
      <TableScroll label={"Worked example"}>
        <table className="table">
          <caption>Three questions from one section</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Organisation: preferred (could accept)</th>
              <th scope="col">Prime: preferred (could accept)</th>
              <th scope="col">Could both accept?</th>
              <th scope="col" className="numeric">
                Fit
              </th>
              <th scope="col" className="numeric">
                Weight
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.question}>
                <th scope="row">{row.question}</th>
                <td>
                  {row.vcs.preferred} ({range(row.vcs)}), {row.vcs.importance}
                  {row.vcs.redLine ? ", red line" : ""}
                </td>
                <td>
                  {row.prime.preferred} ({range(row.prime)}), {row.prime.importance}
                  {row.prime.redLine ? ", red line" : ""}
                </td>
                <td>
                  {row.shared
                    ? `Yes: ${row.shared.min === row.shared.max ? row.shared.min : `${row.shared.min} to ${row.shared.max}`}; suggested meeting point ${row.meeting}`
                    : "No"}
                </td>
                <td className="numeric">{twoDp(row.fit)}</td>
                <td className="numeric">{row.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        Section score = ({rows.map((r) => `${twoDp(r.fit)} × ${r.weight}`).join(" + ")}) ÷ (
        {rows.map((r) => r.weight).join(" + ")}) × 100 = <strong>{score}</strong> out of 100.
      </p>
      <p>
        The second question would also be a <strong>dealbreaker</strong>: the organisation marked it as a red line and
        no position is acceptable to both. The first is a <strong>caution</strong>: the only position both could accept
        is at the edge of what each said it could live with.
      </p>

      <h2>4. Flags</h2>
      <ul>
        <li>
          <strong>Dealbreaker</strong>: a red line where no position is acceptable to both sides.
        </li>
        <li>
          <strong>Serious</strong>: no position acceptable to both (without a red line), or a rule below clearly broken.
        </li>
        <li>
          <strong>Caution</strong>: agreement only at the edge of what a side could accept, or a rule only just met
          (with less than {percent(NEAR_MARGIN)} to spare).
        </li>
      </ul>
      <p>Some flags come from the facts and figures each side gives:</p>
      <ul>
        <li>
          <strong>{FLAG_CATALOGUE.BID_CANDY.title}</strong>: the referrals the prime guarantees are below the number the
          organisation needs to keep the service going (none at all is always serious).
        </li>
        <li>
          <strong>{FLAG_CATALOGUE.CASHFLOW_RISK.title}</strong>: the months of its own running costs the organisation
          must pay for before the money arrives are more than its free reserves cover.
        </li>
        <li>
          <strong>{FLAG_CATALOGUE.TOPSLICE_EXCESS.title}</strong>: the prime’s fee is above the most the organisation
          can accept.
        </li>
        <li>
          <strong>{FLAG_CATALOGUE.SHORT_TERM.title}</strong>: the sub-contract is shorter than the organisation says the
          service needs.
        </li>
        <li>
          <strong>{FLAG_CATALOGUE.EXIT_AT_WILL.title}</strong>: the prime could end the sub-contract with less notice
          than the organisation needs to wind down safely.
        </li>
      </ul>
      <h3>The cash flow calculation</h3>
      <p>
        Months to pre-fund = contract’s share of income × ((1 − share paid on results) × {ARREARS_MONTHS} month in
        arrears + share paid on results × ({OUTCOME_WAIT_MONTHS} months to achieve a result + payment lag in days ÷{" "}
        {DAYS_PER_MONTH})).
      </p>
      <p>
        For example, a contract worth {cashflow.contractIncomeShare}% of the organisation’s income, with{" "}
        {cashflow.outcomePaymentShare}% paid on results {cashflow.paymentLagDays} days after each result, needs about{" "}
        <strong>{twoDp(prefund)} months</strong> of running costs paid up front. An organisation with one month of free
        reserves would get a serious cash flow flag.
      </p>

      <h2>5. The verdict</h2>
      <ul>
        <li>
          <strong>{VERDICT_LABELS.RED_LINES}</strong> if there is any dealbreaker, whatever the score. As with the pass
          or fail questions of a public procurement, no score can outweigh a red line.
        </li>
        <li>
          Otherwise <strong>{VERDICT_LABELS.STRONG}</strong> from {BAND_THRESHOLDS.STRONG},{" "}
          <strong>{VERDICT_LABELS.WORKABLE}</strong> from {BAND_THRESHOLDS.WORKABLE}, and{" "}
          <strong>{VERDICT_LABELS.WEAK}</strong> below {BAND_THRESHOLDS.WORKABLE}. These bands follow published practice
          for five-point partnership scales, where an average of 4 or more is a strength, 3 to 3.9 needs discussion, and
          under 3 is a concern.
        </li>
        <li>
          The verdict is never better than the band of the weakest critical section:{" "}
          {critical.map((d) => d.title.toLowerCase()).join("; ")}. A strong average cannot hide one of these going
          badly.
        </li>
      </ul>
      <p>
        The score is a starting point for a conversation, not a decision. Read the flags and the questions to discuss,
        and talk to the other side. <Link to="/checks/new">Start a partnership check</Link>.
      </p>
    </>
  );
}
