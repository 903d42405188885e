/**
 * The built-in scenario primes for workshops (issue 18; docs/method.md, "Workshop scenarios"). Councils for
 * voluntary service run sessions in which small charities answer the organisation's side against an example prime,
 * to work out what they will and will not compromise on. Each profile answers every item of one question bank, in
 * that bank's prime wording, and says why in each answer's note; a new bank gets profiles of its own, so a workshop
 * that recorded a profile's id can always be read against the answers it was run with.
 *
 * Content, not code: the positions were chosen by reading each item's five prime options (bank v2) and picking the
 * one such a prime would sign. No prime here prefers a position the bank marks unsafe, and each profile's figures
 * agree with its own answers (tests/unit/workshop-profiles.test.ts holds both).
 */
import type { Answer, FactId, Importance, Position, SideAnswers } from "./types";
import type { WorkshopProfile } from "./workshop";

type ProfileAnswer = Answer & { note: string };

/** One answer: preferred, the range the prime could accept, how much it matters, and why (the note). */
function answer(
  preferred: Position,
  min: Position,
  max: Position,
  importance: Importance,
  note: string,
  options: { redLine?: boolean; fixed?: boolean } = {},
): ProfileAnswer {
  return {
    preferred,
    acceptable: { min, max },
    importance,
    redLine: options.redLine ?? false,
    note,
    ...(options.fixed ? { fixed: true } : {}),
  };
}

const RED_LINE = { redLine: true } as const;
/** Set by the commissioner or the head contract: the prime could not change it if it wanted to. */
const FIXED = { fixed: true } as const;

/**
 * A probation-style prime offering the "tighter embrace" the sector's record describes (GMCVO's phrase):
 * fewer partners, more work over time and capacity building, in return for its brand, its values and one seamless
 * service. Its red lines are the single brand and its case-management system.
 */
