/**
 * Stakeholder questionnaire v1: the statements of the 360° stakeholder review of a relational service (issue 20;
 * docs/method.md, "Stakeholder reviews"). Stakeholders in the local system rate each statement about the service;
 * the provider rates the same statement about itself, so the two wordings of a statement must mean the same thing:
 * the gap between self-view and system view is what the review discusses. Every statement is phrased so that
 * agreement is good for the service, so ratings aggregate the same way across themes.
 *
 * NOTE: this is versioned content. Answers are stored against statement ids, so never edit a released version's
 * wording in place: a changed statement gets a new id in a new version, and this version stays as it is for the
 * reviews that used it.
 */
import type { StakeholderQuestionnaire } from "./types";

export const stakeholderQuestionnaireV1: StakeholderQuestionnaire = {
  version: "1",
  label: "Stakeholder questionnaire, version 1 (December 2026)",
  themes: [
    // ------------------------------------------------------------------ 1
    {
      id: "listening",
      title: "Listening to the public",
      description:
        "How well the service hears what local people say about local services, and feeds it back: to the organisations that can act on it, and to the public, so that people see what came of speaking up.",
      statements: [
        {
          id: "listening-hears-seldom-heard",
          stakeholder:
            "The service hears from people whose voices are seldom heard, not only from those who usually speak up.",
          provider: "We hear from people whose voices are seldom heard, not only from those who usually speak up.",
          hint: "For example, people who are not online, unpaid carers, or communities wary of public services.",
        },
        {
          id: "listening-brings-usable-evidence",
          stakeholder: "The service brings us what local people say about our services, in a form we can use.",
          provider: "We bring partners what local people say about their services, in a form they can use.",
        },
        {
          id: "listening-reports-fairly",
          stakeholder: "The service reports what people say fairly, without overstating or softening it.",
          provider: "We report what people say fairly, without overstating or softening it.",
        },
        {
          id: "listening-closes-the-loop",
          stakeholder: "The service tells local people what happened as a result of what they said.",
          provider: "We tell local people what happened as a result of what they said.",
          hint: "This is sometimes called closing the loop, and it includes explaining why something could not change.",
        },
      ],
      discussion: [
        "Whose voices is each of our organisations hearing least, and how could the service help us hear them?",
        "What form and timing of feedback would each of our organisations actually use, and have we told the service?",
        "What does each of us need to do so that local people hear what came of speaking up?",
      ],
    },
    // ------------------------------------------------------------------ 2
    {
      id: "relationships",
      title: "Relationships with partners",
      description:
        "The quality of the service's working relationships with your organisation and others in the local system. Its work depends on trust, so how it handles disagreement matters as much as how it handles agreement.",
      statements: [
        {
          id: "relationships-reliable",
          stakeholder: "We can rely on the service to do what it says it will do.",
          provider: "Partners can rely on us to do what we say we will do.",
        },
        {
          id: "relationships-responsive",
          stakeholder: "When we contact the service, it responds in good time.",
          provider: "When partners contact us, we respond in good time.",
        },
        {
          id: "relationships-candid",
          stakeholder:
            "The service is open with us about its concerns, so we rarely hear of them first from someone else.",
          provider:
            "We are open with partners about our concerns, so they rarely hear of them first from someone else.",
        },
        {
          id: "relationships-works-through-disagreement",
          stakeholder:
            "Disagreements between our organisation and the service are worked through without harming the relationship.",
          provider: "Disagreements between us and partners are worked through without harming the relationship.",
        },
      ],
      discussion: [
        "Where the service sees its relationships differently from how partners see them, what lies behind the difference?",
        "How does each of our organisations react to bad news, and does that make it easier or harder for the service to be open with us?",
        "How should disagreements with the service, and between our own organisations, be handled so that they do not end working relationships?",
      ],
    },
    // ------------------------------------------------------------------ 3
    {
      id: "influence",
      title: "Influence on decisions",
      description:
        "Whether what the service finds out changes anything: its evidence used in plans, decisions that changed because of it, and a place in discussions early enough to matter. Influence depends on those who make decisions as much as on the service.",
      statements: [
        {
          id: "influence-evidence-used-in-plans",
          stakeholder: "Our organisation uses the service's evidence when making plans.",
          provider: "Partners use our evidence when making plans.",
          hint: "Think of strategies, service changes or spending decisions in the past year.",
        },
        {
          id: "influence-changes-happened",
          stakeholder: "We can point to changes in our services that happened because of the service's work.",
          provider: "We can point to changes in partners' services that happened because of our work.",
        },
        {
          id: "influence-involved-early",
          stakeholder:
            "The service is brought into our discussions early enough to shape decisions, not only to comment on them.",
          provider:
            "Partners bring us into their discussions early enough to shape decisions, not only to comment on them.",
        },
      ],
      discussion: [
        "What would each of our organisations need to do differently for the service's evidence to reach decisions in time?",
        "Which decisions in the coming year should the service help to shape, and who will make sure it is invited early?",
        "When the service's evidence was not acted on, who decided that, and was the service told why?",
      ],
    },
    // ------------------------------------------------------------------ 4
    {
      id: "independence",
      title: "Independence",
      description:
        "Whether the service keeps its own voice when it works closely with, or is paid by, the organisations it looks at. A service that only says what its funders want to hear is of little use to them or to the public.",
      statements: [
        {
          id: "independence-says-uncomfortable-things",
          stakeholder: "The service tells us things we would rather not hear when the evidence calls for it.",
          provider: "We tell partners things they would rather not hear when the evidence calls for it.",
        },
        {
          id: "independence-challenges-funders",
          stakeholder: "The service challenges the organisations that fund it as readily as it challenges others.",
          provider: "We challenge the organisations that fund us as readily as we challenge others.",
          hint: "For example, the council, where the council pays for the service.",
        },
        {
          id: "independence-own-voice",
          stakeholder: "The service speaks publicly in its own name, without needing approval from its funders.",
          provider: "We speak publicly in our own name, without needing approval from our funders.",
          hint: "For example, in its reports, its responses to consultations or the local media.",
        },
      ],
      discussion: [
        "How does each of our organisations respond when the service criticises us, and does that encourage it to speak up or to stay quiet?",
        "Is there anything in the contract, the funding or our own habits that might make the service cautious, and who could change it?",
        "What examples can each of us give of the service challenging us, and of a time it stayed quiet when it should not have?",
      ],
    },
    // ------------------------------------------------------------------ 5
    {
      id: "added-value",
      title: "Value beyond the contract",
      description:
        "What the service brings that no single contract counts: its connections, volunteers, trust and local knowledge. When services are split into separate contracts, this is the value most easily lost, and the hardest to rebuild after re-tendering.",
      statements: [
        {
          id: "added-value-connections",
          stakeholder: "The service connects us with local people and groups we would not otherwise reach.",
          provider: "We connect partners with local people and groups they would not otherwise reach.",
        },
        {
          id: "added-value-public-trust",
          stakeholder: "Local people tell the service things they would not tell our organisation directly.",
          provider: "Local people tell us things they would not tell partners directly.",
          hint: "Trust like this takes years to build, and no contract measures it.",
        },
        {
          id: "added-value-volunteers",
          stakeholder: "The service's volunteers bring something that paid staff alone could not.",
          provider: "Our volunteers bring something that paid staff alone could not.",
          hint: "For example, their own experience of services, their local ties, or time freely given.",
        },
        {
          id: "added-value-lost-if-split",
          stakeholder:
            "Much of the service's value to us would be lost if its work were split across separate contracts.",
          provider: "Much of our value to partners would be lost if our work were split across separate contracts.",
          hint: "Think of the connections, local knowledge and trust that no single contract pays for.",
        },
      ],
      discussion: [
        "What does each of our organisations get from the service that no contract pays for, and who would notice first if it stopped?",
        "If the service were re-tendered, what would need to be in place to keep its relationships, volunteers and local knowledge?",
        "How could the way our organisations fund and contract the service recognise this value, for example through longer or joined-up contracts?",
      ],
    },
    // ------------------------------------------------------------------ 6
    {
      id: "effectiveness",
      title: "Being more effective",
      description:
        "Whether the service makes the most of what it has: clear priorities, time and money spent where they count, and ways of working that partners find easy. This theme usually produces the most practical actions, for partners as well as the service.",
      statements: [
        {
          id: "effectiveness-clear-priorities",
          stakeholder: "The service's priorities are clear to us.",
          provider: "Our priorities are clear to partners.",
          hint: "Could you say what the service is trying to achieve this year?",
        },
        {
          id: "effectiveness-resources-well-used",
          stakeholder: "The service puts its limited time and money where they make the most difference.",
          provider: "We put our limited time and money where they make the most difference.",
        },
        {
          id: "effectiveness-easy-to-work-with",
          stakeholder: "The service is easy for our organisation to work with.",
          provider: "We are easy for partners to work with.",
          hint: "For example, clear contacts, reasonable requests and no needless duplication.",
        },
      ],
      discussion: [
        "What should the service stop doing to focus on its priorities, and which of our organisations would need to agree?",
        "Which people in our area are we all hearing from least, and what could each organisation do to help the service reach them?",
        "What do our own organisations ask of the service that makes it harder to work with us, such as repeated requests or short deadlines?",
      ],
    },
  ],
  freeText: [
    {
      id: "change-service",
      stakeholder: "What is one thing the service could change to be more effective?",
      provider: "What is one thing you could change to be more effective?",
    },
    {
      id: "change-own",
      stakeholder:
        "What is one thing your own organisation could change to help the service work better with the local system?",
      provider: "What is one thing partner organisations could change to help you work better with the local system?",
    },
  ],
};
