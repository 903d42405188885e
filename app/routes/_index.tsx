import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [
  { title: "Common Ground – test a partnership before you sign" },
  {
    name: "description",
    content:
      "A partnership check for voluntary organisations and prime contractors: values, brand and independence, scored and flagged before anyone signs a sub-contract.",
  },
];

export default function Home() {
  return (
    <>
      <h1>Test a partnership before you sign</h1>
      <p className="lead">
        Common Ground helps a charity or community organisation and a prime contractor find out whether a
        sub-contracting partnership will hold, before either side commits.
      </p>
      <p>
        Each side answers the same questions, in its own words, about values, brand, independence and voice, and the
        money, referrals, data and exit terms that decide how much independence is left. Neither side sees the other’s
        answers until both have submitted. Common Ground then scores how well the two sides fit and flags dealbreakers,
        such as a requirement to deliver under the prime’s brand when your own identity is a red line, in plain English
        for a board paper.
      </p>
      <Link to="/checks/new" className="button button--start" role="button">
        Start a partnership check
      </Link>

      <h2>Who it is for</h2>
      <div className="columns columns--3">
        <div>
          <h3>Charity boards and senior staff</h3>
          <p>Assessing a bid or an invitation to join a supply chain, and needing a clear answer for trustees.</p>
        </div>
        <div>
          <h3>Prime contractors</h3>
          <p>Screening possible partners honestly, with the dealbreakers found before the bid, not after.</p>
        </div>
        <div>
          <h3>Infrastructure bodies</h3>
          <p>Councils for voluntary service and sector networks helping local organisations prepare.</p>
        </div>
      </div>

      <h2>How it works</h2>
      <ol>
        <li>Start a check: name the opportunity, the organisation and the prime contractor.</li>
        <li>Send each side its own secret link. Each answers privately and can save and come back.</li>
        <li>When both have submitted, both see the same result: a verdict, scores and the issues to discuss.</li>
      </ol>
      <p>
        It takes each side about 30 to 45 minutes. <Link to="/how-scoring-works">Read how the score works</Link>.
      </p>

      <h2>Other ways to use it</h2>
      <div className="columns columns--2">
        <div>
          <h3>Screen many partners at once</h3>
          <p>
            For a prime contractor: answer once, and test every organisation that applies or that you invite against
            your terms.
          </p>
          <p>
            <Link to="/searches/new">Start a partner search</Link>
          </p>
        </div>
        <div>
          <h3>Workshops</h3>
          <p>
            For councils for voluntary service and sector networks: a room of organisations answers on their phones
            against an example prime, in about 20 minutes, and each takes home what it will and won’t compromise on.
          </p>
          <ul className="list--links">
            <li>
              <Link to="/workshops/new">Run a workshop</Link>
            </li>
            <li>
              <Link to="/join">Join a workshop</Link>
            </li>
          </ul>
        </div>
        <div>
          <h3>Stakeholder reviews</h3>
          <p>
            For commissioners and the providers of relational services, such as a local Healthwatch: ask the NHS, the
            council and community groups what they think of the service, with answers kept anonymous, and agree what to
            change.
          </p>
          <p>
            <Link to="/stakeholder-reviews/new">Start a stakeholder review</Link>
          </p>
        </div>
      </div>
    </>
  );
}