const TIGHTER_EMBRACE: WorkshopProfile = {
  id: "tighter-embrace",
  bankVersion: "2",
  title: "A probation prime seeking a tighter embrace",
  primeName: "Fenmoor Justice Partnership (example)",
  summary:
    "An example prime running rehabilitation services for people on probation. It offers a few partners more work over time and help to grow, in return for delivering under its brand, to its values and in its case system, as one seamless service. Use it to test how much of your identity and voice you would trade for that security.",
  answers: {
    // ---- Mission and values ----
    "service-purpose": answer(
      4,
      3,
      5,
      "high",
      "We are paid against the commissioner's targets for reducing reoffending, so those lead. Partners are welcome to track their own measures alongside them.",
    ),
    "values-signup": answer(
      4,
      3,
      5,
      "high",
      "Clients should meet one service with one set of values, so partners adopt ours for this work. At the least we would need them to follow our code of conduct.",
    ),
    conditionality: answer(
      4,
      3,
      4,
      "high",
      "People on probation are under court orders or licence conditions, so missed appointments must be reported. Partners can add what they know about why someone did not attend.",
    ),
    "voluntary-engagement": answer(
      4,
      4,
      5,
      "medium",
      "Most people come to us because a court or licence requires it, so attendance is not optional. Partners' extra support on top of that can be.",
      FIXED,
    ),
    // ---- Brand and identity ----
    "brand-delivery": answer(
      5,
      4,
      5,
      "high",
      "One brand is the heart of our offer: clients should meet one service, whoever employs the worker. We could name partners in smaller print, but no further.",
      RED_LINE,
    ),
    "staff-identity": answer(
      5,
      4,
      5,
      "high",
      "A seamless service means clients cannot tell organisations apart, so staff use our uniform, email and ID. We would accept staff telling clients who employs them.",
    ),
    "public-credit": answer(
      3,
      3,
      4,
      "medium",
      "Leaflets and signs carry the programme's name only. We publish the full supply chain because the commissioner requires it.",
    ),
    "name-in-bid": answer(
      3,
      3,
      4,
      "medium",
      "We name partners under a letter of intent so the bid shows a real supply chain. Volumes follow once we know what we have won.",
    ),
    // ---- Independence and voice ----
    "media-approval": answer(
      4,
      3,
      5,
      "high",
      "Probation work draws press attention, so anything touching it goes through our press office to keep one voice. We could instead agree statements about this contract together.",
    ),
    campaigning: answer(
      3,
      3,
      4,
      "medium",
      "Partners are free to campaign on justice policy in general. While the contract runs, we ask that criticism of how it is delivered comes to us rather than to the press.",
    ),
    "own-outcome-data": answer(
      4,
      3,
      5,
      "medium",
      "Results on this contract feed the commissioner's published figures, so partners publish their own only with our approval, to avoid two sets of numbers.",
    ),
    "commissioner-contact": answer(
      4,
      3,
      4,
      "medium",
      "Day-to-day contact with the commissioner goes through us so it hears one account. Partners can always raise safeguarding, whistleblowing or concerns about the contract directly.",
    ),
    // ---- Delivery model and policies ----
    "fixed-model": answer(
      4,
      4,
      5,
      "high",
      "A seamless service needs one core model across every partner, including how often people are seen. Partners can adapt the local details.",
    ),
    "refuse-referrals": answer(
      4,
      3,
      4,
      "medium",
      "Courts and probation officers expect people to be seen, so partners decline a referral only with our agreement. We aim to decide on an unsafe referral the same day.",
    ),
    "quality-standards": answer(
      4,
      4,
      5,
      "medium",
      "Our quality standards apply across the programme so every client gets the same service. Where a partner's own standards go further, they stay.",
    ),
    "safeguarding-policies": answer(
      4,
      3,
      4,
      "high",
      "Public protection needs one set of procedures everyone follows, so our policies apply to this contract. Where a partner's policy is stronger, we use theirs.",
    ),
    "reporting-burden": answer(
      4,
      3,
      4,
      "medium",
      "The commissioner changes what it asks of us during the contract, and we have to pass that on. Most of it comes from the shared case system rather than separate returns.",
    ),
    // ---- Referrals, volumes and the offer ----
    "volume-commitment": answer(
      3,
      3,
      4,
      "high",
      "With fewer partners, each gets a fixed share of our referrals and an estimate of numbers. Courts and probation officers decide how many people come, so we cannot guarantee a number.",
    ),
    "shortfall-review": answer(
      3,
      3,
      4,
      "medium",
      "If referrals fall well short, we review within a set time and agree any changes with the partner, as the sector's codes ask.",
    ),
    "client-mix": answer(
      3,
      3,
      4,
      "medium",
      "Referrals follow agreed criteria and we show any partner who asks how the mix is shared. We do not pay more for harder cases.",
    ),
    exclusivity: answer(
      4,
      3,
      4,
      "medium",
      "Working closely with a few partners means we ask them not to deliver similar work for a competing provider in this area while the contract runs.",
    ),
    "framework-calloff": answer(
      3,
      3,
      4,
      "low",
      "Our work is not let through a framework. If any were, we would share it among our few partners by area, as we share referrals.",
    ),
    "offer-in-return": answer(
      5,
      4,
      5,
      "high",
      "We offer strategic partners growth and capacity building over the years. In return we ask for one seamless service under our brand and values.",
    ),
    // ---- Money and risk ----
    "outcome-share": answer(
      3,
      3,
      4,
      "high",
      "The commissioner pays us partly on results, and we pass the same share on to partners. The payment scheme is set in our head contract.",
      FIXED,
    ),
    "payment-timing": answer(
      4,
      3,
      4,
      "medium",
      "We pay for results when the commissioner pays us, and never later than 90 days after the result. Payment for delivery is monthly.",
    ),
    "management-fee": answer(
      4,
      3,
      4,
      "medium",
      "Our fee pays for the case system, training, quality checks and the capacity building partners receive. It is set across the programme rather than itemised for each partner.",
    ),
    "penalties-passed-down": answer(
      4,
      3,
      4,
      "medium",
      "The commissioner's penalties fall on the whole programme, so partners share them in line with their part of the contract, whoever caused the failure.",
    ),
    "liability-flow-down": answer(
      4,
      3,
      4,
      "medium",
      "The commissioner holds us to the head contract, so most of it passes to partners word for word. We set the liability cap and the insurance partners need.",
    ),
    "upfront-funding": answer(
      2,
      2,
      3,
      "medium",
      "We pay set-up costs such as training and moving onto our case system, as those are our requirements. Partners are then paid monthly.",
    ),
    // ---- Data and the people served ----
    "data-controller": answer(
      4,
      4,
      5,
      "high",
      "We hold one record for everyone on the programme, so partners handle data on our behalf. They keep access to their records for complaints, audits and returning clients.",
    ),
    "ongoing-relationship": answer(
      4,
      3,
      4,
      "high",
      "People on the programme are our clients. After the contract, a partner may still help anyone who comes back to it of their own accord.",
    ),
    "data-reuse": answer(
      3,
      3,
      4,
      "medium",
      "Named data is used only for this contract. Anonymised figures help us plan services and learn what works.",
    ),
    "case-system": answer(
      4,
      4,
      5,
      "high",
      "Every worker records in our case system, so the service is seamless and the commissioner sees one record. Partners get regular exports of their own clients' records.",
      RED_LINE,
    ),
    "consent-sharing": answer(
      4,
      3,
      4,
      "medium",
      "Clients sign up to one programme, so one privacy notice and one consent process cover everyone they work with.",
    ),
    // ---- Governance and fairness ----
    "supply-chain-forum": answer(
      3,
      3,
      4,
      "medium",
      "Partners meet us every quarter to raise issues, and we respond to each one. Decisions about the programme stay with us, as we answer to the commissioner.",
    ),
    "dispute-route": answer(
      3,
      3,
      4,
      "medium",
      "Disputes go between senior staff first, then to the programme board that includes the commissioner.",
    ),
    "board-policies": answer(
      3,
      2,
      3,
      "medium",
      "Changes to a partner's policies that affect this contract need our agreement, and we want to know of big changes such as a merger. The rest of a partner's business is its own.",
    ),
    "open-book": answer(
      4,
      3,
      4,
      "low",
      "Partners see their own figures and how referrals are shared out in general. Other partners' terms are commercially confidential.",
    ),
    "change-control": answer(
      3,
      3,
      4,
      "medium",
      "The commissioner changes the service during the contract, so we vary partners' work on notice after talking to them. Price and volumes change only by agreement.",
    ),
    // ---- Term and exit ----
    "contract-term": answer(
      3,
      3,
      4,
      "high",
      "Partners' sub-contracts run for the five years of our head contract. The commissioner sets that term, not us.",
      FIXED,
    ),
    "termination-convenience": answer(
      2,
      2,
      4,
      "medium",
      "We end a sub-contract early only if the commissioner ends or cuts ours, and we pass on the same notice we receive.",
    ),
    "exit-plan": answer(
      4,
      3,
      4,
      "medium",
      "We set the exit plan near the end of the contract, when we know whether the work moves to a new provider. Partners follow it so no client is left without support.",
    ),
    "assets-ip": answer(
      4,
      3,
      4,
      "low",
      "Materials made for the programme are ours, so the service stays the same if a partner leaves. Partners may go on using them in their other work.",
    ),
    "tupe-pensions": answer(
      4,
      3,
      4,
      "medium",
      "Partners carry the costs of staff transferring to them, priced into their offer. We cover pension deficits above an agreed cap, which small partners could not bear.",
    ),
  },
  facts: {
    guaranteedReferralsPerYear: {
      value: 0,
      why: "Partners get a fixed share of referrals rather than a guaranteed number, as courts and probation officers decide how many come.",
    },
    outcomePaymentShare: {
      value: 40,
      why: "The commissioner pays part of our contract on results and we pass the same share down.",
    },
    paymentLagDays: {
      value: 90,
      why: "We pay for a result when the commissioner pays us, at most 90 days after it is achieved.",
    },
    managementFeePercent: {
      value: 12,
      why: "The fee covers the case system, training, quality checks and the capacity building we offer.",
    },
    termMonths: { value: 60, why: "Sub-contracts run for the five years of our head contract." },
    terminationNoticeDays: {
      value: 180,
      why: "We would pass on the six months' notice the commissioner must give us if it ended our contract early.",
    },
    monthsToOutcomeClaim: {
      value: 12,
      why: "Reoffending is measured over a year, so the first result can be claimed only then.",
    },
    paymentTermsDays: { value: 30, why: "Delivery is paid monthly, within 30 days of the invoice." },
    namedPartnersFundedShare: {
      value: 60,
      why: "We named more partners in our last bids than we now work with: fewer, closer partners is the point of our model.",
    },
  },
};

