/**
 * Plain-English text for every flag code: what it means, what the two sides
 * should talk about, and what could be negotiated. Shown in reports and board
 * papers, so it is written for trustees and partnership managers alike.
 */
import type { FlagCode, FlagDescription } from "./types";

export const FLAG_CATALOGUE: Record<FlagCode, FlagDescription> = {
  MANDATORY_REBRANDING: {
    code: "MANDATORY_REBRANDING",
    title: "Mandatory rebranding",
    meaning:
      "This concerns whose brand front-line delivery is under. If the prime's brand must replace the organisation's own, the organisation's identity, and the trust clients place in its name, are at stake.",
    questions: [
      "Why does the prime want a single brand, and what would be lost if the organisation's name appeared as well?",
      "How do clients find the organisation and decide to trust it today?",
      "Which materials must carry the prime's brand, and which could carry both names?",
      "What happens to the organisation's standing in the area if the contract ends?",
    ],
    negotiable: [
      "Co-branding on all client-facing materials",
      "The programme brand with a clear 'delivered by' line naming the organisation",
      "The organisation's own brand kept for its other services, including in shared premises",
    ],
  },
  STAFF_REBADGING: {
    code: "STAFF_REBADGING",
    title: "Staff rebadging",
    meaning:
      "This concerns whether staff must use the prime's uniform, email or ID badge. If they must, clients may not know who is supporting them, and staff may lose their connection with their own employer.",
    questions: [
      "How will clients know which organisation employs the person supporting them?",
      "Which systems really need a prime email address or ID, and why?",
      "How will the organisation keep its staff connected to its own supervision and culture?",
    ],
    negotiable: [
      "Joint ID badges showing both organisations",
      "Staff keep their own email addresses, with guest access to the prime's systems",
      "A programme pass worn alongside the organisation's own ID",
    ],
  },
  INVISIBLE_PARTNER: {
    code: "INVISIBLE_PARTNER",
    title: "Invisible partner",
    meaning:
      "This concerns whether the organisation is credited publicly as the provider of the work it does. Without that credit its reputation, its fundraising and its accountability to the people it serves can suffer.",
    questions: [
      "Where will the public, commissioners and funders see who delivers the service?",
      "Is there a reason not to publish the supply chain?",
      "Can the organisation describe this work in its annual report and funding applications?",
    ],
    negotiable: [
      "A named-provider statement in the published supply chain",
      "The organisation named on leaflets and web pages for its part of the service",
      "Agreed wording the organisation can use about the contract in its own reports",
    ],
  },
  GAGGING_CLAUSE: {
    code: "GAGGING_CLAUSE",
    title: "Limits on speaking out",
    meaning:
      "This concerns limits on what the organisation can say in public: to the media, in campaigns and consultation responses, to the commissioner, or in publishing its own results. The Compact treats the right to campaign as independent of any funding relationship.",
    questions: [
      "Exactly which statements would need the prime's approval, and how quickly would it reply?",
      "Would the organisation still be free to criticise the policy that the programme delivers?",
      "How would any 'reputation' or 'adverse publicity' wording be used in practice?",
      "Is there a route for raising concerns about the programme that both sides trust?",
    ],
    negotiable: [
      "Approval limited to statements about the contract itself, with a set time to reply",
      "A 'no surprises' advance notice instead of approval",
      "Removal of broad 'adverse publicity' or 'reputation' clauses",
    ],
  },
  VALUES_CONFLICT: {
    code: "VALUES_CONFLICT",
    title: "Values conflict",
    meaning:
      "This concerns core values and the approach to the people the service is for, such as conditionality, benefit sanctions or required attendance. Differences like these are hard to settle in a contract and tend to return in day-to-day delivery.",
    questions: [
      "What does each side see as success for a client?",
      "What part, if any, should the organisation play in reporting that could lead to a sanction?",
      "Which values is each side unwilling to compromise on?",
      "Could the organisation deliver a distinct part of the service where the conflict does not arise?",
    ],
    negotiable: [
      "A short statement of shared principles instead of adopting one side's values in full",
      "Clear rules on what is reported, when, and with the client's knowledge",
      "A voluntary part of the service kept separate from required activity",
    ],
  },
  MODEL_OVERRIDE: {
    code: "MODEL_OVERRIDE",
    title: "Delivery model imposed",
    meaning:
      "This concerns how far the prime fixes the delivery model, or the rules on accepting referrals. If the organisation was chosen for its way of working, fixing what it sees as essential can undermine the point of the partnership.",
    questions: [
      "Which parts of the model does the commissioner require, and which are the prime's preference?",
      "What evidence does each side have that its approach works?",
      "When could the organisation turn down a referral, and who decides?",
    ],
    negotiable: [
      "Outcomes and minimum standards set by the prime, with the method left to the organisation",
      "Agreed caseload ranges rather than a single fixed cap",
      "Written criteria for declining unsuitable or unsafe referrals",
    ],
  },
  POLICY_OVERRIDE: {
    code: "POLICY_OVERRIDE",
    title: "Policies replaced",
    meaning:
      "This concerns whether the prime's policies, for example on safeguarding, quality, consent or data sharing, replace the organisation's own. The organisation's trustees remain responsible for how it treats the people it works with.",
    questions: [
      "Where do the two sides' policies actually differ, and does the difference matter for clients?",
      "How will concerns be passed between the organisations quickly and safely?",
      "How will clients be told who sees their information, and on what basis?",
    ],
    negotiable: [
      "Each side's policies checked against agreed minimum standards rather than replaced",
      "A joint protocol for safeguarding concerns and complaints",
      "A data-sharing agreement and a privacy notice that both sides have approved",
    ],
  },
  GOVERNANCE_INTRUSION: {
    code: "GOVERNANCE_INTRUSION",
    title: "Governance and a fair say",
    meaning:
      "This concerns the balance of say between the two sides: any role the prime has over the organisation's board or policies, the organisation's voice in how the supply chain is run, and how disputes are settled. A charity's trustees must stay in charge of the charity.",
    questions: [
      "What does the prime need to see to be sure the contract is being met, and what goes beyond that?",
      "How will partners' views shape decisions about the supply chain?",
      "If the two sides disagree, who decides, and is any part of that route independent?",
    ],
    negotiable: [
      "Checks limited to the contract's requirements, with no role in the organisation's board",
      "A supply-chain forum with written terms that require the prime to respond to it",
      "Independent mediation as a step before any formal dispute",
    ],
  },
  BID_CANDY: {
    code: "BID_CANDY",
    title: "Bid candy risk",
    meaning:
      "This concerns whether the organisation could be named in a bid, or tied to the prime, without committed referral volumes, or with fewer guaranteed referrals than it needs to stay viable. In the probation reforms, many charities named in bids later received no funding.",
    questions: [
      "What referral volume can the prime commit to, and what is that figure based on?",
      "What happens, and how soon, if referrals fall short?",
      "How will the organisation's name be used in the bid, and what does that commit each side to?",
      "Does any exclusivity still make sense without guaranteed volumes?",
    ],
    negotiable: [
      "A guaranteed minimum number of referrals a year",
      "A review that starts automatically when referrals fall below an agreed level",
      "Exclusivity limited to the bid itself, or released if volumes are not met",
    ],
  },
  CASHFLOW_RISK: {
    code: "CASHFLOW_RISK",
    title: "Cash-flow risk",
    meaning:
      "This concerns whether payment on results, and the time taken to pay, would need more money up front than the organisation's free reserves can safely provide. An organisation that runs out of cash can fail even while its work is going well.",
    questions: [
      "How many months of costs would the organisation carry before its first payment?",
      "Which outcomes are paid for, and how often might they not be achieved or confirmed?",
      "Could the prime pay within a set time of an outcome, rather than when it is paid itself?",
    ],
    negotiable: [
      "A larger share of payment for delivery rather than results",
      "A set-up payment or working-capital advance",
      "Payment within a fixed number of days of an outcome being confirmed",
    ],
  },
  RISK_PASS_DOWN: {
    code: "RISK_PASS_DOWN",
    title: "Risk passed down",
    meaning:
      "This concerns how penalties, harder-to-help clients and financial risk are shared across the supply chain, and whether the organisation can see how. The sector's own code of practice says primes should not pass down risk out of proportion to a partner's size or control over results.",
    questions: [
      "Which penalties could reach the organisation, and is there a cap?",
      "How will the mix of clients be checked, and what happens if harder cases are concentrated on the organisation?",
      "What figures will the prime share so that partners can see how risk and reward are split?",
    ],
    negotiable: [
      "Penalties passed down only where the organisation caused the failure, with a cap",
      "Higher payment rates for clients who need more help",
      "Open-book reporting of fees and referrals across the supply chain",
    ],
  },
  TOPSLICE_EXCESS: {
    code: "TOPSLICE_EXCESS",
    title: "Management fee too high",
    meaning:
      "This concerns the management fee (top-slice) the prime keeps. If it is higher than the organisation can accept while still covering the full cost of delivery, the organisation ends up subsidising the contract from its other funds.",
    questions: [
      "What does the fee pay for, and what does the organisation receive in return?",
      "Does the price paid to the organisation cover its full costs, including overheads?",
      "Is the same fee charged to every partner in the supply chain?",
    ],
    negotiable: [
      "An itemised fee tied to named services from the prime",
      "A lower fee where the organisation provides its own back-office services",
      "A fee that reduces once set-up is complete",
    ],
  },
  SHORT_TERM: {
    code: "SHORT_TERM",
    title: "Contract too short",
    meaning:
      "This concerns whether the sub-contract runs long enough for the service to build relationships and show results. Relational services tend to suffer most from short terms and frequent retendering.",
    questions: [
      "If the sub-contract is shorter than the prime's own contract, why?",
      "How long does the organisation need to recruit, build trust with clients and show results?",
      "What would lead to renewal, and how early would the organisation know?",
    ],
    negotiable: [
      "A term matching the prime's own contract",
      "Automatic extension when agreed performance levels are met",
      "At least six months' notice of any decision not to renew",
    ],
  },
  EXIT_AT_WILL: {
    code: "EXIT_AT_WILL",
    title: "Exit on the prime's terms",
    meaning:
      "This concerns how the sub-contract can end and on whose terms: the notice given, the exit plan, and what happens to staff, materials and methods. Ending a partnership has legal and financial consequences, so these terms are best settled before signing.",
    questions: [
      "In what circumstances could the prime end the sub-contract when the organisation has done nothing wrong?",
      "How much notice would the organisation need to close the service safely?",
      "Who pays for redundancies, and how would any staff transfer under TUPE be handled?",
      "What can the organisation take with it, such as materials and methods it developed?",
    ],
    negotiable: [
      "Ending for convenience only if the prime's own contract ends or is reduced",
      "A longer notice period, with reasonable wind-down costs paid",
      "An exit plan agreed at the start, covering staff, clients, data and materials",
    ],
  },
  BENEFICIARY_CAPTURE: {
    code: "BENEFICIARY_CAPTURE",
    title: "Loss of client records and relationships",
    meaning:
      "This concerns who owns client records and data, and who keeps the relationship with the people the organisation supports. If the prime takes these over, clients may lose a source of help they trust, and the organisation its history with them and the evidence of its work.",
    questions: [
      "Who is responsible for each kind of record under data protection law, and who keeps copies at the end?",
      "What happens to clients who want to stay in touch with the organisation after the contract?",
      "Can the organisation export its records from the prime's system, and how often?",
    ],
    negotiable: [
      "A data-sharing agreement that sets out each side's rights to the records",
      "A regular export of the organisation's records in a usable format",
      "A handover plan led by clients' choices, with people free to stay in touch",
    ],
  },
};
