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
    whoActs:
      "The organisation's chief executive should ask the prime why a single brand is needed and what co-branding would cost it; the prime's partnership manager should say which materials the head contract requires to carry the programme brand.",
    evidence: [
      "The draft branding clause and the prime's brand guidelines for partners",
      "The head contract's branding requirements, if the commissioner sets any",
      "References from past partners on how branding worked in practice",
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
    whoActs:
      "The organisation's operations lead should agree with the prime's partnership manager which systems need a programme email or ID, and how clients will be told who employs their worker.",
    evidence: [
      "The draft clause on uniforms, email and ID badges",
      "The prime's IT and security requirements for partners' staff",
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
    whoActs:
      "The organisation's chief executive should ask the prime to name it in the published supply chain and on materials for its part of the service; the prime's partnership manager should confirm the wording before the bid goes in.",
    evidence: [
      "The draft publicity clause and the wording of the bid that names the organisation",
      "The prime's published supply chains for its current contracts",
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
    whoActs:
      "The organisation's chair and chief executive should read every clause on media, campaigning, reputation and contact with the commissioner before signing; the prime's partnership manager should narrow any clause the head contract does not require.",
    evidence: [
      "The draft clauses on media, publicity, campaigning and 'reputation'",
      "Any restriction in the head contract that the prime says it must pass down",
      "References from past partners on how approval of statements worked in practice",
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
    whoActs:
      "The organisation's trustees should decide which of their values they will not compromise on before negotiating; the prime's partnership manager should say which requirements come from the commissioner and which are the prime's own choice.",
    evidence: [
      "The head contract's requirements on eligibility, reporting and attendance",
      "The prime's values statement or code of conduct, in the form partners would sign",
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
    whoActs:
      "The organisation's service lead should list the parts of its model it cannot change; the prime's partnership manager should say which fixed requirements come from the commissioner's specification.",
    evidence: [
      "The head contract's service specification",
      "The sub-contract's delivery schedule, with every fixed requirement marked",
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
    whoActs:
      "The organisation's safeguarding lead should compare the two sides' policies line by line with the prime's quality or safeguarding lead, and the organisation's trustees should approve any change, since they remain responsible.",
    evidence: [
      "The prime's safeguarding, quality, consent and complaints policies for partners",
      "The draft data-sharing agreement and privacy notice",
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
    whoActs:
      "The organisation's chair should make sure the trustees, not the prime, keep control of the board and its policies; the prime's partnership manager should limit its checks to what the contract needs and set out how partners are heard.",
    evidence: [
      "The draft governance, assurance and dispute clauses",
      "The terms of reference of the prime's supply-chain forum on its other contracts",
      "The organisation's governing document, to check what its trustees may agree",
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
    whoActs:
      "The organisation's chief executive should ask the prime for a guaranteed minimum of referrals, and the prime's bid manager should show how partners named in its earlier bids went on to be funded.",
    evidence: [
      "The draft volume clause and the forecast it is based on",
      "References from partners the prime named in earlier bids",
      "The prime's Merlin assessment or similar review of how it treats its supply chain, if it has one",
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
    whoActs:
      "The organisation's treasurer or finance lead should model the months of costs it would carry before being paid; the prime's finance lead should say when the commissioner pays it and whether partners can be paid sooner.",
    evidence: [
      "The head contract's payment model and payment terms",
      "The draft payment schedule, with each outcome, its evidence requirements and the payment date",
      "References from past partners on how long payments actually took",
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
    whoActs:
      "The organisation's finance lead and trustees should check which penalties and liabilities could reach it and whether its insurance covers them; the prime's commercial lead should show which head-contract terms must flow down and offer a cap.",
    evidence: [
      "The head contract's penalty, service credit, liability and indemnity terms",
      "The draft flow-down schedule, listing each term that passes to partners",
      "Open-book figures on how risk and reward are shared across the supply chain",
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
    whoActs:
      "The organisation's finance lead should cost the service in full, including overheads, and ask the prime's commercial lead to itemise what the fee pays for.",
    evidence: [
      "The draft fee clause, with what the fee covers",
      "The fee charged to other partners in the supply chain",
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
    whoActs:
      "The organisation's chief executive should ask the prime why the sub-contract is shorter than its own contract; the prime's partnership manager should offer a matching term or clear renewal terms.",
    evidence: ["The head contract's term and extension options", "The draft term and renewal clause"],
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
    whoActs:
      "The organisation's chief executive and treasurer should work out the notice and costs of closing the service safely; the prime's partnership manager should agree an exit plan and notice terms that reflect them.",
    evidence: [
      "The draft termination clause and exit plan",
      "The head contract's termination terms, including the notice the commissioner must give",
      "The head contract's terms on intellectual property and assets at exit",
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
    whoActs:
      "The organisation's data protection lead should agree each side's role in writing with the prime's data protection officer, and its chief executive should make sure clients can stay in touch after the contract.",
    evidence: [
      "The draft data protection schedule and data-sharing agreement",
      "The draft clause on contact with former clients",
      "The privacy notice clients would be given",
    ],
  },
  // Added by method v2 (docs/method.md):
  INTEGRATION_DECLINED: {
    code: "INTEGRATION_DECLINED",
    title: "Closer integration declined",
    meaning:
      "The organisation wants closer integration with the prime than the prime will offer; the item says what. This is rarely a danger in itself, but it can mean the organisation is planning on a relationship, or giving up independence, that the prime has not asked for.",
    questions: [
      "Why does the organisation want closer integration here, and what does it hope to gain?",
      "Why does the prime prefer partners to keep their own way of working on this point?",
      "Would the organisation be giving up anything it would want back if the contract ended?",
    ],
    negotiable: [
      "The arrangement the prime offers, reviewed after a year",
      "Closer joint working on this point in return for written commitments from the prime",
      "A pilot of the closer arrangement in one area before it is adopted",
    ],
    whoActs:
      "The organisation's chief executive should check with its trustees that it really wants the closer arrangement; the prime's partnership manager should explain why it prefers partners to stay independent on this point.",
    evidence: [
      "The draft clause as the prime proposes it",
      "References from partners on how the prime's approach has worked in practice",
    ],
  },
  UNSAFE_AGREEMENT: {
    code: "UNSAFE_AGREEMENT",
    title: "Agreed, but unsafe",
    meaning:
      "Both sides could accept a term that is unsafe whatever they chose, because of the law or the organisation's own duties; the item says why. Agreement between the two sides does not make it safe to sign.",
    questions: [
      "Does the head contract really require this term, or could it be left out?",
      "What would the organisation's trustees need to see before agreeing to it?",
      "What narrower wording would give the prime what it needs?",
    ],
    negotiable: [
      "Removing the term from the sub-contract",
      "Narrower wording that keeps the protection the law or the charity's duties require",
      "A written exception for safeguarding, whistleblowing and the organisation's legal duties",
    ],
    whoActs:
      "The organisation's chair should bring the term to the full board and take advice before signing; the prime's commercial or legal lead should propose narrower wording.",
    evidence: [
      "The draft clause in full",
      "The head contract's corresponding term, to show whether it is required",
      "Independent advice on the term, such as legal or data protection advice",
    ],
  },
  CONTRADICTION: {
    code: "CONTRADICTION",
    title: "Answer and figures disagree",
    meaning:
      "A side's answer to a question and its own figures point different ways, for example a guaranteed minimum of referrals alongside a guaranteed figure of zero. Until it is cleared up, nobody can tell which the sub-contract will say.",
    questions: [
      "Which is right: the answer to the question or the figure?",
      "What will the sub-contract itself say on this point?",
      "Was the figure an estimate, a target or a commitment?",
    ],
    negotiable: [
      "Correcting the answer or the figure before the report is used",
      "Writing the agreed figure into the sub-contract",
      "A side letter confirming the figure until the sub-contract is drafted",
    ],
    whoActs:
      "The side whose answer and figure disagree should correct one of them before the report goes to a board; usually the prime's partnership manager, since the figures concerned are the prime's own.",
    evidence: ["The draft clause that sets the figure", "The calculation or forecast the figure is based on"],
  },
  UNILATERAL_VARIATION: {
    code: "UNILATERAL_VARIATION",
    title: "Changes on the prime's say-so",
    meaning:
      "This concerns whether the prime can change the sub-contract, its volumes or its price on its own, by giving notice (a unilateral variation). A partner whose terms can be changed under it cannot plan staff or budgets with confidence.",
    questions: [
      "Which changes could the prime make without the organisation's agreement, and at what notice?",
      "Which changes come from the commissioner, and how does the head contract allow them?",
      "Could the organisation leave without penalty if it cannot accept a change?",
    ],
    negotiable: [
      "Changes only by written agreement, except the commissioner's changes passed down on the same notice",
      "A fair price adjustment for any change to the service or volumes",
      "A right to leave without penalty after a change the organisation cannot accept",
    ],
    whoActs:
      "The organisation's chief executive should ask the prime to limit changes to those agreed in writing or required by the commissioner; the prime's commercial lead should show the head contract's change terms.",
    evidence: [
      "The draft variation or change control clause",
      "The head contract's change control terms",
      "References from past partners on changes made during their sub-contracts",
    ],
  },
  REPORTING_BURDEN: {
    code: "REPORTING_BURDEN",
    title: "Reporting out of proportion",
    meaning:
      "This concerns monitoring and reporting demands out of proportion to the contract: frequent, detailed returns in the prime's format, which can grow at the prime's discretion and are not paid for. For a small organisation this takes staff time away from clients.",
    questions: [
      "Which returns does the commissioner require, and which are the prime's own?",
      "How many staff hours a month would the reporting take, and is that in the price?",
      "Could the returns be drawn from the organisation's own system?",
    ],
    negotiable: [
      "A fixed list of returns in the sub-contract, changed only by agreement",
      "Reporting drawn from the organisation's own system by an agreed export",
      "Extra payment for any reporting added after signing",
    ],
    whoActs:
      "The organisation's operations lead should estimate the staff time the reporting needs; the prime's contract manager should cut the returns to those the commissioner requires, or price in the rest.",
    evidence: [
      "The sub-contract's reporting schedule, with each return and its frequency",
      "The head contract's monitoring requirements",
      "References from current partners on how reporting has changed over the contract",
    ],
  },
  UNEVEN_TRADE: {
    code: "UNEVEN_TRADE",
    title: "An uneven trade",
    meaning:
      "This concerns what the prime offers in return for closer integration: fewer partners, more work over time and capacity building, in exchange for the prime's brand, its values and a seamless service. If what is asked for is more than the organisation can give, or what is offered is not written down, the trade is uneven.",
    questions: [
      "Which promises of growth and capacity building will be written into the sub-contract?",
      "What would the organisation give up, and could it get it back if the promised work does not come?",
      "What have partners who accepted a closer partnership with this prime received in practice?",
    ],
    negotiable: [
      "Growth commitments written into the sub-contract, with volumes and dates",
      "Co-branding rather than the prime's brand only, in return for a smaller commitment",
      "A review point after which either side can step back to an arm's-length sub-contract",
    ],
    whoActs:
      "The organisation's trustees should decide what they will and will not trade for growth; the prime's partnership manager should put every promise of work and support in writing.",
    evidence: [
      "The written offer: volumes over time, capacity-building support and its value",
      "References from partners who have been in a closer partnership with this prime",
      "The prime's Merlin assessment or similar review of how it treats its supply chain, if it has one",
    ],
  },
  TUPE_PENSIONS: {
    code: "TUPE_PENSIONS",
    title: "Staff transfer and pension costs",
    meaning:
      "This concerns who carries the cost when staff transfer under TUPE (the rules that move staff to a new employer on their existing terms) at the start or end of the contract, including pension rights and any pension deficit. These costs can exceed a small charity's reserves.",
    questions: [
      "Will any staff transfer to the organisation at the start, and on what pension terms?",
      "What is the largest pension deficit the organisation could face when the contract ends?",
      "Who would employ the staff if the service moves to a new provider?",
    ],
    negotiable: [
      "The prime funding pension costs and any deficit",
      "A cap on the organisation's pension risk",
      "TUPE costs priced into the contract and reviewed before exit",
    ],
    whoActs:
      "The organisation's treasurer should take employment and pensions advice on the likely costs; the prime's commercial lead should share the staff and pension information and say which costs it will fund.",
    evidence: [
      "The list of staff expected to transfer, with their terms and pension schemes (the 'employee liability information')",
      "The head contract's TUPE and pension terms",
      "An actuary's estimate of any pension liability",
    ],
  },
  // Added by issue 16 (several respondents per side):
  INTERNAL_DISAGREEMENT: {
    code: "INTERNAL_DISAGREEMENT",
    title: "The board does not agree on this",
    meaning:
      "Several people answered this question for one side, and they do not agree: their preferred positions are two or more apart, or some of them, but not all, marked it a red line. The check uses their combined answer, but a combined answer can hide a real split, and a side that is divided on a term will find it hard to hold to whatever is agreed.",
    questions: [
      "Why do the side's respondents see this question differently: different information, different roles, or a real difference of view?",
      "Which position would the board stand behind if it had to decide today?",
      "Is the red line some respondents drew one the whole board holds? Should the board confirm it, or lift it, by a decision?",
      "Who can speak for the side on this term in the negotiation, and within what limits?",
    ],
    negotiable: [
      "A board discussion, minuted, that settles the side's position on this term before it is negotiated",
      "Delegating this term to a named trustee or committee, with agreed limits",
      "Asking the other side for time to agree one position before this term is settled",
    ],
    whoActs:
      "The side's lead should take this question to its board or senior team, who should agree one position, and record it, before the term is negotiated; the other side need do nothing until then.",
    evidence: [
      "The minutes of the meeting that settles the side's position",
      "Any policy or earlier board decision on this point",
    ],
  },
};
