import { Form } from "@remix-run/react";

/** The invitation page for the other party of a stakeholder review (issue 20), before it accepts. */
export function ReviewPartyInvitation(props: {
  service: string;
  party: "commissioner" | "provider";
  organisation: string;
  other: string;
}) {
  return (
    <>
      <span className="caption">Stakeholder review</span>
      <h1>
        You are invited to run the stakeholder review of {props.service} with {props.other}
      </h1>
      <p>
        {props.other} has started a stakeholder review of {props.service} and asks {props.organisation}, as the{" "}
        {props.party}, to run it together: to confirm you are both running it, invite the organisations the service
        works with, and discuss the results.
      </p>
      <div className="notice">
        <h2>What happens when you accept</h2>
        <ul>
          <li>This invitation becomes yours: it stops working for anyone else, including the person who sent it.</li>
          <li>You get a private link of your own to come back with. Keep it somewhere safe.</li>
          <li>
            Nobody sees any one stakeholder’s answers, including you: only each group’s results, and only for groups
            where at least three people have answered.
          </li>
        </ul>
      </div>
      <p>If you are not the right person to run this review for {props.organisation}, do not accept: pass it on.</p>
      <Form method="post">
        <button type="submit" className="button button--start">
          Accept
        </button>
      </Form>
    </>
  );
}