/**
 * A council framework, run by the council or a lead provider on its behalf, that admits a select list of providers
 * and calls work off to them: no guaranteed volume, its own standards, reporting and standard terms, short terms,
 * retendering and termination for convenience, but moderate on brand ("funded by"). Its red lines are checked
 * safeguarding and the right to end a call-off when budgets change.
 */
const COUNCIL_FRAMEWORK: WorkshopProfile = {
  id: "council-framework",
  bankVersion: "2",
  title: "A council framework with a select list of providers",
  primeName: "Brackenford Council Community Support Framework (example)",
  summary:
    "An example council framework, run by the council or a lead provider on its behalf, that admits a select list of providers and calls off work to them as need arises. It promises no volumes, uses its own quality standards, reporting and standard terms, and competes the work again every two years. Use it to test whether short, uncertain work on standard terms is enough to keep your service going.",
  answers: {
    // ---- Mission and values ----
    "service-purpose": answer(
      4,
      3,
      4,
      "medium",
      "The council's service specification sets who each call-off is for and the outcomes it pays for. Providers can keep their own measures alongside.",
    ),
    "values-signup": answer(
      3,
      2,
      3,
      "medium",
      "Providers follow the council's supplier code of conduct for this work. Their own values are their business.",
    ),
    conditionality: answer(
      2,
      1,
      3,
      "low",
      "We pay for sessions delivered, so we need attendance figures. We play no part in benefit sanctions and do not ask for names.",
    ),
    "voluntary-engagement": answer(
      1,
      1,
      3,
      "low",
      "Most of the services we call off are ones people choose to use. A few referral routes, such as from social care, may expect a first meeting.",
    ),
    // ---- Brand and identity ----
    "brand-delivery": answer(
      2,
      2,
      3,
      "medium",
      "Providers deliver under their own name. We ask for a \u201cfunded by\u201d line with the council's logo, so residents know where public money goes.",
    ),
    "staff-identity": answer(
      2,
      1,
      3,
      "low",
      "Providers' staff use their own ID and email. Some council buildings need a visitor's pass.",
    ),
    "public-credit": answer(
      2,
      1,
      3,
      "low",
      "Providers are named on the materials for their service, and the council publishes who it contracts with, as the rules on council transparency require.",
    ),
    "name-in-bid": answer(
      2,
      2,
      3,
      "low",
      "The council does not bid. Where a lead provider bids to run the framework for us, it names providers only with their written approval and a stated role.",
    ),
    // ---- Independence and voice ----
    "media-approval": answer(
      3,
      2,
      3,
      "medium",
      "Statements about a call-off are agreed with the council's communications team. Anything else providers say to the media is up to them.",
    ),
    campaigning: answer(
      1,
      1,
      2,
      "low",
      "Under our local compact with the voluntary sector, providers may campaign and respond to consultations freely, including on the council's own decisions.",
    ),
    "own-outcome-data": answer(
      3,
      2,
      3,
      "low",
      "Providers may publish their results once we have had a few weeks to comment and correct errors in the council's figures.",
    ),
    "commissioner-contact": answer(
      2,
      1,
      3,
      "low",
      "Providers can talk to council officers, funders and councillors directly. Where a lead provider runs the list, we ask to be told about contact on contract matters.",
    ),
    // ---- Delivery model and policies ----
    "fixed-model": answer(
      2,
      2,
      3,
      "medium",
      "Providers design their own service to meet the call-off, within a few minimum standards such as how quickly people are seen.",
    ),
    "refuse-referrals": answer(
      3,
      2,
      3,
      "medium",
      "Providers may turn down referrals that fall outside the eligibility and safety criteria set out in the call-off.",
    ),
    "quality-standards": answer(
      4,
      3,
      4,
      "medium",
      "Every provider on the list is held to the council's quality standards so residents get the same service wherever they go. Providers' own standards stay where they go further.",
    ),
    "safeguarding-policies": answer(
      3,
      2,
      3,
      "high",
      "Providers keep their own policies, but the council must check them against its minimum safeguarding standards before any work is called off.",
      RED_LINE,
    ),
    "reporting-burden": answer(
      3,
      3,
      4,
      "medium",
      "Providers fill in the council's standard quarterly returns, set out when they join the list. The cost is meant to be in their prices.",
    ),
    // ---- Referrals, volumes and the offer ----
    "volume-commitment": answer(
      4,
      4,
      5,
      "medium",
      "Work comes through call-offs as need arises and budgets allow. We give an estimate each year but cannot promise numbers.",
    ),
    "shortfall-review": answer(
      4,
      3,
      4,
      "low",
      "As the framework promises no volume, there is nothing to review against. We will discuss low call-offs with any provider who asks.",
    ),
    "client-mix": answer(
      4,
      3,
      4,
      "low",
      "Each call-off says who is to be helped, and framework rates are the same for every case, harder ones included.",
    ),
    exclusivity: answer(
      1,
      1,
      2,
      "low",
      "Providers are free to bid for any other work, including for other councils. A healthy local market is good for residents.",
    ),
    "framework-calloff": answer(
      4,
      3,
      5,
      "medium",
      "Each call-off is competed among the providers on the list, so no one is promised work. We publish an estimate of likely call-offs each year.",
    ),
    "offer-in-return": answer(
      1,
      1,
      2,
      "low",
      "A framework is an arm's-length arrangement: we buy services on standard terms and make no promises of growth beyond them.",
    ),
    // ---- Money and risk ----
    "outcome-share": answer(
      2,
      1,
      2,
      "medium",
      "Call-offs are paid mainly for work delivered. A small part of each is paid on agreed outcomes.",
    ),
    "payment-timing": answer(
      2,
      1,
      2,
      "medium",
      "The council pays correct invoices within 30 days, as public bodies must.",
    ),
    "management-fee": answer(
      2,
      2,
      3,
      "low",
      "Where a lead provider runs the list for the council, it keeps a small fee for managing call-offs. Where the council runs it, there is no fee.",
    ),
    "penalties-passed-down": answer(
      3,
      2,
      3,
      "low",
      "Our standard terms let us hold back payment when a provider fails to deliver what was called off, in proportion to the failure, and never for others' failings.",
    ),
    "liability-flow-down": answer(
      3,
      3,
      4,
      "medium",
      "Our standard terms cap liability at a multiple of the call-off's value and set the council's usual insurance levels. We rarely change them for one provider.",
    ),
    "upfront-funding": answer(
      5,
      4,
      5,
      "low",
      "Framework rates are meant to cover providers' costs, so the council does not pay set-up costs or advances.",
    ),
    // ---- Data and the people served ----
    "data-controller": answer(
      2,
      2,
      3,
      "medium",
      "Providers control their own records. The council is responsible for the data providers share with it, under a data-sharing agreement.",
    ),
    "ongoing-relationship": answer(
      3,
      2,
      3,
      "medium",
      "When a call-off ends or the work moves to another provider, we agree a handover plan so no one is left without support, and every client is told their options.",
    ),
    "data-reuse": answer(
      3,
      2,
      3,
      "low",
      "Named data is used only to manage the call-off. Anonymised figures feed the council's assessment of local needs and its service planning.",
    ),
    "case-system": answer(
      1,
      1,
      3,
      "low",
      "Providers keep their own records and upload the agreed returns to the council's portal each quarter.",
    ),
    "consent-sharing": answer(
      2,
      2,
      3,
      "low",
      "Providers share named data only for purposes set in the call-off, under their own privacy notice and consent process.",
    ),
    // ---- Governance and fairness ----
    "supply-chain-forum": answer(
      4,
      3,
      4,
      "low",
      "We brief providers on the list a few times a year and each has a named contract officer. The council decides how the framework runs.",
    ),
    "dispute-route": answer(
      2,
      2,
      3,
      "low",
      "Our standard terms take a dispute to senior managers on both sides, then to independent mediation.",
    ),
    "board-policies": answer(
      2,
      1,
      3,
      "low",
      "We review providers' policies when they join the list and may raise concerns about how a change affects the work. Their boards are their own business.",
    ),
    "open-book": answer(
      2,
      2,
      3,
      "low",
      "The council publishes what it spends with each provider, so the framework's totals and each provider's share of call-offs are open anyway.",
    ),
    "change-control": answer(
      4,
      3,
      4,
      "medium",
      "Our standard terms let us change the service and volumes on notice when budgets or duties change. Price changes need the provider's agreement, and it may leave if it cannot accept them.",
    ),
    // ---- Term and exit ----
    "contract-term": answer(
      4,
      4,
      5,
      "medium",
      "Call-offs run for up to two years within a four-year framework, and then the work is competed again, as our procurement rules expect.",
    ),
    "termination-convenience": answer(
      4,
      3,
      4,
      "high",
      "The council must be able to end a call-off when budgets or duties change. Our standard terms give three months' notice.",
      RED_LINE,
    ),
    "exit-plan": answer(
      3,
      2,
      4,
      "medium",
      "Work is retendered often, so an outline exit plan is agreed at the start and finished with the provider in the last months.",
    ),
    "assets-ip": answer(
      2,
      2,
      3,
      "low",
      "Providers own what they make. The council keeps a free licence to go on using it, so a new provider can pick up the service.",
    ),
    "tupe-pensions": answer(
      5,
      4,
      5,
      "medium",
      "Providers price any staff transfer and pension costs into their call-off bids. The council does not fund them.",
    ),
  },
  facts: {
    guaranteedReferralsPerYear: {
      value: 0,
      why: "Admission to the list promises no work: every call-off is competed.",
    },
    outcomePaymentShare: { value: 10, why: "A small part of each call-off is paid on agreed outcomes." },
    paymentLagDays: {
      value: 30,
      why: "The council pays within 30 days of a confirmed outcome, as it does any invoice.",
    },
    managementFeePercent: {
      value: 5,
      why: "A lead provider running the list keeps a small fee for managing the call-offs.",
    },
    termMonths: { value: 24, why: "Call-offs run for up to two years before the work is competed again." },
    terminationNoticeDays: {
      value: 90,
      why: "The council's standard terms allow it to end a call-off on three months' notice.",
    },
    monthsToOutcomeClaim: { value: 3, why: "Outcomes are claimed at the quarterly return after the work." },
    paymentTermsDays: { value: 30, why: "Public bodies pay correct invoices within 30 days." },
  },
};

