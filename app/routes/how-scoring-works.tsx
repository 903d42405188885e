/**
 * The method page: how a check's answers become a fit, scores, flags and a
 * verdict (docs/method.md says the same in prose). Every number on it comes
 * from the loader (app/formats/method-page.server.ts), which reads the method's
 * own constants and runs the real engine on the worked examples and the
 * calibration, so the page cannot drift from the calculation and the browser
 * receives only what it prints.
 */
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableScroll } from "~/components/table-scroll";
import { methodPageData } from "~/formats/method-page.server";

export const meta: MetaFunction = () => [
  { title: "How the score works – Common Ground" },
  { name: "description", content: "How Common Ground turns two sides' answers into a score, flags and a verdict." },
];

export function loader() {
  return methodPageData();
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const monthsText = (n: string) => `${n} month${n === "1" ? "" : "s"}`;

const BAND_WORD = { STRONG: "strong", WORKABLE: "workable", WEAK: "weak" } as const;

/** What became of a flag in the revised verdict, in the words the joint review uses (docs/method.md). */
const REVISED_STATUS_WORDS = {
  open: "still to settle",
  "agreed-open": "agreed to stay open",
  accepted: "risk accepted, not resolved",
  "still-raised": "still raised by what was agreed",
  new: "raised by what was agreed",
} as const;

export default function HowScoringWorks() {
  const data = useLoaderData<typeof loader>();
  const { caps, facts, bands, fixedTitles: t } = data;
  return (
    <>
      <h1>How the score works</h1>
      <p className="lead">
        Common Ground compares what each side would prefer, what each could accept, how much each question matters, and
        what the figures say. The calculation is the same for every check, and nothing is hidden. This page describes{" "}
        {data.methodLabel}, used with {data.label.replace(/^Question/, "question")}. A check keeps the method it was
        created with, and its report says which.
      </p>

      <nav aria-labelledby="contents-heading" className="contents-list">
        <h2 id="contents-heading">Contents</h2>
        <ol>
          <li>
            <a href="#scale">Every answer sits on the same scale</a>
          </li>
          <li>
            <a href="#fit">How well one question fits</a>
          </li>
          <li>
            <a href="#scores">Sections and the overall score</a>
          </li>
          <li>
            <a href="#flags">Flags</a>
          </li>
          <li>
            <a href="#figures">The figures</a>
          </li>
          <li>
            <a href="#verdict">The verdict, and why</a>
          </li>
          <li>
            <a href="#calibration">How the bands were set</a>
          </li>
          <li>
            <a href="#versions">The core set and earlier versions</a>
          </li>
          <li>
            <a href="#several-respondents">When several people answer for one side</a>
          </li>
          <li>
            <a href="#revised-verdict">After the conversation: the revised verdict</a>
          </li>
          <li>
            <a href="#check-ups">Check-ups: comparing one round with the one before</a>
          </li>
        </ol>
      </nav>

      <h2 id="scale">1. Every answer sits on the same scale</h2>
      <p>
        Each question is asked of both sides in their own words, but every answer sits on one scale from 1 to 5:{" "}
        <strong>1</strong> means the organisation keeps the most independence; <strong>5</strong> means the fullest
        integration into, or control by, the prime contractor. For each question a side gives:
      </p>
      <ul>
        <li>its preferred position;</li>
        <li>the furthest it could go either way (the positions it could accept);</li>
        <li>how much the question matters: low, medium or high;</li>
        <li>whether it is a red line: the side would walk away if none of its acceptable positions is agreed;</li>
        <li>
          whether the term is set by the commissioner or the head contract, not the side’s to change (the report groups
          those as the commissioner’s to raise), and, for the prime, the clause it reflects.
        </li>
      </ul>

      <h2 id="fit">2. How well one question fits</h2>
      <p>
        Each question gets a fit between 0 and 1, from how many steps apart the two preferred positions are and whether
        there is a position both sides could accept:
      </p>
      <TableScroll label="Fit by distance">
        <table className="table">
          <caption>Fit of one question</caption>
          <thead>
            <tr>
              <th scope="col">Steps apart</th>
              <th scope="col" className="numeric">
                A position both could accept
              </th>
              <th scope="col" className="numeric">
                No position both could accept
              </th>
            </tr>
          </thead>
          <tbody>
            {data.fits.map((row) => (
              <tr key={row.steps}>
                <th scope="row">{row.steps}</th>
                <td className="numeric">{row.overlap}</td>
                <td className="numeric">{row.noOverlap ?? "Cannot happen"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        So the fit is 1 only when both sides prefer the same position; one step apart is already a real difference, and
        two steps apart is a different partnership; moving a preferred position towards the other side never lowers it;
        a question where the sides could meet never scores below one where they could not; and whichever side answers
        first makes no difference.
      </p>

      <h2 id="scores">3. Sections and the overall score</h2>
      <p>
        Questions that matter more count for more. Each question’s weight is the two sides’ importance added together
        (low = {data.weights.low}, medium = {data.weights.medium}, high = {data.weights.high}). A section’s score is the
        weighted average fit of its questions, shown out of 100; the overall score is the weighted average of every
        question.
      </p>
      <h3>A worked example</h3>
      {/* NOTE: the same example twice, one shown by CSS: six columns cannot fit a phone, so there each question
          is a short list of its own (the table scrolled sideways and its last columns went unseen). */}
      <div className="worked-example worked-example--narrow">
        <p className="worked-example__caption">Three questions from the brand and identity section</p>
        {data.example.rows.map((row) => (
          <div key={row.question} className="worked-example__question">
            <h4>{row.question}</h4>
            <dl className="definitions">
              <div>
                <dt>Organisation: preferred (could accept)</dt>
                <dd>{row.vcs}</dd>
              </div>
              <div>
                <dt>Prime: preferred (could accept)</dt>
                <dd>{row.prime}</dd>
              </div>
              <div>
                <dt>Could both accept?</dt>
                <dd>{row.shared}</dd>
              </div>
              <div>
                <dt>Fit</dt>
                <dd>{row.fit}</dd>
              </div>
              <div>
                <dt>Weight</dt>
                <dd>{row.weight}</dd>
              </div>
            </dl>
          </div>
        ))}
      </div>
      <div className="worked-example worked-example--wide">
        <TableScroll label="Worked example">
          <table className="table">
            <caption>Three questions from the brand and identity section</caption>
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
              {data.example.rows.map((row) => (
                <tr key={row.question}>
                  <th scope="row">{row.question}</th>
                  <td>{row.vcs}</td>
                  <td>{row.prime}</td>
                  <td>{row.shared}</td>
                  <td className="numeric">{row.fit}</td>
                  <td className="numeric">{row.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <p>
        Section score = ({data.example.rows.map((r) => `${r.fit} × ${r.weight}`).join(" + ")}) ÷ (
        {data.example.rows.map((r) => r.weight).join(" + ")}) × 100 = <strong>{data.example.score}</strong> out of 100.
      </p>
      <p>
        The second question would also be a <strong>dealbreaker</strong>: the organisation marked it as a red line and
        no position is acceptable to both. The first is a <strong>caution</strong>: the only position both could accept
        is at the edge of what each said it could live with.
      </p>

      <h2 id="flags">4. Flags</h2>
      <ul>
        <li>
          <strong>Dealbreaker</strong>: a red line where no position is acceptable to both sides, or a figure a side
          marked as a red line whose rule is clearly broken.
        </li>
        <li>
          <strong>Serious</strong>: no position acceptable to both, without a red line, where the prime asks for more
          than the organisation can accept and either side rates the question{" "}
          {data.gapSeverity.medium === "serious" ? "medium or high" : "high"}; a rule below clearly broken; an agreement
          that is unsafe whatever both chose; or a side’s answer far from its own figure (a question about the data,
          which caps nothing).
        </li>
        <li>
          <strong>Caution</strong>: no position acceptable to both where both sides rate the question low, or where it
          is the organisation that wants closer ties than the prime offers (the prime’s terms would leave it more
          independent, not less); agreement only at the edge of what a side could accept (a single shared position that
          is the furthest a side said it could go); a rule only just met (less than {percent(facts.nearMargin)} to
          spare); or a side’s answer one step from its figure.
        </li>
      </ul>
      <p>
        Each flag reads the right way round: when the prime asks for more integration than the organisation can accept,
        the flag is named for what is at stake (for example {data.fixedTitles.rebranding}); when the organisation wants
        closer ties than the prime offers, the flag says so instead. Each flag says who should act and what evidence to
        ask for, and its questions and what could be negotiated appear once per report.
      </p>
      <h3>{t.unsafe}: agreed, but unsafe whatever both chose</h3>
      <p>
        Some terms are unsafe even when both sides want them. If the suggested meeting point reaches one of these, the
        report raises a serious flag. This is not legal advice; take advice on the draft clause.
      </p>
      <ul>
        {data.unsafe.map((u) => (
          <li key={u.title}>
            <strong>{u.title}</strong> (“{u.question}”): {u.why}
          </li>
        ))}
      </ul>
      <h3>{t.contradiction}</h3>
      <p>
        Where a side’s answer to a question implies a figure, the figure it gives is checked against it: one step away
        is a caution, further is serious. The questions checked:{" "}
        {data.consistency.map((c) => `“${c.question}” against “${c.fact}”`).join("; ")}.
      </p>

      <h2 id="figures">5. The figures</h2>
      <p>
        Each side gives a few figures; the rules compare the prime’s offer with what the organisation says it needs.
        Either side can mark a figure as a red line (“notice under 90 days is a walk-away”): a clear breach of that rule
        is then a dealbreaker. A side can do that for its own need or limit, or the prime for its own offer, not for the
        figures that only inform the rules (reserves, the contract’s share of income, estimates). Some breaches threaten
        the organisation’s <strong>viability</strong>; while any stands, the verdict is weak at best, whatever the
        answers.
      </p>
      <ul>
        <li>
          <strong>{t.bidCandy}</strong>: guaranteed referrals below the minimum that keeps the service going are
          serious; below {percent(facts.bidCandy.viabilityBelowShareOfNeed ?? 0)} of it, on a contract worth{" "}
          {facts.bidCandy.dependentFromIncomeShare}% or more of the organisation’s income, they breach viability. No
          guarantee at all is judged by that share of income whatever minimum was given: a caution below{" "}
          {facts.bidCandy.noGuaranteeIncomeShare?.serious}%, serious from it, a viability breach from{" "}
          {facts.bidCandy.noGuaranteeIncomeShare?.viability}%. If fewer than {facts.bidCandy.trackRecord?.caution}% of
          the partners the prime named in its last bids received work, that is a caution (serious below{" "}
          {facts.bidCandy.trackRecord?.serious}%).
        </li>
        <li>
          <strong>{t.cashflow}</strong>: the months of its own running costs the organisation must fund from reserves
          (below), as a share of its free reserves: a caution from {percent(facts.cashflow.reservesShare?.caution ?? 0)}
          , serious from {percent(facts.cashflow.reservesShare?.serious ?? 0)}, a viability breach from{" "}
          {percent(facts.cashflow.reservesShare?.viability ?? 0)} — a warning well before the reserves are gone.
        </li>
        <li>
          <strong>{t.fee}</strong>: a fee above the most the organisation can accept is serious;{" "}
          {facts.feeViabilityTimesLimit} times that limit or more breaches viability.
        </li>
        <li>
          <strong>{t.term}</strong>: a sub-contract shorter than the organisation says the service needs is serious.
        </li>
        <li>
          <strong>{t.notice}</strong>: notice shorter than the organisation needs to wind down safely is serious; more
          than {percent(1 - (facts.noticeViabilityBelowShareOfNeed ?? 1))} short of it breaches viability.
        </li>
      </ul>
      <h3>The cash-flow calculation</h3>
      <p>
        Months to fund = contract’s share of income × ((1 − share paid on results) × months waiting for delivery
        payments + share paid on results × (months to a claimable result + payment lag in days ÷{" "}
        {data.cash.daysPerMonth})) + contract’s share × share paid on results × share of outcomes never paid ×{" "}
        {facts.cashflow.unrecoveredHorizonMonths} months.
      </p>
      <p>
        The last part counts the costs of outcomes that are never paid for over a year. The figures the method assumes
        when a side leaves an optional figure blank:
      </p>
      <ul>
        {data.defaults.map((d) => (
          <li key={d.label}>
            {d.label} ({d.side === "vcs" ? "the organisation" : "the prime"}):{" "}
            {d.value === null
              ? "no default; the rule is skipped"
              : `${d.value}${d.unit === "percent" ? "%" : ` ${d.unit}`}`}
          </li>
        ))}
      </ul>
      <p>
        For example, a contract worth {data.cash.contractIncomeShare}% of the organisation’s income, with{" "}
        {data.cash.outcomePaymentShare}% paid on results {data.cash.paymentLagDays} days after each result, and the
        defaults above: delivery payments wait {monthsText(data.cash.deliveryWait)}, results payments{" "}
        {monthsText(data.cash.resultsWait)}; {monthsText(data.cash.timing)} of costs are tied up waiting and{" "}
        {monthsText(data.cash.unrecovered)} never recovered, so it needs about{" "}
        <strong>{monthsText(data.cash.need)}</strong> of running costs from its reserves.
      </p>

      <h2 id="verdict">6. The verdict, and why</h2>
      <ol>
        <li>
          <strong>{data.verdictLabels.RED_LINES}</strong> if there is any dealbreaker, whatever the score. As with the
          pass or fail questions of a public procurement, no score can outweigh a red line.
        </li>
        <li>
          Otherwise the overall score’s band: <strong>{data.verdictLabels.STRONG}</strong> from {bands.STRONG},{" "}
          <strong>{data.verdictLabels.WORKABLE}</strong> from {bands.WORKABLE},{" "}
          <strong>{data.verdictLabels.WEAK}</strong> below {bands.WORKABLE}. Then each of these can lower it, never
          raise it:
          <ul>
            <li>
              the band of the weakest critical section ({data.critical.join("; ")}), so a strong average cannot hide one
              of these going badly;
            </li>
            {caps.serious ? (
              <li>any serious flag: {BAND_WORD[caps.serious]} at best, because something must be negotiated first;</li>
            ) : null}
            {caps.edgeInCritical ? (
              <li>
                {caps.edgeInCritical.count} or more agreements only at the edge in one critical section:{" "}
                {BAND_WORD[caps.edgeInCritical.cap]} at best, because agreements at the limit of what a side can live
                with tend not to hold;
              </li>
            ) : null}
            {caps.viability ? (
              <li>any figure that breaches the organisation’s viability: {BAND_WORD[caps.viability]} at best;</li>
            ) : null}
            {caps.manySerious ? (
              <li>
                {caps.manySerious.count} or more serious flags in critical sections, from the figures or from unsafe
                agreements: {BAND_WORD[caps.manySerious.cap]} at best.
              </li>
            ) : null}
          </ul>
        </li>
      </ol>
      <p>
        Every report says in one line why its verdict is what it is: the rule that set it. These are realistic pairs,
        run through the real engine:
      </p>
      <TableScroll label="Why this verdict">
        <table className="table">
          <caption>Why this verdict: worked examples</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Verdict</th>
              <th scope="col" className="numeric">
                Overall
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {data.why.map((row) => (
              <tr key={row.title}>
                <th scope="row">{row.title}</th>
                <td>{row.verdict}</td>
                <td className="numeric">{row.overall}</td>
                <td>{row.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 id="calibration">7. How the bands were set</h2>
      <p>
        A strong fit should mean the two sides want the same partnership. The bands were set by simulation:{" "}
        {data.calibration.pairs} pairs of each kind below, scored by this method and by method v1. {data.simulationNote}
      </p>
      <dl className="definitions">
        {data.calibration.kinds.map((k) => (
          <div key={k.kind}>
            <dt>{k.name}</dt>
            <dd>{k.text}</dd>
          </div>
        ))}
      </dl>
      <TableScroll label="Calibration">
        <table className="table">
          <caption>Verdicts of simulated pairs</caption>
          <thead>
            <tr>
              <th scope="col">Pairs</th>
              <th scope="col" className="numeric">
                Mean overall
              </th>
              <th scope="col" className="numeric">
                Strong
              </th>
              <th scope="col" className="numeric">
                Workable
              </th>
              <th scope="col" className="numeric">
                Weak
              </th>
              <th scope="col" className="numeric">
                Red lines
              </th>
              <th scope="col" className="numeric">
                Strong, core set
              </th>
              <th scope="col" className="numeric">
                Strong under v1
              </th>
            </tr>
          </thead>
          <tbody>
            {data.calibration.kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{k.name}</th>
                <td className="numeric">{k.meanOverall}</td>
                <td className="numeric">{k.counts.STRONG}</td>
                <td className="numeric">{k.counts.WORKABLE}</td>
                <td className="numeric">{k.counts.WEAK}</td>
                <td className="numeric">{k.counts.RED_LINES}</td>
                <td className="numeric">{k.core.STRONG}</td>
                <td className="numeric">{k.v1.STRONG}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        Method v1 set its bands at {data.v1Bands.STRONG} and {data.v1Bands.WORKABLE} by analogy with partnership
        surveys, where an average of 4 out of 5 is a strength. That analogy does not hold for a score that measures the
        distance between two sides: under v1 almost every pair of unrelated middling answers came out strong. Method v2
        makes one step apart count for more, sets the bands at {bands.STRONG} and {bands.WORKABLE}, and is tested
        against these simulations and the realistic pairs below on every change. On the short core set, with two or
        three questions in a section, one difference weighs more: near-identical pairs come out strong less often, and
        unrelated pairs still never do.
      </p>
      <TableScroll label="Scenarios">
        <table className="table">
          <caption>Realistic pairs: the verdict an adviser would expect, and the verdict given</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Expected</th>
              <th scope="col">Given</th>
            </tr>
          </thead>
          <tbody>
            {data.calibration.scenarios.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{data.verdictLabels[s.expected]}</td>
                <td>{data.verdictLabels[s.verdict]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 id="versions">8. The core set and earlier versions</h2>
      <p>
        The full question bank has {data.core.of} questions, about 40 minutes for one side. The short core set has{" "}
        {data.core.items} of them, for workshops and quick screens; it is scored the same way, and its report says it
        used the core set. Sections that are not critical ({data.notCritical.join("; ")}) still count towards the
        overall score.
      </p>
      {data.v1Fit ? (
        <p>
          Checks created before December 2026 keep method v1: with a position both could accept, fit ={" "}
          {data.v1Fit.overlapFloor} + {1 - data.v1Fit.overlapFloor} × closeness; without, {data.v1Fit.noOverlapCeiling}{" "}
          × closeness (closeness = 1 − steps apart ÷ 4); bands {data.v1Bands.STRONG} and {data.v1Bands.WORKABLE}; a
          serious flag caps the verdict at workable; figures cannot stop the deal. Their reports never change.
        </p>
      ) : null}
      <h2 id="several-respondents">9. When several people answer for one side</h2>
      <p>
        A side’s lead can invite board members or colleagues to answer the same questions, each on their own. Their
        answers are combined into one answer per question, and the check is scored on that answer exactly as if one
        person had given it:
      </p>
      <ul>
        <li>
          <strong>Preferred position</strong>: the middle one of their preferred positions (the median). With an even
          number of people the two middle positions may differ; then the combined answer takes the more independent of
          the two (the lower number). With four people preferring {data.board.even.preferred.join(", ")}, it is{" "}
          {data.board.even.combined}.
        </li>
        <li>
          <strong>Positions it could accept</strong>: only those <em>every</em> respondent could accept. This is
          deliberately cautious: the side does not offer what some of its own people could not live with. If there is no
          such position, or the combined preferred position is not one of them, the combined answer accepts only its
          preferred position. The positions more than half could accept (the majority view) are shown beside it.
        </li>
        <li>
          <strong>Importance</strong>: the highest any respondent gave. <strong>Red line</strong>: if anyone marked it a
          red line, the combined answer is a red line.
        </li>
      </ul>
      <p>
        The order in which people answer makes no difference, and one person’s answer is used exactly as given. The
        spread of the answers, and the flag below, are shown only once <strong>{data.board.threshold}</strong> or more
        of the people invited have submitted (the lead’s own answers count in the combination but not towards this,
        since the lead knows them): with fewer, each could work out the others’ answers from it, and people answer more
        candidly when they cannot be singled out. With fewer than {data.board.threshold}, only the combined answer is
        shown.
      </p>
      <p>
        What this cannot prevent: the lead sees who has submitted, so a lead who looks at the board’s answer just before
        and just after one person submits can work out that person’s answers from the change. Someone who has submitted
        cannot be withdrawn, for the same reason. A board that needs more than this should have someone who is not a
        respondent hold the side’s link, or agree that the lead looks only once everyone has submitted.
      </p>
      <h3>A worked example: five trustees</h3>
      <TableScroll label="Five trustees' answers">
        <table className="table">
          <caption>Five trustees answer “{data.board.question}” for the organisation</caption>
          <thead>
            <tr>
              <th scope="col">Respondent</th>
              <th scope="col">Preferred (could accept), importance</th>
            </tr>
          </thead>
          <tbody>
            {data.board.respondents.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ul>
        <li>
          Their preferred positions in order are {data.board.sortedPreferred.join(", ")}: the middle one is{" "}
          <strong>{data.board.combined.preferred}</strong> (“{data.board.options[data.board.combined.preferred - 1]}”).
        </li>
        <li>
          Positions every trustee could accept: {data.board.everyone ?? "none"}. So the combined answer could accept{" "}
          <strong>{data.board.combined.acceptable}</strong>. The majority view (positions more than half could accept):{" "}
          {data.board.majority}.
        </li>
        <li>
          Importance: <strong>{data.board.combined.importance}</strong>, the highest given. Red line:{" "}
          <strong>{data.board.combined.redLine ? "yes" : "no"}</strong>, because{" "}
          {data.board.spread.redLines === 1
            ? "one trustee marked it"
            : `${data.board.spread.redLines} trustees marked it`}
          .
        </li>
      </ul>
      <TableScroll label="The spread">
        <table className="table">
          <caption>The spread the report shows for this question</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Option</th>
              <th scope="col" className="numeric">
                Trustees who preferred it
              </th>
            </tr>
          </thead>
          <tbody>
            {data.board.spread.positions.map((count, i) => (
              <tr key={i}>
                <th scope="row">
                  {i + 1}
                  {data.board.combined.preferred === i + 1 ? " (the combined answer)" : ""}
                </th>
                <td>{data.board.options[i]}</td>
                <td className="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Marked it a red line
              </th>
              <td className="numeric">
                {data.board.spread.redLines} of {data.board.respondents.length}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <h3>{data.board.flagTitle}</h3>
      <p>
        When {data.board.threshold} or more people have answered for a side, the report flags each question on which
        their preferred positions are two or more steps apart, or some but not all of them marked it a red line. It is
        serious on a question in a critical section and a caution elsewhere. It is a question about the side’s own
        process, for its board to settle, not a term to negotiate with the other side, so, like a contradiction, it caps
        nothing: the verdict is the same with or without it.
      </p>
      {data.board.flag ? (
        <p>
          In the example the trustees’ preferred positions run from {Math.min(...data.board.sortedPreferred)} to{" "}
          {Math.max(...data.board.sortedPreferred)}, so the report raises it, as{" "}
          {data.board.flag.severity === "serious" ? "serious" : "a caution"}
          {data.board.critical ? ` (${data.board.section} is a critical section)` : ""}: “{data.board.flag.explanation}”
        </p>
      ) : null}

      <h2 id="revised-verdict">10. After the conversation: the revised verdict</h2>
      <p>
        Once both sides have submitted, they can meet and go through the report’s flags together in the{" "}
        <strong>joint review</strong>. For each flag they record one of three outcomes:
      </p>
      <ul>
        <li>
          <strong>{data.review.kinds.agreed}</strong>: a position on the same 1 to 5 scale that both will sign up to,
          with the clause wording they agreed (for a flag raised by the figures, the figures both agreed);
        </li>
        <li>
          <strong>{data.review.kinds.open}</strong>: not settled yet, with what is still to settle;
        </li>
        <li>
          <strong>{data.review.kinds.accepted}</strong>: both know about the risk and go ahead anyway, saying who
          carries it and why.
        </li>
      </ul>
      <p>
        Either side can propose an outcome, but it counts only once the other side has confirmed it through its own
        link, so neither side can write down the other’s concession. Changing an outcome means proposing it again, and
        the other side confirming it again.
      </p>
      <p>
        The <strong>revised verdict</strong> is the same calculation as the report’s, run again on the answers as
        agreed: on each agreed question both sides now prefer the agreed position and could accept only that, and each
        agreed figure takes the place of the figure given. Everything else is as the two sides submitted it. So a
        dealbreaker both sides have settled drops away, and the scores move with it. A dealbreaker left open, or
        accepted as a risk, is still there, so the revised verdict stays at{" "}
        <strong>{data.verdictLabels.RED_LINES}</strong> and says why: accepting a risk is not resolving it. An agreement
        can also raise a flag of its own (a term that is unsafe whatever both chose, say). The revised verdict is shown
        beside the original, never in its place: the report as submitted does not change.
      </p>
      <h3>A worked example</h3>
      <p>
        Take the three questions of section 3 in a check where the two sides met on every other question and the figures
        are healthy. The report’s verdict is <strong>{data.review.before.label}</strong> (overall{" "}
        {data.review.before.overall}): “{data.review.originalWhy}”
      </p>
      <p>
        In the joint review the two sides agree position {data.review.position} on “{data.review.dealbreaker.question}”
        (“{data.review.option}”), and record {data.review.caution.title} as {data.review.kinds.open.toLowerCase()}. The
        engine then gives:
      </p>
      <dl className="definitions">
        <div>
          <dt>Before</dt>
          <dd>
            {data.review.before.label} (overall {data.review.before.overall})
          </dd>
        </div>
        <div>
          <dt>After</dt>
          <dd>
            {data.review.agreed.after.label} (overall {data.review.agreed.after.overall}): {data.review.agreed.why}
          </dd>
        </div>
        <div>
          <dt>Flags that cleared</dt>
          <dd>
            {data.review.agreed.cleared.length === 0
              ? "None"
              : data.review.agreed.cleared
                  .map((c) => `${c.title} (${c.how === "agreed" ? "by its own agreement" : "by another agreement"})`)
                  .join("; ")}
          </dd>
        </div>
        <div>
          <dt>Still raised</dt>
          <dd>
            {data.review.agreed.flags.length === 0
              ? "None"
              : data.review.agreed.flags.map((f) => `${f.title} (${REVISED_STATUS_WORDS[f.status]})`).join("; ")}
          </dd>
        </div>
      </dl>
      <p>
        If instead they record {data.review.dealbreaker.title} as {data.review.kinds.accepted.toLowerCase()}, the
        revised verdict is <strong>{data.review.accepted.after.label}</strong> (overall{" "}
        {data.review.accepted.after.overall}): “{data.review.accepted.why}”
      </p>

      <h2 id="check-ups">11. Check-ups: comparing one round with the one before</h2>
      <p>
        A check before signing is the baseline for the relationship. Six or twelve months in, or at a renewal, the
        person who started the check can start a new round. Each side’s answers to the questions start from its answers
        in the round before, to check and change; the figures are asked again, as they will have changed. The new round
        is scored exactly like any check, by the question bank and method current when it starts, and kept sealed until
        both sides have submitted.
      </p>
      <p>
        Its check-ups page then compares it with the round before: the verdict and the overall score before → after, a
        chart of each section’s score round by round, the questions whose answers moved, and the flags that appeared,
        cleared or changed severity. Only what both rounds asked is compared. A question only one round asked, or a kind
        of flag only one round’s method raises, is listed as not compared; and when the two rounds used different
        methods, a score can move with the method alone, so the page says so and lists only the questions whose answers
        moved.
      </p>

      <p>
        The score is a starting point for a conversation, not a decision. Read the flags and the questions to discuss,
        and talk to the other side. <Link to="/checks/new">Start a partnership check</Link>.
      </p>
    </>
  );
}