/**
 * An alliance of equals: partners hold one contract together under a partners' board with a vote each, a
 * co-designed model, open books, an independent dispute route, a long term and fair notice; each keeps its own brand
 * (with the alliance's name), its clients and its data. Its red lines are the open book and the partners' board.
 */
const ALLIANCE: WorkshopProfile = {
  id: "alliance",
  bankVersion: "2",
  title: "An alliance of equals with shared governance",
  primeName: "Hollin Vale Wellbeing Alliance (example)",
  summary:
    "An example alliance in which several organisations hold one contract together as equals, run by a partners' board on which each has one vote. The model is designed together, the books are open, each partner keeps its own brand, clients and records, and the term is long with fair notice. Use it to see what a partnership close to your own terms looks like, and where you would still differ.",
  answers: {
    // ---- Mission and values ----
    "service-purpose": answer(
      3,
      1,
      3,
      "medium",
      "The partners agreed the alliance's aims and measures together, and each partner's own aims sit alongside them.",
    ),
    "values-signup": answer(
      2,
      1,
      3,
      "medium",
      "Partners agree a short alliance charter of shared principles and keep their own values.",
    ),
    conditionality: answer(
      1,
      1,
      2,
      "medium",
      "The alliance's work rests on trust, so partners never report anyone for benefit sanction purposes.",
    ),
    "voluntary-engagement": answer(
      1,
      1,
      2,
      "high",
      "People choose to take part and can stop at any time. That is the basis of the model the partners designed.",
    ),
    // ---- Brand and identity ----
    "brand-delivery": answer(
      2,
      1,
      3,
      "medium",
      "Each partner delivers under its own name, with a line saying it is part of the alliance so people can find the other partners.",
    ),
    "staff-identity": answer(
      2,
      1,
      3,
      "low",
      "Staff work for their own organisation. An alliance pass is used only where a shared building needs one.",
    ),
    "public-credit": answer(
      1,
      1,
      2,
      "medium",
      "Every partner is named on all public materials, and the full list of partners and their shares is published.",
    ),
    "name-in-bid": answer(
      2,
      1,
      2,
      "medium",
      "A partner is named in a bid only with its written approval of the wording, its role and its share of the work.",
    ),
    // ---- Independence and voice ----
    "media-approval": answer(
      2,
      1,
      2,
      "low",
      "Partners speak to the media on their own account. We only ask for a heads-up when they comment on the alliance's service.",
    ),
    campaigning: answer(
      1,
      1,
      2,
      "medium",
      "Speaking up for the people we serve is part of why the alliance exists. Partners campaign freely, including about the alliance and the commissioner.",
    ),
    "own-outcome-data": answer(
      2,
      1,
      2,
      "low",
      "Partners publish their own results. They share drafts so figures can be checked, but the decision is theirs.",
    ),
    "commissioner-contact": answer(
      1,
      1,
      2,
      "low",
      "Each partner keeps its own relationships with commissioners, funders and councillors. The board agrees who speaks for the alliance as a whole.",
    ),
    // ---- Delivery model and policies ----
    "fixed-model": answer(
      3,
      1,
      3,
      "high",
      "The partners designed the model together and change it only by agreement. Each still runs its own part in its own way.",
    ),
    "refuse-referrals": answer(
      2,
      1,
      3,
      "low",
      "Partners may turn down a referral they judge unsuitable. They say why, so the alliance can find the person the right help elsewhere.",
    ),
    "quality-standards": answer(
      3,
      1,
      3,
      "medium",
      "The partners agreed a shared quality framework that builds on the quality marks they already hold.",
    ),
    "safeguarding-policies": answer(
      2,
      1,
      3,
      "high",
      "Each partner keeps its own safeguarding, consent and complaints policies. A shared protocol sets out how concerns pass between partners.",
    ),
    "reporting-burden": answer(
      2,
      1,
      3,
      "low",
      "Partners send a short list of returns agreed at the board, in a format agreed together, and the cost is in the budget.",
    ),
    // ---- Referrals, volumes and the offer ----
    "volume-commitment": answer(
      2,
      1,
      3,
      "high",
      "Each partner's guaranteed minimum number of referrals is written into the alliance agreement. A shortfall is not paid for as such; the board reviews it quickly instead.",
    ),
    "shortfall-review": answer(
      1,
      1,
      2,
      "medium",
      "If a partner's referrals fall below the agreed level, the board reviews it within a month and the partner's funding is protected meanwhile.",
    ),
    "client-mix": answer(
      2,
      1,
      2,
      "medium",
      "Referrals follow criteria the partners agreed, and the board checks the mix openly so no partner is left with only the hardest cases.",
    ),
    exclusivity: answer(
      2,
      1,
      3,
      "low",
      "Partners are free to do other work. We ask only to be told if a partner joins a rival bid for the alliance's own contract.",
    ),
    "framework-calloff": answer(
      1,
      1,
      2,
      "low",
      "Work is not competed between partners: each partner's share is agreed at the board and written into the alliance agreement.",
    ),
    "offer-in-return": answer(
      2,
      1,
      3,
      "medium",
      "The alliance offers shared training and joint working, with no strings on partners' identity or approach.",
    ),
    // ---- Money and risk ----
    "outcome-share": answer(
      2,
      1,
      3,
      "medium",
      "Most of the money pays for delivery. A small shared pot is paid out when the alliance as a whole meets its outcomes.",
    ),
    "payment-timing": answer(
      1,
      1,
      2,
      "medium",
      "Partners are paid monthly in advance, so small partners are never out of pocket waiting for the commissioner.",
    ),
    "management-fee": answer(
      2,
      1,
      3,
      "low",
      "Partners share the cost of a small alliance team, agreed openly at the board. Nothing else is kept back.",
    ),
    "penalties-passed-down": answer(
      2,
      1,
      3,
      "medium",
      "A penalty passes to a partner only where it caused the failure, and then only up to a small share of its contract.",
    ),
    "liability-flow-down": answer(
      1,
      1,
      2,
      "medium",
      "Each partner's liability is capped in proportion to its share, with the insurance it already holds. Only the commissioner's terms that matter to its part pass down.",
    ),
    "upfront-funding": answer(
      1,
      1,
      2,
      "medium",
      "The alliance budget pays each partner's set-up costs and a month in advance, so no one has to borrow to join.",
    ),
    // ---- Data and the people served ----
    "data-controller": answer(
      2,
      1,
      2,
      "high",
      "Each partner stays in charge of its own client records. The alliance is responsible only for the figures partners share with it, under a data-sharing agreement.",
    ),
    "ongoing-relationship": answer(
      1,
      1,
      2,
      "high",
      "Each partner keeps its relationship with the people it supports, during the contract and after it.",
    ),
    "data-reuse": answer(
      2,
      1,
      2,
      "medium",
      "Client data is used only for this work. Anonymised figures go into the alliance's evaluation.",
    ),
    "case-system": answer(
      2,
      1,
      3,
      "medium",
      "Partners keep their own systems. An agreed set of figures goes to the alliance's shared dashboard.",
    ),
    "consent-sharing": answer(
      3,
      1,
      3,
      "medium",
      "Named data moves between partners only under a data-sharing agreement and a privacy notice every partner has approved.",
    ),
    // ---- Governance and fairness ----
    "supply-chain-forum": answer(
      1,
      1,
      2,
      "high",
      "The alliance is run by a partners' board on which each partner has one vote. Nothing about the service changes without it.",
      RED_LINE,
    ),
    "dispute-route": answer(
      1,
      1,
      2,
      "medium",
      "A dispute goes to a mediator the partners choose together, then to an independent adjudicator, with the costs shared.",
    ),
    "board-policies": answer(
      1,
      1,
      2,
      "medium",
      "Each partner's board runs its own organisation. The alliance checks only that the agreement is kept.",
    ),
    "open-book": answer(
      1,
      1,
      2,
      "high",
      "Every partner sees the commissioner's contract, the alliance's costs and every partner's share. An alliance of equals cannot work any other way.",
      RED_LINE,
    ),
    "change-control": answer(
      2,
      1,
      2,
      "medium",
      "Changes need the board's agreement. A change the commissioner makes passes on with the same notice, a fair adjustment and the right for a partner to leave.",
    ),
    // ---- Term and exit ----
    "contract-term": answer(
      2,
      1,
      3,
      "high",
      "Relationships with the people we serve take years to build, so the alliance runs for seven years, with a break point halfway.",
    ),
    "termination-convenience": answer(
      3,
      1,
      3,
      "medium",
      "A partner's part can be ended early only on six months' notice or more, with reasonable wind-down costs paid.",
    ),
    "exit-plan": answer(
      1,
      1,
      2,
      "high",
      "A written exit plan agreed at the start covers handing on clients, staff and records, and the wind-down is funded.",
    ),
    "assets-ip": answer(
      2,
      1,
      3,
      "low",
      "Partners own what they make. The alliance keeps a free licence so the shared service can carry on.",
    ),
    "tupe-pensions": answer(
      3,
      1,
      3,
      "medium",
      "Staff transfer and pension costs are shared in agreed proportions, and each partner's pension risk is capped.",
    ),
  },
  facts: {
    guaranteedReferralsPerYear: {
      value: 200,
      why: "This partner's guaranteed minimum, written into the alliance agreement.",
    },
    outcomePaymentShare: { value: 10, why: "Only a small shared pot depends on the alliance's outcomes." },
    paymentLagDays: { value: 14, why: "The shared pot is paid out within two weeks of the outcomes being confirmed." },
    managementFeePercent: { value: 3, why: "Partners share the cost of a small alliance team, agreed openly." },
    termMonths: { value: 84, why: "The alliance runs for seven years, with a break point halfway." },
    terminationNoticeDays: {
      value: 180,
      why: "A partner's part can be ended early only on at least six months' notice.",
    },
    monthsToOutcomeClaim: { value: 12, why: "The shared pot is paid once a year, on the year's outcomes." },
    paymentTermsDays: { value: 0, why: "Delivery is paid monthly in advance." },
  },
};

export const WORKSHOP_PROFILES: readonly WorkshopProfile[] = [TIGHTER_EMBRACE, COUNCIL_FRAMEWORK, ALLIANCE];

export const getWorkshopProfile = (id: string): WorkshopProfile | undefined =>
  WORKSHOP_PROFILES.find((profile) => profile.id === id);

/** The profiles written for a bank version: a workshop offers only those that answer the bank it uses. */
export const workshopProfilesFor = (bankVersion: string): WorkshopProfile[] =>
  WORKSHOP_PROFILES.filter((profile) => profile.bankVersion === bankVersion);

/** The profile as a prime side would have saved it: every answer with its note, the figures, no figure red lines. */
export function profileSideAnswers(profile: WorkshopProfile): SideAnswers {
  const answers: Record<string, Answer> = {};
  for (const [id, given] of Object.entries(profile.answers)) {
    answers[id] = { ...given, acceptable: { ...given.acceptable } };
  }
  const facts: SideAnswers["facts"] = {};
  for (const id of Object.keys(profile.facts) as FactId[]) {
    const fact = profile.facts[id];
    if (fact) facts[id] = fact.value;
  }
  return { answers, facts, redLineFacts: [] };
}
