/**
 * Question bank v2: nine dimensions of mirrored items, plus the figures the
 * quantitative rules need. Every option sits on the common axis:
 * 1 = the sub-contractor keeps the most independence … 5 = fullest integration
 * into, or control by, the prime. Each label describes the same position in
 * each side's own words: the organisation's in its own voice ("We …"), the
 * prime's as the sub-contract clause would read.
 *
 * New in v2 (docs/method.md): a short core set (`core`), the text for a flag
 * when the organisation wants more integration than the prime offers
 * (`reverse`), agreements that are unsafe whatever both sides chose
 * (`unsafe`), what a preferred position implies about the prime's own figures
 * (`consistency`), and per-item questions, middle ways and evidence to ask for.
 * Item ids are stable: answers are stored against them.
 */
import { METHOD_V2 } from "../method";
import type { PositionItem, Questionnaire } from "../types";

type Pair = readonly [vcs: string, prime: string];

/** Five labelled options on the common axis, valued 1 to 5 in order. */
function options(o1: Pair, o2: Pair, o3: Pair, o4: Pair, o5: Pair): PositionItem["options"] {
  return [
    { value: 1, label: { vcs: o1[0], prime: o1[1] } },
    { value: 2, label: { vcs: o2[0], prime: o2[1] } },
    { value: 3, label: { vcs: o3[0], prime: o3[1] } },
    { value: 4, label: { vcs: o4[0], prime: o4[1] } },
    { value: 5, label: { vcs: o5[0], prime: o5[1] } },
  ];
}

/** "No upper limit" in a consistency range. */
const NO_LIMIT = 100000;

export const questionnaireV2: Questionnaire = {
  version: "2",
  label: "Question bank v2 (December 2026)",
  retired: false,
  method: METHOD_V2,
  dimensions: [
    // ------------------------------------------------------------------ 1
    {
      id: "mission-values",
      title: "Mission and values",
      summary:
        "Whether the two organisations want the same things for the people the service is for, and agree on how those people should be treated. Differences here tend to come back later as disputes about delivery.",
      critical: true,
      items: [
        {
          id: "service-purpose",
          core: true,
          prompt: {
            vcs: "Who should decide who the service is for and what counts as success?",
            prime: "Who decides who partners' services are for and what counts as success?",
          },
          guidance:
            "The Independence Panel called this independence of purpose: an organisation deciding its own mission. If contract targets become the only measure of success, a charity can drift away from the people it was set up to serve without anyone deciding it should. Agreeing early whose idea of success counts makes that drift visible.",
          options: options(
            [
              "We decide who we serve and how we measure success; the contract's targets are one part of it",
              "Partners set their own client group and success measures; the contract's targets form one part of them",
            ],
            [
              "Our own aims come first, with the contract's targets agreed alongside them",
              "Partners' own aims lead, with the contract's targets agreed alongside them",
            ],
            [
              "We agree shared aims and success measures jointly with the prime",
              "Aims and success measures are agreed jointly between us and each partner",
            ],
            [
              "The prime's contract targets lead; we may track our own measures alongside",
              "The programme's contract targets lead; partners may track their own measures alongside",
            ],
            [
              "We work to the prime's contract targets alone, for who we serve and what success means",
              "Who partners serve and what counts as success are defined by the programme's contract targets only",
            ],
          ),
          flag: "VALUES_CONFLICT",
          reverse: {
            title:
              "The organisation would work to the programme's targets; the prime wants partners to set their own aims",
            meaning:
              "The organisation is ready to let the programme's targets decide who it serves and what success means, while the prime wants partners to keep their own aims and measures. The prime may be relying on the organisation's own view of success, which it would then not get.",
          },
          questions: [
            "Under “The programme's contract targets lead”, which of the organisation's own measures would still be reported, and to whom?",
            "Which people would the organisation have to turn away if success were defined by the contract's targets only?",
            "What does each side count as a good result for a client who never meets a contract target?",
          ],
          negotiable: [
            "The contract's targets plus two or three of the organisation's own outcome measures, reported side by side",
            "An agreed group of people the organisation may keep supporting outside the contract's eligibility rules",
            "A yearly joint review of whether the targets still reflect what clients need",
          ],
          evidence: [
            "The head contract's outcome framework and eligibility rules",
            "The sub-contract's schedule of targets and performance measures",
          ],
        },
        {
          id: "values-signup",
          core: false,
          prompt: {
            vcs: "Would you sign up to the prime's values statement or code of conduct?",
            prime: "Do partners sign up to your values statement or code of conduct?",
          },
          guidance:
            "In a 'tighter embrace', primes ask partners to sign up to their values in return for more work. That can be a fair exchange, but the sector's own advice is to understand what your values are and what you will or will not compromise on before you sign. A short list of shared principles is a common middle way.",
          options: options(
            [
              "We work to our own values only",
              "Partners work to their own values; no values statement of ours applies",
            ],
            [
              "We agree a short list of shared principles and keep our own values",
              "Partners agree a short list of shared principles with us and keep their own values",
            ],
            [
              "We follow the prime's code of conduct for this contract, alongside our own values",
              "Partners follow our code of conduct for work on this contract, alongside their own values",
            ],
            [
              "We adopt the prime's values for this contract where they differ from ours",
              "Partners adopt our values for work on this contract where they differ from their own",
            ],
            [
              "We sign the prime's values statement in full, across our whole organisation",
              "Partners sign our values statement in full, applying across their whole organisation",
            ],
          ),
          flag: "VALUES_CONFLICT",
          reverse: {
            title: "The organisation would adopt the prime's values; the prime asks partners to keep their own",
            meaning:
              "The organisation is willing to sign up to the prime's values or code of conduct, but the prime expects partners to work to their own values. The organisation should check that it is not giving up more of its identity than the prime is asking for.",
          },
          questions: [
            "Which of the organisation's values would it refuse to give up, even under “We adopt the prime's values for this contract”?",
            "What in the prime's code of conduct would change how front-line staff work day to day?",
            "Would a short list of shared principles give the prime the assurance it needs?",
          ],
          negotiable: [
            "A short statement of shared principles signed by both sides",
            "The prime's code of conduct applied to this contract only, not the whole organisation",
            "A named route for raising a conflict between the two sets of values",
          ],
          evidence: [
            "The prime's values statement and code of conduct, in the form partners would sign",
            "References from current partners on how the code is applied in practice",
          ],
        },
        {
          id: "conditionality",
          core: true,
          prompt: {
            vcs: "Would you report clients' non-attendance or non-compliance when that could lead to a benefit sanction?",
            prime:
              "Do partners report clients' non-attendance or non-compliance when that could lead to a benefit sanction?",
          },
          guidance:
            "Conditionality means attaching conditions, such as attending appointments, to someone's benefit; a sanction is a cut to the benefit when a condition is not met. Some charities see any part in triggering a sanction as a breach of trust with the people they serve, while in some programmes the prime is required to report. This is often a core values question, so it is best settled before signing.",
          options: options(
            [
              "We do not report attendance for sanction purposes at all",
              "Partners do not report attendance for benefit sanction purposes",
            ],
            [
              "We share attendance only as totals or anonymised figures, never about named people",
              "Partners share attendance only as totals or anonymised figures, never about named people",
            ],
            [
              "We report only after trying to re-engage the person, and we tell them first",
              "Partners report non-attendance only after trying to re-engage the person, and tell the person first",
            ],
            [
              "We report all non-attendance promptly, and may add context to each report",
              "Partners report all non-attendance promptly and may add context to each report",
            ],
            [
              "We report all non-attendance and non-compliance as the prime directs, without discretion",
              "Partners report all non-attendance and non-compliance as we direct, without discretion",
            ],
          ),
          flag: "VALUES_CONFLICT",
          reverse: {
            title: "The organisation would report for sanctions; the prime does not ask partners to",
            meaning:
              "The organisation is prepared to report non-attendance in ways that could lead to a benefit sanction, but the prime does not expect partners to. The organisation should check that its clients know what it would and would not pass on.",
          },
          questions: [
            "Does the head contract require named attendance reports, or is that the prime's choice?",
            "What would “We report only after trying to re-engage the person” mean in practice: how many tries, over what time?",
            "How will clients be told, before they start, what the organisation will report and to whom?",
          ],
          negotiable: [
            "Reporting only after set attempts to re-engage, with the client told first",
            "The prime's own staff, not the organisation's, making any report that could lead to a sanction",
            "A voluntary part of the service kept separate from required activity",
          ],
          evidence: [
            "The head contract's reporting requirements on attendance and compliance",
            "The draft clause on reporting, with the forms partners would use",
          ],
        },
        {
          id: "voluntary-engagement",
          core: false,
          prompt: {
            vcs: "Should people take part in your service voluntarily, or can their attendance be required?",
            prime: "Is taking part in partners' services voluntary, or can attendance be required?",
          },
          guidance:
            "Many charities build their work on people choosing to come to them, and see that choice as what makes the support work. Required attendance changes the relationship. Neither view is wrong, but one service cannot run on both without clear rules about which applies when.",
          options: options(
            [
              "Voluntary only; people choose to use our service and can stop at any time",
              "Taking part in partners' services is voluntary; people may stop at any time",
            ],
            [
              "Mainly voluntary; a first meeting may be required, but we make taking part after that a choice",
              "A first meeting may be required; taking part after that is voluntary",
            ],
            [
              "A mix: some parts are required, some voluntary, and we tell people which is which",
              "Some parts of the service are required and some voluntary; people are told which is which",
            ],
            [
              "Mainly required attendance, with some optional extra support from us",
              "Attendance is mainly required, with optional extra support from partners",
            ],
            [
              "We require attendance throughout, as the programme sets it",
              "Attendance is required throughout, as the programme sets it",
            ],
          ),
          flag: "VALUES_CONFLICT",
          reverse: {
            title: "The organisation would require attendance; the prime wants taking part to be voluntary",
            meaning:
              "The organisation is ready to run its service on required attendance, but the prime wants people to take part by choice. The prime may be counting on the trust that voluntary engagement builds.",
          },
          questions: [
            "Which parts of the programme does the commissioner require people to attend, and which are optional?",
            "How will people be told, under “Some parts of the service are required and some voluntary”, which is which?",
            "What happens to someone who stops coming to a part the organisation sees as voluntary?",
          ],
          negotiable: [
            "A required first meeting, with everything after it voluntary",
            "The organisation delivering only the voluntary parts of the programme",
            "Written rules, shown to clients, on which activities are required",
          ],
          evidence: [
            "The head contract's rules on mandated attendance",
            "The draft client agreement or referral letter",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 2
    {
      id: "brand-identity",
      title: "Brand and identity",
      summary:
        "Whose name clients, the public and commissioners see, and whether the organisation is credited for its work. For a charity whose identity is how it reaches people this can be a red line; for another it is a fair trade.",
      critical: true,
      items: [
        {
          id: "brand-delivery",
          core: true,
          prompt: {
            vcs: "Whose brand will your front-line delivery be under?",
            prime: "Whose brand is partners' front-line delivery under?",
          },
          guidance:
            "In a 'tighter embrace', a prime offers fewer partners and more work in return for a seamless service under its own brand. For some charities, being known by name is how they earn clients' trust, and losing it can do harm well beyond this contract. Co-branding is a common middle ground.",
          options: options(
            ["We deliver under our own name and logo only", "Partners deliver under their own name and logo only"],
            [
              "We use our own brand, with a line saying we deliver as part of the prime's programme",
              "Partners deliver under their own brand, with a line stating that they deliver as part of our programme",
            ],
            [
              "We co-brand: our name alongside the prime's, given equal weight",
              "Delivery is co-branded: the partner's name alongside ours, with equal weight",
            ],
            [
              "The prime's or the programme's brand leads; our name appears in smaller print",
              "Delivery is under our programme brand, with the partner named in smaller print",
            ],
            [
              "We deliver under the prime's brand only; our name is not shown",
              "The sub-contract requires delivery under our programme brand only",
            ],
          ),
          flag: "MANDATORY_REBRANDING",
          reverse: {
            title: "The organisation wants the programme brand; the prime asks partners to keep their own",
            meaning:
              "The organisation would deliver under the prime's or the programme's brand, but the prime wants partners to keep their own names in front of clients. The prime may value the organisation's name as a way to reach people who would not come to the programme otherwise.",
          },
          questions: [
            "Why does the prime want “delivery under our programme brand only”, and what would be lost if the organisation's name appeared as well?",
            "How do clients find the organisation and decide to trust it today?",
            "Which materials must carry the programme brand, and which could carry both names?",
          ],
          negotiable: [
            "Co-branding on all client-facing materials",
            "The programme brand with a clear 'delivered by' line naming the organisation",
            "The organisation's own brand kept for its other services, including in shared premises",
          ],
          evidence: [
            "The draft branding clause and the prime's brand guidelines for partners",
            "The head contract's branding requirements, if the commissioner sets any",
            "References from past partners on how branding worked in practice",
          ],
        },
        {
          id: "staff-identity",
          core: false,
          prompt: {
            vcs: "Would your staff wear the prime's uniform or use its email addresses and ID badges?",
            prime: "Do partners' staff wear your uniform or use your email addresses and ID badges?",
          },
          guidance:
            "Making staff look like the prime's own staff is part of making a service 'seamless'. It can leave clients unsure who they are dealing with, and affects how staff see their own employer. Whatever is agreed, clients should always be able to find out who is supporting them.",
          options: options(
            [
              "Our staff use only our own uniform, email and ID",
              "Partners' staff use only their own uniform, email and ID",
            ],
            [
              "Our staff use our own uniform, email and ID, plus a programme pass where a building needs one",
              "Partners' staff use their own uniform, email and ID, with a programme pass where a building requires one",
            ],
            [
              "Our staff carry joint ID badges showing both organisations, and keep our own email addresses",
              "Partners' staff carry joint ID badges showing both organisations and keep their own email addresses",
            ],
            [
              "Our staff use the prime's email and ID for this work, and tell clients who employs them",
              "Partners' staff use our email and ID for this work and tell clients who employs them",
            ],
            [
              "Our staff use the prime's uniform, email and ID throughout; clients cannot tell who employs them",
              "Partners' staff use our uniform, email and ID throughout, as one programme team",
            ],
          ),
          flag: "STAFF_REBADGING",
          reverse: {
            title:
              "The organisation would rebadge its staff; the prime asks partners' staff to keep their own identity",
            meaning:
              "The organisation is willing for its staff to use the prime's uniform, email or ID, but the prime wants partners' staff to stay visibly part of their own organisation. The two sides should agree how clients will know who is supporting them.",
          },
          questions: [
            "How will clients know which organisation employs the person supporting them under “one programme team”?",
            "Which systems really need a programme email address or ID, and why?",
            "How will the organisation keep its staff connected to its own supervision and culture?",
          ],
          negotiable: [
            "Joint ID badges showing both organisations",
            "Staff keep their own email addresses, with guest access to the prime's systems",
            "A programme pass worn alongside the organisation's own ID",
          ],
          evidence: [
            "The draft clause on uniforms, email and ID",
            "The prime's IT and security requirements for partners' staff",
          ],
        },
        {
          id: "public-credit",
          core: true,
          prompt: {
            vcs: "Will you be named publicly as the provider of the service you deliver?",
            prime: "Are partners named publicly as the providers of the services they deliver?",
          },
          guidance:
            "Being credited as the provider matters for a charity's reputation, its fundraising and its accountability to the people it serves. The Independence Panel named the loss of the sector's distinctive identity as a threat to its independence. Publishing the supply chain costs a prime little and is part of being open with partners.",
          options: options(
            [
              "We are named as provider in all public materials, and the full supply chain is published",
              "Partners are named in all public materials, and we publish the full supply chain",
            ],
            [
              "We are named on the materials for our part of the service, and the supply chain is published",
              "Partners are named on the materials for their part of the service, and we publish the supply chain",
            ],
            [
              "We are listed in a published supply chain, but not on day-to-day materials",
              "Partners are listed in a published supply chain, but not on day-to-day materials",
            ],
            [
              "We are named only when someone asks, such as the commissioner or a freedom of information request",
              "Partners are named on request, for example to the commissioner or under a freedom of information request",
            ],
            [
              "We are not named publicly; the prime is presented as the only provider",
              "Public materials present the programme under our name as the provider",
            ],
          ),
          flag: "INVISIBLE_PARTNER",
          reverse: {
            title: "The organisation is content not to be named; the prime wants to credit its partners",
            meaning:
              "The organisation does not need to be named as the provider, but the prime wants partners credited publicly. The prime may need the published supply chain to show the commissioner who delivers the work.",
          },
          questions: [
            "Where will the public, commissioners and funders see who delivers the service?",
            "Is there a reason not to publish the supply chain?",
            "Under “Partners are named on request”, could the organisation still describe this work in its annual report and funding applications?",
          ],
          negotiable: [
            "A named-provider statement in the published supply chain",
            "The organisation named on leaflets and web pages for its part of the service",
            "Agreed wording the organisation can use about the contract in its own reports",
          ],
          evidence: ["The draft publicity clause", "The prime's published supply chains for its current contracts"],
        },
        {
          id: "name-in-bid",
          core: false,
          prompt: {
            vcs: "How may the prime use your name and logo in its bid?",
            prime: "How do you use partners' names and logos in your bids?",
          },
          guidance:
            "In the probation reforms known as Transforming Rehabilitation, around 700 charities were named in bids, yet only about a third of those who answered Clinks' tracking survey received funding from the new companies. Some felt used as 'bid candy': names that made a bid look stronger. Agreeing what being named commits each side to protects both.",
          options: options(
            [
              "Not at all unless a sub-contract with committed volumes is agreed first",
              "Partners are named in a bid only once a sub-contract with committed volumes is agreed",
            ],
            [
              "Only with our written approval of the wording, and a stated role and volume",
              "Partners are named with their written approval of the wording, and a stated role and volume",
            ],
            [
              "Under a letter of intent that sets out our role, with volumes still to be agreed",
              "Partners are named under a letter of intent setting out their role, with volumes to be agreed",
            ],
            [
              "Named as a possible partner, with no role or volume agreed yet",
              "Partners may be named as possible partners before any role or volume is agreed",
            ],
            [
              "As the prime sees fit, without checking the wording with us",
              "Partners' names and logos may be used in bids at our discretion",
            ],
          ),
          flag: "INVISIBLE_PARTNER",
          reverse: {
            title: "The organisation is happy to be named freely; the prime names partners only on firm terms",
            meaning:
              "The organisation would let the prime use its name in the bid with few conditions, but the prime names partners only once roles or volumes are agreed. The organisation should make sure it knows what being named would commit it to.",
          },
          questions: [
            "What would being named under “a letter of intent” commit each side to if the bid wins?",
            "Will the organisation see the exact wording about it before the bid is submitted?",
            "Of the partners the prime named in its last bids, how many went on to receive work?",
          ],
          negotiable: [
            "Written approval of any wording that names the organisation",
            "A letter of intent stating the role and an indicative volume",
            "A commitment to tell the organisation within a set time whether the bid won and what it will receive",
          ],
          evidence: [
            "The wording of the bid that names the organisation",
            "References from partners the prime named in earlier bids",
            "The prime's Merlin assessment or similar review of how it treats its supply chain, if it has one",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 3
    {
      id: "independence-voice",
      title: "Independence and voice",
      summary:
        "Whether the organisation can still speak for the people it serves, to the media, to government and to the public, while it is paid through the prime. The Compact treats the right to campaign as something funding should not take away.",
      critical: true,
      items: [
        {
          id: "media-approval",
          core: true,
          prompt: {
            vcs: "Would your statements to the media need the prime's approval?",
            prime: "Do partners' statements to the media need your approval?",
          },
          guidance:
            "The Independence Panel reported a sub-contract that required partners to protect the prime's 'standing and reputation' and avoid 'adverse publicity', and a charity told its publicity should have gone through the company's press office. Wording that broad can stop a charity speaking about problems its clients face. Agreeing statements about the contract itself, and leaving everything else free, is a narrower option.",
          options: options(
            [
              "We speak to the media freely, on any subject",
              "Partners may speak to the media on any subject on their own account",
            ],
            [
              "We need no approval, but we tell the prime in advance when we comment on this service",
              "Partners may brief the media on their own account; we ask to be told in advance when they comment on this service",
            ],
            [
              "We agree statements about this contract with the prime; everything else is our own",
              "Partners agree statements about this contract with us; all other media contact is their own",
            ],
            [
              "All our media contact touching this policy area goes through the prime's press office",
              "Partners' media contact touching this policy area goes through our press office",
            ],
            [
              "We must avoid any adverse publicity for the prime or the commissioner, on any subject",
              "Partners must avoid adverse publicity for us or the commissioner, on any subject",
            ],
          ),
          flag: "GAGGING_CLAUSE",
          reverse: {
            title: "The organisation would route media contact through the prime; the prime leaves partners free",
            meaning:
              "The organisation is ready to have its media statements approved or handled by the prime, but the prime leaves partners free to speak for themselves. The organisation may be giving up more of its voice than anyone has asked it to.",
          },
          questions: [
            "Exactly which statements would need the prime's approval, and how quickly would it reply?",
            "Would “avoid adverse publicity” stop the organisation speaking about problems its clients face that have nothing to do with the contract?",
            "Would a “told in advance” rule give the prime the warning it needs?",
          ],
          negotiable: [
            "Approval limited to statements about the contract itself, with a set time to reply",
            "A 'no surprises' advance notice instead of approval",
            "Removal of broad 'adverse publicity' or 'reputation' wording",
          ],
          evidence: [
            "The draft media and publicity clause, and any 'reputation' clause in the head contract",
            "References from past partners on how media approval worked in practice",
          ],
        },
        {
          id: "campaigning",
          core: true,
          prompt: {
            vcs: "Could you campaign, and respond to government consultations, on the policy area this contract covers?",
            prime:
              "Can partners campaign, and respond to government consultations, on the policy area this contract covers?",
          },
          guidance:
            "In the Compact, government committed to respect charities' right to campaign 'regardless of any relationship, financial or otherwise'. The Independence Panel found that contracts, and the fear of losing them, can lead charities to censor themselves. A charity's voice is often part of why a prime wants it in the supply chain.",
          options: options(
            [
              "We campaign freely, including criticising the programme, the prime or the commissioner",
              "Partners may campaign freely, including on the programme, on us or on the commissioner",
            ],
            [
              "We campaign freely, and give the prime notice before we publish anything on the programme",
              "Partners may campaign freely; they give us notice before publishing anything on the programme",
            ],
            [
              "We campaign on the policy in general, but not on how this contract is delivered while it runs",
              "Partners may campaign on the policy in general, but not on how this contract is delivered while it runs",
            ],
            [
              "We campaign or respond to consultations on anything touching this programme only with the prime's agreement",
              "Partners' campaigning and consultation responses touching this programme require our prior agreement",
            ],
            [
              "We do not campaign or respond to consultations on this policy area at all while the contract runs",
              "Partners do not campaign or respond to government consultations on this policy area while the contract runs",
            ],
          ),
          flag: "GAGGING_CLAUSE",
          unsafe: {
            from: 5,
            title: "A ban on campaigning and consultation responses",
            why: "A charity's trustees must act independently in the charity's interests, and speaking up for the people it serves is often part of its purposes; a blanket ban on campaigning and on answering government consultations hands that voice to a contractor. The Compact treats the right to campaign as independent of any funding, and the Charity Commission accepts campaigning as a legitimate way for a charity to pursue its purposes. This is not legal advice; trustees offered such a clause should take advice before signing.",
          },
          reverse: {
            title: "The organisation would give up campaigning; the prime leaves partners free to campaign",
            meaning:
              "The organisation is ready to limit its campaigning or consultation responses, but the prime does not ask for that. The organisation should be sure it is not silencing itself out of caution, which the Independence Panel found was common.",
          },
          questions: [
            "Would the organisation still be free to criticise the policy that the programme delivers?",
            "What counts as “touching this programme”, and who decides?",
            "If the commissioner consults on the programme, who answers for the people the organisation serves?",
          ],
          negotiable: [
            "Free campaigning, with notice to the prime before publishing anything about the programme",
            "Limits only on disclosing confidential contract information, not on views about policy",
            "A 'no surprises' briefing to the prime before a consultation response is published",
          ],
          evidence: [
            "The draft clause on campaigning, publicity and confidentiality",
            "Any restriction in the head contract that the prime says it must pass down",
          ],
        },
        {
          id: "own-outcome-data",
          core: false,
          prompt: {
            vcs: "Could you publish your own outcome data and evaluations of the work you do under this contract?",
            prime:
              "Can partners publish their own outcome data and evaluations of the work they do under this contract?",
          },
          guidance:
            "Evidence of what works is how a charity learns, reports to its other funders and makes its case to government. If only the prime can publish results, the charity may lose the means to show its impact. This is about anonymised results: personal data must be protected whatever is agreed.",
          options: options(
            ["We publish freely, in any form we choose", "Partners may publish their own results freely, in any form"],
            [
              "We publish; we share drafts with the prime to check facts, but the decision is ours",
              "Partners may publish; they share drafts with us to check facts, and the decision is theirs",
            ],
            [
              "We publish after a set review period in which the prime can comment and correct errors",
              "Partners may publish after a set review period in which we can comment and correct errors",
            ],
            [
              "We publish only with the prime's approval of what is published",
              "Partners' publication of results requires our approval",
            ],
            [
              "We do not publish; all outcome data belongs to the programme and only the prime publishes it",
              "Outcome data belongs to the programme and is published by us only",
            ],
          ),
          flag: "GAGGING_CLAUSE",
          reverse: {
            title:
              "The organisation would leave publishing to the prime; the prime wants partners to publish their own results",
            meaning:
              "The organisation is content for the prime to control what is published about its results, while the prime is happy for partners to publish. The organisation may be giving up evidence it needs for its other funders.",
          },
          questions: [
            "Under “published by us only”, could the organisation still report its results to its other funders and in its annual report?",
            "How long would a review period last, and what could the prime change in it?",
            "Who owns the evaluation if the organisation pays for it itself?",
          ],
          negotiable: [
            "A fixed review period, after which the organisation may publish",
            "The prime's right to correct factual errors, but not to block publication",
            "Free use of anonymised results in reports to the organisation's own funders",
          ],
          evidence: [
            "The draft clause on data, publicity and intellectual property",
            "The head contract's rules on publishing results",
          ],
        },
        {
          id: "commissioner-contact",
          core: true,
          prompt: {
            vcs: "Could you speak directly to the commissioner, other funders and elected representatives about this service?",
            prime:
              "Can partners speak directly to the commissioner, other funders and elected representatives about this service?",
          },
          guidance:
            "Commissioners and elected representatives depend on hearing from the people closest to a service. The Independence Panel warned that blurred lines between sectors and pressure to stay quiet weaken that. Whatever is agreed should never stop anyone raising a safeguarding concern, blowing the whistle or telling the commissioner that the contract itself is going wrong.",
          options: options(
            [
              "We speak to them whenever we choose, without needing to tell the prime",
              "Partners may contact the commissioner, funders and elected representatives at any time",
            ],
            [
              "We speak to them directly, and let the prime know about contact on matters that affect the contract",
              "Partners may contact them directly and let us know about contact on matters affecting the contract",
            ],
            [
              "We use agreed routes such as joint meetings, plus direct contact on serious concerns",
              "Contact is through agreed routes such as joint meetings, with direct contact on serious concerns",
            ],
            [
              "We go through the prime for day-to-day matters, but raise safeguarding, whistleblowing and concerns about the contract directly",
              "Day-to-day contact is through us; partners may raise safeguarding, whistleblowing and concerns about the contract directly",
            ],
            [
              "We contact them only through the prime, including about concerns with the contract itself",
              "All partner contact with the commissioner is through us, including concerns about the contract",
            ],
          ),
          flag: "GAGGING_CLAUSE",
          unsafe: {
            from: 5,
            title: "Concerns about the contract can reach the commissioner only through the prime",
            why: "If every concern about the contract must go through the prime, the commissioner may never hear that the contract is failing the people it serves, and staff may be deterred from blowing the whistle. Workers are protected by law when they raise concerns with a prescribed regulator, and a contract clause cannot take that away; trustees must also stay free to report serious incidents to the Charity Commission. This is not legal advice; check the clause with an adviser before agreeing to it.",
          },
          reverse: {
            title:
              "The organisation would speak to the commissioner only through the prime; the prime leaves partners free",
            meaning:
              "The organisation is ready to route its contact with the commissioner through the prime, but the prime lets partners speak directly. The organisation should keep its own channel for concerns, whatever it agrees for day-to-day matters.",
          },
          questions: [
            "Under “All partner contact with the commissioner is through us”, how would a concern about the prime's own conduct reach the commissioner?",
            "What counts as a matter affecting the contract that the prime should be told about?",
            "Does the organisation's whistleblowing policy name the commissioner and regulators as places staff can go?",
          ],
          negotiable: [
            "Day-to-day contact through the prime, with direct contact on safeguarding, whistleblowing and the contract itself",
            "Joint meetings with the commissioner at set intervals",
            "A 'no surprises' notice to the prime after direct contact, not permission before it",
          ],
          evidence: [
            "The draft clause on contact with the commissioner and stakeholders",
            "The prime's whistleblowing policy as it applies to partners",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 4
    {
      id: "delivery-model",
      title: "Delivery model and policies",
      summary:
        "How much of the way the work is done the organisation can shape for itself, whose standards and policies apply, and how much reporting it carries. The Independence Panel called this independence of action.",
      critical: false,
      items: [
        {
          id: "fixed-model",
          core: true,
          prompt: {
            vcs: "Which parts of your delivery model would the prime fix, such as caseload caps or face-to-face contact?",
            prime:
              "Which parts of partners' delivery models does the sub-contract fix, such as caseload caps or face-to-face contact?",
          },
          guidance:
            "Charities are often brought in because of how they work: small caseloads, meeting people face to face, time to build trust. If the prime fixes those things, the reason for involving the charity can be lost. The Independence Panel found that charities often had little say in how services were designed.",
          options: options(
            [
              "We design our own model to meet the agreed outcomes",
              "Partners design their own delivery models to meet the agreed outcomes",
            ],
            [
              "We design the model; the prime sets a few minimums, such as response times",
              "Partners design their models within a few minimum standards we set, such as response times",
            ],
            [
              "We design it jointly with the prime, and agree any changes between us",
              "The model is designed jointly with each partner, and changes are agreed between us",
            ],
            [
              "The prime sets the core model; we can adapt the details locally",
              "We set the core delivery model; partners may adapt the details locally",
            ],
            [
              "We follow the prime's whole model, including caseloads and contact",
              "Partners deliver our programme model in full, including caseloads and contact",
            ],
          ),
          flag: "MODEL_OVERRIDE",
          reverse: {
            title: "The organisation would follow the prime's model; the prime wants partners to design their own",
            meaning:
              "The organisation is ready to deliver the prime's model as set, while the prime wants partners to bring their own way of working. The prime may have chosen the organisation for an approach it would then not get.",
          },
          questions: [
            "Which parts of the model does the commissioner require, and which are the prime's preference?",
            "What evidence does each side have that its approach works for these clients?",
            "Under “partners may adapt the details locally”, what could the organisation change without asking?",
          ],
          negotiable: [
            "Outcomes and minimum standards set by the prime, with the method left to the organisation",
            "Agreed caseload ranges rather than a single fixed cap",
            "A trial period after which the model is reviewed jointly",
          ],
          evidence: [
            "The head contract's service specification",
            "The sub-contract's delivery schedule, with every fixed requirement marked",
          ],
        },
        {
          id: "refuse-referrals",
          core: false,
          prompt: {
            vcs: "Could you turn down a referral you judge unsuitable or unsafe for your service?",
            prime: "Can partners turn down a referral they judge unsuitable or unsafe for their service?",
          },
          guidance:
            "A charity is not the right service for everyone, and taking on someone it cannot help safely is bad for that person too. Criteria agreed in advance protect clients, and stop the right to refuse being used to avoid harder cases.",
          options: options(
            [
              "We decide on our own judgement, without needing to give reasons",
              "Partners may decline referrals on their own judgement, without giving reasons",
            ],
            [
              "We decide on our own judgement, and give our reasons to the prime",
              "Partners may decline referrals on their own judgement, giving their reasons to us",
            ],
            [
              "We decide against eligibility and safety criteria agreed in advance with the prime",
              "Partners may decline referrals against eligibility and safety criteria agreed in advance",
            ],
            [
              "We decline a referral only with the prime's agreement in each case",
              "Partners may decline a referral only with our agreement in each case",
            ],
            ["We accept every referral the prime sends", "Partners accept every referral we send"],
          ),
          flag: "MODEL_OVERRIDE",
          reverse: {
            title: "The organisation would accept every referral; the prime lets partners decline unsuitable ones",
            meaning:
              "The organisation is ready to take every referral it is sent, while the prime expects partners to use their judgement. The organisation should check it can still refuse a referral it cannot help safely.",
          },
          questions: [
            "When could the organisation turn down a referral, and who decides?",
            "Under “accept every referral we send”, what happens to someone the organisation cannot keep safe?",
            "How will the two sides check that refusals are not being used to avoid harder cases?",
          ],
          negotiable: [
            "Written criteria for declining unsuitable or unsafe referrals",
            "A fast joint review of any disputed referral",
            "A yearly report on refusals and their reasons",
          ],
          evidence: ["The draft referral and acceptance clause", "The head contract's rules on who must be accepted"],
        },
        {
          id: "quality-standards",
          core: false,
          prompt: {
            vcs: "Whose quality standards would your work be judged against?",
            prime: "Whose quality standards is partners' work judged against?",
          },
          guidance:
            "Many charities already hold recognised quality marks. Adding a second set of standards on top adds cost and paperwork without always improving quality. Mapping one set against the other is often enough.",
          options: options(
            [
              "Our own standards and any quality marks we hold",
              "Partners' own standards and any quality marks they hold",
            ],
            [
              "Our own standards, mapped against the contract's requirements",
              "Partners' own standards, mapped against the contract's requirements",
            ],
            [
              "A shared framework agreed between us and the prime",
              "A shared quality framework agreed between us and each partner",
            ],
            [
              "The prime's standards, keeping ours where they go further",
              "Our quality standards apply, with partners' kept where they go further",
            ],
            [
              "The prime's standards only, replacing ours for this work",
              "Our quality standards apply to all work on this contract, in place of partners' own",
            ],
          ),
          flag: "POLICY_OVERRIDE",
          reverse: {
            title: "The organisation would adopt the prime's standards; the prime accepts partners' own",
            meaning:
              "The organisation is ready to work to the prime's quality standards, but the prime is content to rely on partners' own. Taking on a second set of standards may add cost the organisation does not need to carry.",
          },
          questions: [
            "Where do the two sets of standards actually differ, and does the difference matter for clients?",
            "Would the prime accept the organisation's existing quality marks as meeting its standards?",
            "Who pays for any extra audits or inspections?",
          ],
          negotiable: [
            "The organisation's own standards, mapped once against the contract's requirements",
            "The prime's standards applied only where the organisation holds no equivalent",
            "Shared audits, so the organisation is not inspected twice",
          ],
          evidence: ["The prime's quality framework for partners", "The head contract's quality requirements"],
        },
        {
          id: "safeguarding-policies",
          core: true,
          prompt: {
            vcs: "Whose safeguarding, consent and complaints policies would govern your work on this contract?",
            prime: "Whose safeguarding, consent and complaints policies govern partners' work on this contract?",
          },
          guidance:
            "These policies reflect how an organisation treats the people it works with, and its trustees remain responsible for them. Replacing them wholesale can leave staff following rules they were not trained in. A clear shared route for passing on concerns often matters more than whose document is used.",
          options: options(
            ["Our own policies, unchanged", "Partners' own policies apply, unchanged"],
            [
              "Our own policies, with a shared protocol for passing concerns to the prime",
              "Partners' own policies apply, with a shared protocol for passing concerns to us",
            ],
            [
              "Our own policies, checked by the prime against agreed minimum standards",
              "Partners' own policies apply, checked by us against agreed minimum standards",
            ],
            [
              "The prime's policies for this contract, with ours used where they are stronger",
              "Our policies apply to this contract, with partners' used where they are stronger",
            ],
            [
              "The prime's policies replace ours for all work on this contract",
              "Our policies apply to all work on this contract, in place of partners' own",
            ],
          ),
          flag: "POLICY_OVERRIDE",
          reverse: {
            title: "The organisation would adopt the prime's policies; the prime wants partners to keep their own",
            meaning:
              "The organisation is ready to replace its safeguarding, consent or complaints policies with the prime's for this contract, while the prime expects partners to keep their own. The organisation's trustees stay responsible either way, so the change should be a choice, not a default.",
          },
          questions: [
            "Where do the two sides' policies actually differ, and does the difference matter for clients?",
            "How will safeguarding concerns be passed between the organisations quickly and safely?",
            "Under “our policies apply to all work on this contract, in place of partners' own”, who trains the organisation's staff in them, and who is accountable if they are not followed?",
          ],
          negotiable: [
            "Each side's policies checked against agreed minimum standards rather than replaced",
            "A joint protocol for safeguarding concerns and complaints",
            "The stronger of the two policies applying, issue by issue",
          ],
          evidence: [
            "The prime's safeguarding, consent and complaints policies for partners",
            "The head contract's safeguarding requirements",
          ],
        },
        {
          id: "reporting-burden",
          core: false,
          prompt: {
            vcs: "What monitoring and reporting would the prime ask of you, and would it be paid for?",
            prime: "What monitoring and reporting do you ask of partners, and is it paid for?",
          },
          guidance:
            "Monitoring is fair when it tells both sides whether the contract is working. For a small organisation, reporting that grows during a contract, in someone else's format and unpaid, can take staff away from clients. Managing partners' performance fairly is one of the areas the Merlin Standard assessed, and agreeing the returns in advance keeps them in proportion.",
          options: options(
            [
              "We report in proportion to the contract, as agreed in advance, from our own systems",
              "Reporting is proportionate to the contract, agreed in advance and drawn from partners' own systems",
            ],
            [
              "We send a set list of returns agreed in advance, in a format we agree together, with the cost priced in",
              "Partners send a set list of returns agreed in advance, in a format agreed together; the cost is priced in",
            ],
            [
              "We complete the prime's standard returns at set intervals agreed in advance, with the cost priced in",
              "Partners complete our standard returns at set intervals agreed in advance; the cost is priced in",
            ],
            [
              "We complete detailed returns in the prime's format, which it may add to on notice without further payment",
              "Partners complete detailed returns in our format; we may add to them on notice without further payment",
            ],
            [
              "We send frequent, detailed returns in the prime's format, added to at its discretion and not funded",
              "Partners provide returns in our format at the frequency we set; requirements may be added at our discretion and are not separately funded",
            ],
          ),
          flag: "REPORTING_BURDEN",
          reverse: {
            title: "The organisation would take on the prime's reporting; the prime asks for less",
            meaning:
              "The organisation is ready to report in the prime's format and at its discretion, while the prime asks only for proportionate reporting agreed in advance. The organisation need not take on more paperwork than the contract requires.",
          },
          questions: [
            "Which returns does the commissioner actually require, and which are the prime's own?",
            "How many staff hours a month would “detailed returns in our format” take, and is that in the price?",
            "What notice would the organisation get of a new reporting requirement?",
          ],
          negotiable: [
            "A fixed list of returns in the sub-contract, changed only by agreement",
            "Reporting drawn from the organisation's own system by an agreed export",
            "Extra payment for any reporting added after signing",
          ],
          evidence: [
            "The sub-contract's reporting schedule, with each return and its frequency",
            "The head contract's monitoring requirements",
            "References from current partners on how reporting has changed over the contract",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 5
    {
      id: "referrals-volumes",
      title: "Referrals, volumes and the offer",
      summary:
        "How much work the organisation can count on, what happens if it does not arrive, and what the prime offers in return for a closer partnership. Referrals are where many sub-contracts succeed or fail.",
      critical: true,
      items: [
        {
          id: "volume-commitment",
          core: true,
          prompt: {
            vcs: "What commitment to referral volumes do you need from the prime?",
            prime: "What commitment to referral volumes does the sub-contract give partners?",
          },
          guidance:
            "Without committed volumes, a charity can be named in a bid, take on staff and then receive too few referrals to keep going. The NCVO–Serco code of practice warned primes against paying lip service to voluntary partners, and NCVO called referrals 'the crunch part of any contract'. Demand is uncertain for the prime too, so a modest guaranteed floor can be fairer than a generous estimate.",
          options: options(
            [
              "We need a guaranteed minimum number a year, paid for even if the referrals do not arrive",
              "A guaranteed minimum number of referrals a year, paid for in full if the referrals do not arrive",
            ],
            [
              "We need a guaranteed minimum number a year written into the contract, though a shortfall is not paid for",
              "A guaranteed minimum number of referrals a year is written into the sub-contract; a shortfall is not paid for",
            ],
            [
              "An estimated volume and a fixed share of all referrals, but no guaranteed number",
              "An estimated volume and a fixed share of all referrals, with no guaranteed number",
            ],
            [
              "An estimated volume only, with referrals shared out as the prime sees fit",
              "An estimated volume only; referrals are allocated at our discretion",
            ],
            [
              "No commitment; referrals depend entirely on demand and the prime's choices",
              "No volume commitment; referrals depend on demand and our allocation",
            ],
          ),
          flag: "BID_CANDY",
          consistency: {
            side: "prime",
            factId: "guaranteedReferralsPerYear",
            expected: [
              { min: 1, max: NO_LIMIT },
              { min: 1, max: NO_LIMIT },
              { min: 0, max: 0 },
              { min: 0, max: 0 },
              { min: 0, max: 0 },
            ],
          },
          reverse: {
            title: "The organisation needs no guaranteed volume; the prime offers one",
            meaning:
              "The organisation would work without a guaranteed number of referrals, but the prime is willing to commit one. The organisation should take the guarantee: it is the best protection against being used as 'bid candy'.",
          },
          questions: [
            "What referral volume can the prime commit to, and what is that figure based on?",
            "Under “an estimated volume only”, how has the estimate compared with what partners actually received on the prime's other contracts?",
            "Is the guaranteed number at least the number the organisation needs to stay viable?",
          ],
          negotiable: [
            "A guaranteed minimum number of referrals a year, even if below the estimate",
            "A fixed share of all referrals in the area",
            "Payment for part of any shortfall below the guaranteed minimum",
          ],
          evidence: [
            "The draft volume clause and the forecast it is based on",
            "The head contract's volume assumptions and any volume guarantee the commissioner gives the prime",
            "References from past partners on how actual referrals compared with the forecast",
          ],
        },
        {
          id: "shortfall-review",
          core: true,
          prompt: {
            vcs: "What should happen if referrals fall well short of what was forecast?",
            prime: "What happens under the sub-contract if referrals to a partner fall well short of the forecast?",
          },
          guidance:
            "The NCVO–Serco code of practice said primes should talk to partners when referrals fall short. A review that starts automatically at an agreed level, while the partner's funding is protected, turns that intention into something both sides can rely on; without one, the shortfall falls on the organisation.",
          options: options(
            [
              "An automatic review within a set time, with our funding protected while it happens",
              "A shortfall below an agreed level triggers a review within a set time; the partner's funding is protected meanwhile",
            ],
            [
              "An automatic review within a set time, after which we may renegotiate or leave without penalty",
              "A shortfall triggers a review within a set time; the partner may then renegotiate or leave without penalty",
            ],
            [
              "A review within a set time, with any changes agreed between us and the prime",
              "A review is held within a set time of a shortfall; any changes are agreed between us and the partner",
            ],
            [
              "A discussion if the prime chooses, with no commitment to change anything",
              "We may hold a discussion about a shortfall; there is no commitment to change the terms",
            ],
            ["No review; the shortfall is our risk", "No review is provided for; a shortfall is the partner's risk"],
          ),
          flag: "BID_CANDY",
          reverse: {
            title: "The organisation would carry a shortfall; the prime offers a review",
            meaning:
              "The organisation is ready to carry the risk of referrals falling short, while the prime is willing to commit to a review. The organisation should take the review: it is cheap for the prime and protects the service.",
          },
          questions: [
            "What level of shortfall, over what period, would trigger a review?",
            "Under “a review within a set time”, what could the review change: price, volume, staffing or the end date?",
            "Could the organisation leave without penalty if referrals stay low?",
          ],
          negotiable: [
            "A review that starts automatically when referrals fall below an agreed level",
            "Funding protected for a set period while the review happens",
            "A right to leave without penalty if volumes are not restored",
          ],
          evidence: [
            "The draft clause on volumes and shortfalls",
            "References from past partners on what happened when referrals fell short",
          ],
        },
        {
          id: "client-mix",
          core: false,
          prompt: {
            vcs: "How should harder-to-help clients be shared between you and the prime?",
            prime: "How are harder-to-help clients shared between you and partners?",
          },
          guidance:
            "When payment depends on results, there is a pull towards keeping the easier clients and passing on those who need the most help. The NCVO–Serco code of practice warned against this 'cherry-picking'. If harder cases are passed down, the price and the targets should reflect it.",
          options: options(
            [
              "We agree the client mix in advance, and harder cases are paid at a higher rate",
              "The client mix is agreed with each partner in advance, and harder cases are paid at a higher rate",
            ],
            [
              "Referrals follow agreed criteria, and the mix is checked openly against them",
              "Referrals follow agreed criteria, and the mix is checked openly against them",
            ],
            [
              "Referrals follow agreed criteria, and the prime reports the mix to us if we ask",
              "Referrals follow agreed criteria; we report the mix to partners on request",
            ],
            [
              "The prime decides who is referred, and harder cases are paid at the standard rate",
              "We decide who is referred; harder cases are paid at the standard rate",
            ],
            [
              "The prime decides who is referred, with no checks on the mix or the price",
              "We decide who is referred; the mix and the price are not reviewed",
            ],
          ),
          flag: "BID_CANDY",
          reverse: {
            title: "The organisation would leave the client mix to the prime; the prime offers agreed criteria",
            meaning:
              "The organisation is content for the prime to decide who it is sent, while the prime is willing to agree criteria and check the mix. The organisation should accept the checks: they protect it from being sent only the hardest cases at the standard price.",
          },
          questions: [
            "How will the mix of clients be checked, and what happens if harder cases are concentrated on the organisation?",
            "Under “harder cases are paid at the standard rate”, could the organisation still meet its targets?",
            "What does each side mean by a harder-to-help client?",
          ],
          negotiable: [
            "Higher payment rates for clients who need more help",
            "Referral criteria agreed in advance, with the mix reported every quarter",
            "Targets adjusted when the mix turns out harder than agreed",
          ],
          evidence: [
            "The draft referral criteria and price schedule",
            "Figures on the client mix sent to partners on the prime's other contracts",
          ],
        },
        {
          id: "exclusivity",
          core: false,
          prompt: {
            vcs: "How free would you be to join other bids, or bid in your own right, for similar work?",
            prime: "How free are partners to join other bids, or bid in their own right, for similar work?",
          },
          guidance:
            "Asking partners to back only one bid can make sense while bids are being prepared. But a charity tied to one prime that then sends few referrals has given up other ways to fund its work and to decide what it does. The tighter the exclusivity, the stronger the case for committed volumes in return.",
          options: options(
            [
              "We are completely free to join other bids and to bid in our own right",
              "Partners are free to join other bids and to bid in their own right",
            ],
            [
              "We are free, but we tell the prime if we join another bid for the same contract",
              "Partners are free, but tell us if they join another bid for the same contract",
            ],
            [
              "We are exclusive to the prime for this contract's bid only, and free for all other work",
              "Partners are exclusive to us for this contract's bid only, and free for all other work",
            ],
            [
              "We are exclusive to the prime for this kind of work in this area while the contract runs",
              "Partners are exclusive to us for this kind of work in this area while the contract runs",
            ],
            [
              "We are exclusive to the prime for this kind of work in any area, during and after the contract",
              "Partners are exclusive to us for this kind of work in any area, during and after the contract",
            ],
          ),
          flag: "MODEL_OVERRIDE",
          reverse: {
            title: "The organisation would tie itself to the prime; the prime leaves partners free",
            meaning:
              "The organisation is ready to work exclusively with the prime, but the prime does not ask for exclusivity. The organisation may be giving up other work it does not need to.",
          },
          questions: [
            "Why does the prime need exclusivity, and for how long?",
            "Under “exclusive to us for this kind of work in this area”, what would the organisation have to turn down?",
            "Does any exclusivity still make sense without guaranteed volumes?",
          ],
          negotiable: [
            "Exclusivity limited to the bid itself",
            "Exclusivity released if guaranteed volumes are not met",
            "Freedom to bid for work in other areas or with other commissioners",
          ],
          evidence: ["The draft exclusivity clause", "Any exclusivity the head contract or the commissioner requires"],
        },
        {
          id: "framework-calloff",
          core: false,
          prompt: {
            vcs: "If the work comes through a framework, what commitment would you have that work will be called off to you?",
            prime:
              "If the work comes through a framework, what commitment do partners have that work will be called off to them?",
          },
          guidance:
            "A framework is an agreement that admits providers to a list from which work is later ordered; each order is a 'call-off'. Getting onto a framework takes time and money but, on its own, guarantees no work. In Clinks' tracking survey of the probation reforms, only 35% of charities that answered received funding from the new companies, so a commitment that call-offs will follow matters.",
          options: options(
            [
              "We are admitted with a committed share of call-offs, written into the framework agreement",
              "Partners are admitted with a committed share of call-offs, set out in the framework agreement",
            ],
            [
              "We are admitted with a minimum value of call-offs a year, with the rest competed",
              "Partners are admitted with a minimum value of call-offs a year; the rest are competed",
            ],
            [
              "We are admitted, and call-offs are shared out by published rules such as rotation or area",
              "Call-offs are allocated by published rules such as rotation or area; no share is committed",
            ],
            [
              "We are admitted and compete for every call-off, with an estimate of how much work will come",
              "Every call-off is competed among admitted partners; we give an estimate of expected volumes",
            ],
            [
              "We are admitted only; every call-off is competed and there is no commitment we will ever be called off",
              "Admission to the framework only; every call-off is competed, with no commitment that any partner will be called off",
            ],
          ),
          flag: "BID_CANDY",
          reverse: {
            title: "The organisation would join without a commitment to call-offs; the prime offers one",
            meaning:
              "The organisation is ready to join the framework with no commitment that work will follow, while the prime is willing to commit a share or a minimum. The organisation should take the commitment.",
          },
          questions: [
            "How much work has been called off to partners on the prime's other frameworks, and to how many of them?",
            "Under “every call-off is competed”, what would each competition cost the organisation to take part in?",
            "Would published allocation rules, such as rotation, be fairer than competing for each call-off?",
          ],
          negotiable: [
            "A minimum value of call-offs a year for each admitted partner",
            "Published allocation rules, such as rotation or area",
            "A right to leave the framework without penalty if no work is called off within a set time",
          ],
          evidence: [
            "The framework agreement and its call-off procedure",
            "Figures on call-offs awarded to partners on the prime's other frameworks",
          ],
        },
        {
          id: "offer-in-return",
          core: true,
          prompt: {
            vcs: "What kind of partnership do you want with the prime: an arm's-length sub-contract, or a closer embrace in return for growth?",
            prime:
              "What kind of partnership do you offer partners: an arm's-length sub-contract, or a closer embrace in return for growth?",
          },
          guidance:
            "Some primes offer a 'tighter embrace': fewer partners, more work passed to them over time and help to build capacity, in return for delivery under the prime's brand, signing up to its values and a seamless service. The sector has compared such deals to marriages rather than casual flings, because leaving them has legal and financial consequences. The trade is fair only if what is promised in return is written down and matches what is given up.",
          options: options(
            [
              "An arm's-length sub-contract: no promises either way, and we keep our own identity",
              "An arm's-length sub-contract: no commitments beyond its terms; partners keep their own identity and approach",
            ],
            [
              "A sub-contract with some joint working, such as shared training, while we keep our own identity",
              "A sub-contract with some joint working, such as shared training; partners keep their own identity",
            ],
            [
              "A preferred-partner arrangement: first refusal on new work, in return for agreed joint standards",
              "Preferred partners have first refusal on new work, in return for meeting agreed joint standards",
            ],
            [
              "A closer partnership: more work over time and capacity building, in return for co-branded delivery and shared values",
              "Partners receive more work over time and capacity building, in return for co-branded delivery and shared values",
            ],
            [
              "A strategic embrace: the prime promises growth and capacity building; we deliver under its brand and values as one seamless service",
              "Strategic partners are offered growth and capacity building, in return for delivery under our brand and values as one seamless service",
            ],
          ),
          flag: "UNEVEN_TRADE",
          reverse: {
            title: "The organisation wants a strategic embrace; the prime offers an arm's-length sub-contract",
            meaning:
              "The organisation hopes for growth and capacity building in return for closer integration, but the prime offers a more arm's-length relationship. The organisation should not plan on work or support the prime has not offered.",
          },
          questions: [
            "Under “a strategic embrace”, which promises of growth and capacity building are written into the sub-contract, and which are hopes?",
            "What would the organisation give up, and could it get it back if the promised work does not come?",
            "What have partners who accepted a closer embrace with this prime received in practice?",
          ],
          negotiable: [
            "Growth commitments written into the sub-contract, with volumes and dates",
            "Co-branding rather than the prime's brand only, in return for a smaller commitment",
            "A review point after which either side can step back to an arm's-length sub-contract",
          ],
          evidence: [
            "The written offer: volumes over time, capacity-building support and its value",
            "References from partners who have been in a closer partnership with this prime",
            "The prime's Merlin assessment or similar review of how it treats its supply chain, if it has one",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 6
    {
      id: "money-risk",
      title: "Money and risk",
      summary:
        "How and when the organisation is paid, how much the prime keeps, and who carries the cost when things go wrong. The organisation's reserves decide how much of this risk it can safely carry.",
      critical: true,
      items: [
        {
          id: "outcome-share",
          core: true,
          prompt: {
            vcs: "What share of your payment could depend on results (payment by results)?",
            prime: "What share of partners' payment depends on results (payment by results)?",
          },
          guidance:
            "Payment by results means being paid only once an outcome, such as a client staying in work for six months, is achieved and confirmed. The organisation pays its staff long before that, and some outcomes are never achieved or never evidenced to the commissioner's standard, so it has to fund the gap from its own reserves. The NCVO–Serco code of practice said primes should not pass down disproportionate financial risk.",
          options: options(
            [
              "We are paid entirely for delivery; nothing depends on results",
              "Payment is entirely for delivery; no part is paid by results",
            ],
            [
              "We are paid mostly for delivery, with up to a fifth (20%) paid on results",
              "Payment is mainly for delivery, with up to 20% paid on results",
            ],
            [
              "Between a fifth and a half (20% to 50%) of our payment is on results",
              "Between 20% and 50% of payment is made on results",
            ],
            [
              "More than half, but not all, of our payment is on results",
              "More than half of payment, but not all, is made on results",
            ],
            ["We are paid entirely on results", "Payment is made entirely on results"],
          ),
          flag: "CASHFLOW_RISK",
          consistency: {
            side: "prime",
            factId: "outcomePaymentShare",
            expected: [
              { min: 0, max: 0 },
              { min: 1, max: 20 },
              { min: 20, max: 50 },
              { min: 50, max: 99 },
              { min: 100, max: 100 },
            ],
          },
          reverse: {
            title: "The organisation would take more payment by results than the prime asks",
            meaning:
              "The organisation is ready to be paid more on results than the prime's offer requires. It should check its reserves before taking on more risk than it has been asked to carry.",
          },
          questions: [
            "Which outcomes are paid for, and how often might they not be achieved or confirmed?",
            "Under “More than half of payment, but not all, is made on results”, how many months of costs would the organisation carry before being paid?",
            "Does the commissioner pay the prime on the same share, or is the prime passing down more than it carries?",
          ],
          negotiable: [
            "A larger share of payment for delivery rather than results",
            "Payment for progress steps on the way to an outcome",
            "A lower results share in the first year, while volumes build",
          ],
          evidence: [
            "The head contract's payment model, showing the share the commissioner pays on results",
            "The draft payment schedule, with each outcome and its evidence requirements",
            "Figures on how many outcomes partners have achieved and been paid for on the prime's other contracts",
          ],
        },
        {
          id: "payment-timing",
          core: true,
          prompt: {
            vcs: "How quickly would you need to be paid once the work is done or a result is achieved?",
            prime: "How quickly are partners paid once the work is done or a result is achieved?",
          },
          guidance:
            "Every day between doing the work and being paid is a day the organisation funds from its own reserves. A prime that pays partners only when the commissioner pays it passes its own waiting time down the chain, with no date the organisation can plan around. A fixed number of days, whatever the commissioner does, shares that risk more fairly.",
          options: options(
            [
              "We are paid monthly in advance, or within 14 days of the work or a confirmed result",
              "Partners are paid monthly in advance, or within 14 days of the work or a confirmed result",
            ],
            [
              "We are paid within 30 days of the work or a confirmed result",
              "Partners are paid within 30 days of the work or a confirmed result",
            ],
            [
              "We are paid within 60 days of the work or a confirmed result",
              "Partners are paid within 60 days of the work or a confirmed result",
            ],
            [
              "We are paid when the commissioner pays the prime, but never later than 90 days after the result",
              "Partners are paid when the commissioner pays us, and no later than 90 days after the result",
            ],
            [
              "We are paid only when the commissioner pays the prime, with no latest date",
              "Partners are paid when the commissioner pays us; no latest date applies",
            ],
          ),
          flag: "CASHFLOW_RISK",
          consistency: {
            side: "prime",
            factId: "paymentLagDays",
            expected: [
              { min: 0, max: 14 },
              { min: 0, max: 30 },
              { min: 15, max: 60 },
              { min: 15, max: 90 },
              { min: 30, max: NO_LIMIT },
            ],
          },
          reverse: {
            title: "The organisation would wait longer to be paid than the prime asks",
            meaning:
              "The organisation is ready to wait for payment until the commissioner pays the prime, but the prime offers to pay sooner. The organisation should take the faster terms.",
          },
          questions: [
            "How many days, on average, does the commissioner take to pay the prime, and what checks come first?",
            "Under “no latest date applies”, what is the longest any partner has waited on the prime's other contracts?",
            "Could the prime pay within a set number of days, whatever the commissioner does?",
          ],
          negotiable: [
            "Payment within a fixed number of days of an outcome being confirmed",
            "Monthly payment on account, reconciled each quarter",
            "Interest or a late-payment charge when payment passes the agreed date",
          ],
          evidence: [
            "The head contract's payment terms: how and when the commissioner pays the prime",
            "The draft payment clause in the sub-contract",
            "References from past partners on how long payments actually took",
          ],
        },
        {
          id: "management-fee",
          core: false,
          prompt: {
            vcs: "What management fee (top-slice) could the prime keep from the value of your part of the contract?",
            prime: "What management fee (top-slice) do you keep from the value of partners' contracts?",
          },
          guidance:
            "Primes keep part of the contract value, the 'top-slice', to pay for running the supply chain. That is fair when it pays for real support. Full cost recovery means being paid the whole cost of a service, including a fair share of overheads such as management and premises; without it, the charity subsidises the contract from other funds.",
          options: options(
            [
              "No top-slice; we are paid the full cost of delivery, including overheads",
              "No management fee is deducted; partners are paid the full cost of delivery, including overheads",
            ],
            [
              "A small fee for set services from the prime, with our full costs still met",
              "A small fee is deducted for set services from us; partners' full costs are still met",
            ],
            [
              "An agreed fee, itemised against what the prime provides in return",
              "An agreed management fee is deducted, itemised against the services we provide",
            ],
            [
              "A fee the prime sets, not itemised, with our overheads only partly covered",
              "A management fee set by us is deducted, not itemised; partners' overheads are partly covered",
            ],
            [
              "Whatever fee the prime sets, even if we cannot recover our full costs",
              "A management fee set by us is deducted, whether or not partners recover their full costs",
            ],
          ),
          flag: "TOPSLICE_EXCESS",
          reverse: {
            title: "The organisation would accept a higher fee than the prime charges",
            meaning:
              "The organisation is ready to accept a larger or less transparent management fee than the prime actually proposes. It should price its part of the contract on the prime's real terms.",
          },
          questions: [
            "What does the fee pay for, and what does the organisation receive in return?",
            "Under “not itemised”, how would the organisation know what the fee covers?",
            "Is the same fee charged to every partner in the supply chain?",
          ],
          negotiable: [
            "An itemised fee tied to named services from the prime",
            "A lower fee where the organisation provides its own back-office services",
            "A fee that reduces once set-up is complete",
          ],
          evidence: [
            "The draft fee clause, with what the fee covers",
            "The fee charged to other partners in the supply chain",
          ],
        },
        {
          id: "penalties-passed-down",
          core: true,
          prompt: {
            vcs: "If the commissioner penalises the prime, how much of that should be passed down to you?",
            prime: "If the commissioner penalises you, how much of that passes down to partners?",
          },
          guidance:
            "Service credits are deductions a commissioner makes when performance falls short. Passed down unchanged, they can put a small charity at risk for failures it did not cause or could not control. The NCVO–Serco code of practice said primes should not pass down disproportionate financial risk.",
          options: options(
            [
              "None; the prime carries commissioner penalties and service credits",
              "Commissioner penalties and service credits are not passed down to partners",
            ],
            [
              "Only where we caused the failure, capped at a small share of our contract value",
              "Penalties pass down only where the partner caused the failure, capped at a small share of its contract value",
            ],
            [
              "Only where we caused the failure, in proportion to our part in it",
              "Penalties pass down only where the partner caused the failure, in proportion to its part in it",
            ],
            [
              "A share of all penalties, whoever caused them, in line with our share of the contract",
              "A share of all penalties passes down, whoever caused them, in line with the partner's share of the contract",
            ],
            [
              "In full, wherever they relate to our area or our clients",
              "Penalties pass down in full wherever they relate to the partner's area or clients",
            ],
          ),
          flag: "RISK_PASS_DOWN",
          reverse: {
            title: "The organisation would carry more penalties than the prime passes down",
            meaning:
              "The organisation is ready to share in the commissioner's penalties beyond what the prime proposes. It should not take on risk for failures it does not cause.",
          },
          questions: [
            "Which penalties could reach the organisation, and is there a cap?",
            "Under “whoever caused them”, how would the organisation be protected from failures elsewhere in the chain?",
            "How often has the commissioner applied service credits to the prime?",
          ],
          negotiable: [
            "Penalties passed down only where the organisation caused the failure, with a cap",
            "A cap at a set share of the organisation's contract value",
            "A right to see and challenge the commissioner's evidence for any penalty",
          ],
          evidence: [
            "The head contract's service credit and penalty regime",
            "The draft flow-down clause in the sub-contract",
          ],
        },
        {
          id: "liability-flow-down",
          core: true,
          prompt: {
            vcs: "How much liability, indemnity and insurance risk would pass to you, and how much of the head contract would flow down?",
            prime:
              "How much liability, indemnity and insurance risk passes to partners, and how much of your head contract flows down?",
          },
          guidance:
            "An indemnity is a promise to cover the other side's losses; a liability cap limits how much one side can be made to pay. The head contract is the prime's own contract with the commissioner, and 'back-to-back' means its terms are passed down to partners unchanged, however little of the work they do. A small charity can end up carrying risks, and buying insurance, far out of proportion to its share of the work, which the NCVO–Serco code of practice warned against.",
          options: options(
            [
              "Our liability is capped in proportion to our share; we need only the insurance we already hold; only the head-contract terms relevant to our part pass down",
              "Partner liability is capped in proportion to its share of the contract; insurance at levels it already holds; only relevant head-contract terms flow down",
            ],
            [
              "Our liability is capped at the value of our sub-contract; insurance at agreed standard levels; only relevant terms pass down",
              "Partner liability is capped at the value of its sub-contract; insurance at agreed standard levels; only relevant head-contract terms flow down",
            ],
            [
              "Our liability is capped at a multiple of our sub-contract value; insurance agreed between us; most head-contract terms pass down, adapted to our part",
              "Partner liability is capped at a multiple of its sub-contract value; insurance as agreed; most head-contract terms flow down, adapted to its part",
            ],
            [
              "Our liability is capped at a level the prime sets; insurance as the prime sets; the head contract passes down back-to-back with a few exceptions",
              "Partner liability is capped at a level we set; insurance as we specify; the head contract flows down back-to-back with listed exceptions",
            ],
            [
              "We give the prime an unlimited indemnity; insurance as the prime sets; the head contract passes down in full, back-to-back",
              "Partners give an unlimited indemnity; insurance as we specify; the head contract flows down in full, back-to-back",
            ],
          ),
          flag: "RISK_PASS_DOWN",
          reverse: {
            title: "The organisation would accept more liability than the prime asks",
            meaning:
              "The organisation is ready to give wider indemnities or take on more of the head contract than the prime requires. It should check its insurance and its trustees' appetite for risk before offering more.",
          },
          questions: [
            "Under “the head contract flows down in full, back-to-back”, which of its terms could the organisation not meet, because they concern work it does not do?",
            "What is the largest claim the organisation could face, and would its insurance cover it?",
            "Would the prime cap the organisation's liability in proportion to its share of the contract?",
          ],
          negotiable: [
            "A liability cap in proportion to the organisation's share of the contract",
            "Only the head-contract terms relevant to the organisation's part passed down",
            "Insurance at levels the organisation already holds, or the extra cost priced in",
          ],
          evidence: [
            "The head contract's liability, indemnity and insurance terms",
            "The draft flow-down schedule, listing each head-contract term that passes down",
            "The organisation's own insurance schedule, for comparison",
          ],
        },
        {
          id: "upfront-funding",
          core: false,
          prompt: {
            vcs: "Would the prime fund your set-up costs and working capital before payments start?",
            prime: "Do you fund partners' set-up costs and working capital before payments start?",
          },
          guidance:
            "Recruiting and training staff and setting up systems all happen before the first payment. Working capital is the cash needed to keep a service running while waiting to be paid. A charity with small reserves may not be able to take part without help at the start.",
          options: options(
            [
              "Set-up costs are paid in full, and working capital is advanced before delivery starts",
              "We pay partners' set-up costs in full and advance working capital before delivery starts",
            ],
            [
              "Set-up costs are paid in full; no advance, but prompt monthly payment from the start",
              "We pay partners' set-up costs in full; no advance, with monthly payment from the start",
            ],
            [
              "An advance towards set-up, recovered from our later payments",
              "An advance towards set-up is made, recovered from the partner's later payments",
            ],
            [
              "A loan from the prime, repayable whether or not referrals arrive",
              "A loan is available from us, repayable whether or not referrals arrive",
            ],
            [
              "Nothing; we fund set-up and the wait for payment ourselves",
              "Partners fund set-up and working capital themselves",
            ],
          ),
          flag: "CASHFLOW_RISK",
          reverse: {
            title: "The organisation would fund its own set-up; the prime offers help",
            meaning:
              "The organisation is ready to fund its set-up and working capital itself, but the prime offers to pay or advance them. The organisation should take the help and keep its reserves for risks it cannot avoid.",
          },
          questions: [
            "How many months of costs would the organisation carry before its first payment?",
            "Under “a loan from the prime, repayable whether or not referrals arrive”, what happens if the referrals never come?",
            "Which set-up costs would the prime pay, and when?",
          ],
          negotiable: [
            "A set-up payment or working-capital advance",
            "An advance recovered only from payments actually received",
            "Monthly payment on account from the first month",
          ],
          evidence: [
            "The draft payment schedule, showing the first payment date",
            "The head contract's mobilisation payments, if any",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 7
    {
      id: "data-beneficiaries",
      title: "Data and the people served",
      summary:
        "Who controls the records about the people the service supports, what else they may be used for, and who keeps the relationship with those people when the contract ends. For many charities, the people they serve are not an asset to be handed over with a contract.",
      critical: true,
      items: [
        {
          id: "data-controller",
          core: true,
          prompt: {
            vcs: "In data protection terms, who would be the data controller of the records about the people you support?",
            prime:
              "In data protection terms, who is the data controller of the records about the people partners support?",
          },
          guidance:
            "Under UK GDPR, the data controller decides why and how personal data is used and answers for it; a processor only handles data on a controller's instructions; joint controllers decide together and must set out who does what. The role each side takes decides who can keep, use and share the records, including when someone comes back for help after the contract. This is not legal advice: take data protection advice on the final arrangement.",
          options: options(
            [
              "We are the data controller of our own client records, and share with the prime what the contract needs",
              "Partners are the data controllers of their client records and share with us what the contract needs",
            ],
            [
              "We are the controller of our records; the prime is a separate controller of what we share with it, under a data-sharing agreement",
              "Partners control their records; we are a separate controller of the data they share with us, under a data-sharing agreement",
            ],
            [
              "We and the prime are joint controllers, with a written arrangement setting out each side's rights and duties",
              "We and each partner are joint controllers, under a written arrangement setting out each side's rights and duties",
            ],
            [
              "The prime is the controller and we are its processor, with agreed access to records for complaints, audits and returning clients",
              "We are the controller and partners act as our processors, with agreed access to records for complaints, audits and returning clients",
            ],
            [
              "The prime is the controller and we are its processor, with no rights to the records",
              "We are the sole controller; partners act as our processors, with no rights to the records",
            ],
          ),
          flag: "BENEFICIARY_CAPTURE",
          reverse: {
            title:
              "The organisation would act as the prime's processor; the prime wants partners to control their own records",
            meaning:
              "The organisation is ready to hand control of its client records to the prime, but the prime expects partners to stay controllers of their own. The organisation should keep the responsibility, and the rights, that come with its own records.",
          },
          questions: [
            "Under “partners act as our processors”, could the organisation still help a former client who comes back to it?",
            "Who answers a client's request to see their own records, and who reports a data breach?",
            "Does the head contract say who must be the controller, or is that the prime's choice?",
          ],
          negotiable: [
            "The organisation as controller of its own records, with a data-sharing agreement for what the contract needs",
            "Joint controllers, with a written arrangement that both sides have approved",
            "A processor role with agreed access to records for complaints and returning clients",
          ],
          evidence: [
            "The draft data protection schedule, naming each side's role",
            "The head contract's data protection terms",
            "The privacy notice clients would be given",
          ],
        },
        {
          id: "ongoing-relationship",
          core: true,
          prompt: {
            vcs: "Who should keep the relationship with clients once the contract ends?",
            prime: "Who keeps the relationship with partners' clients once the contract ends?",
          },
          guidance:
            "Many charities supported people before a contract began and will still be there after it ends. A rule that stops a charity contacting former clients can cut people off from help they trust. What matters most is that clients know their options and can choose.",
          options: options(
            [
              "We keep it; clients stay free to use our other services",
              "Partners keep the client relationship; clients stay free to use their other services",
            ],
            [
              "Each client chooses, and we help them stay in touch with us if they wish",
              "Each client chooses, and partners may help them stay in touch if they wish",
            ],
            [
              "We agree a joint handover plan with the prime, and tell each client their options",
              "A joint handover plan is agreed with each partner, and every client is told their options",
            ],
            [
              "The prime keeps it; we stay in touch only if a client contacts us first",
              "The client relationship stays with us; partners may respond only if a former client contacts them first",
            ],
            [
              "The prime keeps it, and we may not contact former clients, even when they ask us for help",
              "The client relationship stays with us; partners may not contact former clients after the contract, even at a client's request",
            ],
          ),
          flag: "BENEFICIARY_CAPTURE",
          unsafe: {
            from: 5,
            title: "The organisation may not help former clients even when they ask",
            why: "A clause that stops the organisation helping someone who asks it for help cuts people off from support they trust, and can stop the charity pursuing its own purposes; its trustees must act independently in the charity's interests and those of the people it exists to serve. People also keep their own rights over their personal data, whatever the contract says. This is not legal advice; check the clause with an adviser before agreeing to it.",
          },
          reverse: {
            title: "The organisation would hand over its clients; the prime wants partners to keep the relationship",
            meaning:
              "The organisation is ready to let the prime keep the relationship with clients after the contract, but the prime expects partners to keep it. The organisation should make sure clients know they can come back to it.",
          },
          questions: [
            "What happens to clients who want to stay in touch with the organisation after the contract?",
            "Under “partners may respond only if a former client contacts them first”, how would clients know they can?",
            "Who tells clients, and when, that the contract is ending and what their options are?",
          ],
          negotiable: [
            "A handover plan led by clients' choices, with people free to stay in touch",
            "Each client told in writing of their options before the contract ends",
            "A limit only on marketing the organisation's other contracts to former clients, not on helping them",
          ],
          evidence: [
            "The draft clause on non-solicitation or contact with former clients",
            "The draft exit plan's section on client handover",
          ],
        },
        {
          id: "data-reuse",
          core: true,
          prompt: {
            vcs: "Could the prime use your clients' data for anything beyond this contract?",
            prime: "Can partners' client data be used for anything beyond this contract?",
          },
          guidance:
            "People tell a charity about their lives for a reason, usually to get help from that service. UK GDPR's purpose limitation principle says personal data collected for one purpose must not be reused in a way that does not fit with it, and clients should be told plainly what their information is for. This is not legal advice: take data protection advice on any reuse.",
          options: options(
            ["Our clients' data is used only for this contract", "Client data is used only for this contract"],
            [
              "It is used for this contract and, anonymised, for the commissioner's evaluation of the programme",
              "Client data is used for this contract; anonymised figures may be used in the programme's evaluation",
            ],
            [
              "It is used for this contract and, anonymised, for the prime's research and service planning",
              "Client data is used for this contract; anonymised figures may also be used for our research and service planning",
            ],
            [
              "It may be reused for the prime's other services, but only with each client's consent",
              "Client data may be reused for our other services with each client's consent",
            ],
            [
              "It may be reused for the prime's other services and marketing as it sees fit",
              "Client data may be reused for our other services and marketing at our discretion",
            ],
          ),
          flag: "BENEFICIARY_CAPTURE",
          unsafe: {
            from: 5,
            title: "Client data reused for other services and marketing as the prime sees fit",
            why: "UK GDPR's purpose limitation principle means personal data collected to deliver this service must not be reused for unrelated purposes, such as marketing, without a lawful basis the client was told about. An agreement to reuse data 'at our discretion' leaves both organisations exposed and breaks the trust clients placed in the organisation. This is not legal advice; take data protection advice, or read the Information Commissioner's guidance, before agreeing to it.",
          },
          reverse: {
            title: "The organisation would let the prime reuse client data; the prime keeps it to this contract",
            meaning:
              "The organisation is ready for its clients' data to be used beyond this contract, but the prime proposes to use it only for this contract. The organisation should keep to the narrower use it would have to explain to clients anyway.",
          },
          questions: [
            "Which of the prime's other services would the data be used for, and how would clients be told?",
            "Under “with each client's consent”, who asks for consent, and can a client say no and still get the service?",
            "Are the anonymised figures truly anonymous, or could people be identified in a small area?",
          ],
          negotiable: [
            "Use limited to this contract, with anonymised figures for the programme's evaluation",
            "Any other use only with each client's separate, freely given consent",
            "A privacy notice, approved by both sides, that lists every use",
          ],
          evidence: [
            "The draft data protection schedule and data-sharing agreement",
            "The prime's privacy notice for clients",
          ],
        },
        {
          id: "case-system",
          core: false,
          prompt: {
            vcs: "Which case-management system would you record your work in?",
            prime: "Which case-management system do partners record their work in?",
          },
          guidance:
            "Working only in the prime's system can be simpler and saves entering data twice. But a charity that cannot get its own records out loses its history with clients and the evidence of its work. A regular export in a usable format is a simple safeguard.",
          options: options(
            [
              "Our own system only; we send the prime the reports the contract requires",
              "Partners use their own systems and send us the reports the contract requires",
            ],
            [
              "Our own system, with an automatic feed of agreed data to the prime",
              "Partners use their own systems, with an automatic feed of agreed data to us",
            ],
            [
              "Both: the prime's system for contract data, ours for everything else",
              "Partners record contract data in our system and everything else in their own",
            ],
            [
              "The prime's system only, with our records exported to us regularly",
              "Partners work in our system only, with their records exported to them regularly",
            ],
            [
              "The prime's system only, with no export; our access ends with the contract",
              "Partners work in our system only; access ends with the contract and no export is provided",
            ],
          ),
          flag: "BENEFICIARY_CAPTURE",
          reverse: {
            title: "The organisation would work in the prime's system; the prime lets partners use their own",
            meaning:
              "The organisation is ready to record everything in the prime's system, while the prime is content for partners to use their own. The organisation should keep a way to get its records back.",
          },
          questions: [
            "Can the organisation export its records from the prime's system, and how often?",
            "Under “no export is provided”, how would the organisation help a returning client or show its results?",
            "Who pays for any link between the two systems?",
          ],
          negotiable: [
            "A regular export of the organisation's records in a usable format",
            "An automatic feed of agreed data from the organisation's own system",
            "A full export of the organisation's records when the contract ends",
          ],
          evidence: ["The draft data and systems clause", "A demonstration of the prime's system's export function"],
        },
        {
          id: "consent-sharing",
          core: false,
          prompt: {
            vcs: "How would clients' personal information be shared with the prime, and on what basis?",
            prime: "How do partners share clients' personal information with you, and on what basis?",
          },
          guidance:
            "People often tell a charity things because they trust it, and how their information is shared affects that trust. Any sharing needs a lawful basis under UK GDPR, and clients should be told plainly who will see their information. Consent is one basis, but not the only one.",
          options: options(
            [
              "Anonymised data only, unless a client agrees to named sharing",
              "Partners share anonymised data only, unless a client agrees to named sharing",
            ],
            [
              "Named data for set purposes, under our own privacy notice and consent process",
              "Partners share named data for set purposes, under their own privacy notice and consent process",
            ],
            [
              "Named data under a joint data-sharing agreement and a privacy notice we both approve",
              "Named data is shared under a joint data-sharing agreement and a privacy notice both sides approve",
            ],
            [
              "Named data under the prime's privacy notice and consent process",
              "Named data is shared under our privacy notice and consent process",
            ],
            [
              "All client data, under the prime's privacy notice and consent process, with no say for us",
              "All client data is shared with us, under our privacy notice and consent process only",
            ],
          ),
          flag: "POLICY_OVERRIDE",
          reverse: {
            title: "The organisation would share on the prime's terms; the prime accepts partners' own process",
            meaning:
              "The organisation is ready to share client data under the prime's privacy notice and process, while the prime is content with partners' own. The organisation should keep the process its clients already know and trust.",
          },
          questions: [
            "How will clients be told who sees their information, and on what basis?",
            "Under “our privacy notice and consent process only”, who would answer a client's question about their data?",
            "Which named data does the prime really need, and why?",
          ],
          negotiable: [
            "A data-sharing agreement and a privacy notice that both sides have approved",
            "Named data limited to what the contract needs",
            "Anonymised figures for everything else",
          ],
          evidence: ["The draft data-sharing agreement", "The privacy notice clients would be given"],
        },
      ],
    },
    // ------------------------------------------------------------------ 8
    {
      id: "governance-fairness",
      title: "Governance and fairness",
      summary:
        "Whether the organisation has a real say in how the supply chain is run, a fair way to settle disputes and a contract that cannot be changed under it, with its own board left in charge. Fair partnership means an equal right to be at the table, not equal size.",
      critical: false,
      items: [
        {
          id: "supply-chain-forum",
          core: false,
          prompt: {
            vcs: "What say would you have in how the supply chain is run?",
            prime: "What say do partners have in how the supply chain is run?",
          },
          guidance:
            "The Merlin Standard, which the Department for Work and Pensions used to judge how primes treat their supply chains, covers how a chain is designed, run and reviewed, and its assessors asked partners themselves. A forum that partners help to run and that can change decisions is different from one that only passes on news.",
          options: options(
            [
              "A supply-chain forum with real influence: partners co-chair it, put items on the agenda and can change decisions",
              "A supply-chain forum co-chaired by partners, who may add agenda items and whose agreement is needed to change the programme",
            ],
            [
              "A forum the prime must consult before decisions, and to which it explains its decisions in writing",
              "A forum we consult before decisions affecting partners; we explain our decisions to it in writing",
            ],
            [
              "A regular forum where we can raise issues and the prime responds",
              "A regular forum where partners may raise issues and we respond",
            ],
            [
              "Occasional briefings from the prime, and a named contact for concerns",
              "Occasional briefings for partners, and a named contact for concerns",
            ],
            ["No forum; the prime decides and tells us", "No supply-chain forum; we decide and inform partners"],
          ),
          flag: "GOVERNANCE_INTRUSION",
          reverse: {
            title: "The organisation wants little say; the prime offers partners a real voice",
            meaning:
              "The organisation is content to be told decisions, while the prime offers partners a forum with influence. The organisation should take its seat: the forum is where problems with referrals and payment get fixed.",
          },
          questions: [
            "How will partners' views shape decisions about the supply chain?",
            "Under “a regular forum where partners may raise issues”, what must the prime do with an issue once it is raised?",
            "Who sets the agenda, and who writes the minutes?",
          ],
          negotiable: [
            "A supply-chain forum with written terms that require the prime to respond to it",
            "A partner co-chair, elected by the partners",
            "A standing agenda item on referrals and payment",
          ],
          evidence: [
            "The terms of reference of the prime's supply-chain forum on its other contracts",
            "Minutes or references from partners on how the forum has worked",
          ],
        },
        {
          id: "dispute-route",
          core: false,
          prompt: {
            vcs: "How would a dispute between you and the prime be settled?",
            prime: "How is a dispute between you and a partner settled?",
          },
          guidance:
            "When a small organisation's only route is to complain to the body it depends on for work, problems tend to go unraised. In an NCVO survey, 71% of sub-contractors said the Merlin Standard did not regulate primes adequately. An independent step such as mediation is cheaper than court and can protect the relationship.",
          options: options(
            [
              "By a mediator we choose jointly, then an independent adjudicator, with costs shared",
              "By a jointly chosen mediator, then an independent adjudicator, with costs shared",
            ],
            [
              "By escalation between senior staff, then independent mediation",
              "By escalation between senior staff, then independent mediation",
            ],
            [
              "By escalation between senior staff, then the commissioner or a programme board",
              "By escalation between senior staff, then referral to the commissioner or a programme board",
            ],
            [
              "By escalation within the prime, up to a director, whose decision is final",
              "By escalation within our organisation, up to a director, whose decision is final",
            ],
            [
              "The prime's contract manager decides; there is no further route",
              "Our contract manager's decision is final; there is no further route",
            ],
          ),
          flag: "GOVERNANCE_INTRUSION",
          reverse: {
            title: "The organisation would accept the prime's decision as final; the prime offers an independent route",
            meaning:
              "The organisation is ready to let the prime settle disputes itself, while the prime offers mediation or an independent step. The organisation should take the independent route.",
          },
          questions: [
            "If the two sides disagree, who decides, and is any part of that route independent?",
            "Under “a director, whose decision is final”, what could the organisation do if it thought the decision was wrong?",
            "Who pays for mediation?",
          ],
          negotiable: [
            "Independent mediation as a step before any formal dispute",
            "Mediation costs shared equally",
            "A time limit at each step of escalation",
          ],
          evidence: [
            "The draft dispute resolution clause",
            "References from past partners on how disputes were handled",
          ],
        },
        {
          id: "board-policies",
          core: true,
          prompt: {
            vcs: "What say would the prime have over your board, governing documents or organisation-wide policies?",
            prime: "What say do you have over partners' boards, governing documents or organisation-wide policies?",
          },
          guidance:
            "A charity's trustees are responsible for running it in line with its charitable purposes and cannot hand that duty to a contractor. The Independence Panel named pressure on independent governance as a threat. Reasonable checks that a contract is being met are different from a say over the board or the policies that govern the whole organisation.",
          options: options(
            [
              "None; the prime checks only that we meet the contract's requirements",
              "We check only that partners meet the contract's requirements",
            ],
            [
              "The prime may see our policies and raise concerns about how they affect this contract",
              "We may review partners' policies and raise concerns about how they affect this contract",
            ],
            [
              "The prime approves changes to our policies only where they affect this contract, and we tell it of major changes such as a merger",
              "Changes to partners' policies that affect this contract need our approval; partners tell us of major changes such as a merger",
            ],
            [
              "The prime has a say over our organisation-wide policies, or an observer at our board meetings",
              "We are consulted on partners' organisation-wide policies, or attend their board meetings as an observer",
            ],
            [
              "The prime approves our organisation-wide policies or has a seat on our board",
              "Partners' organisation-wide policies require our approval, or we hold a seat on their board",
            ],
          ),
          flag: "GOVERNANCE_INTRUSION",
          unsafe: {
            from: 4,
            title: "The prime has a say over the charity's board or organisation-wide policies",
            why: "A charity's trustees must act independently, in the charity's interests alone, and cannot give a contractor whose interests may differ a say over its board or the policies that govern the whole organisation. An arrangement like this may also conflict with the charity's governing document. This is not legal advice; the trustees should take advice, and may read the Charity Commission's guidance on trustees' duties, before agreeing to it.",
          },
          reverse: {
            title: "The organisation would give the prime a say over its governance; the prime does not ask for it",
            meaning:
              "The organisation is willing for the prime to have a role in its board or policies, but the prime asks only for checks on the contract. The organisation's trustees should not offer a say they are bound to keep for themselves.",
          },
          questions: [
            "What does the prime need to see to be sure the contract is being met, and what goes beyond that?",
            "If the prime were to “attend their board meetings as an observer”, what would it hear, and what could it do with what it heard?",
            "Which policies are organisation-wide, and which apply only to this contract?",
          ],
          negotiable: [
            "Checks limited to the contract's requirements, with no role in the organisation's board",
            "Notice of major governance changes, such as a merger, without a right to approve them",
            "Approval limited to contract-specific procedures, not organisation-wide policies",
          ],
          evidence: [
            "The draft governance and assurance clauses",
            "The organisation's governing document, to check what its trustees may agree",
          ],
        },
        {
          id: "open-book",
          core: false,
          prompt: {
            vcs: "How open should the prime be about how it shares money and referrals across the supply chain?",
            prime: "How open are you with partners about how money and referrals are shared across the supply chain?",
          },
          guidance:
            "'Open book' means sharing the real figures behind a contract. Without it, partners cannot tell whether risk and reward are shared fairly, or where referrals are going. Transparency, with equity and mutual benefit, is one of the partnering principles the sector often refers to.",
          options: options(
            [
              "Fully open book: the prime shares its contract terms, its fee and allocations across the chain",
              "Fully open book: we share our contract terms, our fee and allocations across the chain",
            ],
            [
              "The prime shares total funding, its fee and each partner's share of referrals",
              "We share total funding, our fee and each partner's share of referrals",
            ],
            [
              "The prime shares totals for the whole chain, but not other partners' figures",
              "We share totals for the whole chain, but not other partners' figures",
            ],
            [
              "We see our own figures only, with a general account of how referrals are shared out",
              "Partners see their own figures, with a general account of how referrals are shared out",
            ],
            [
              "We see our own contract figures only; how money and referrals are shared out is not disclosed",
              "Partners see their own contract figures; allocation of money and referrals across the chain is confidential",
            ],
          ),
          flag: "RISK_PASS_DOWN",
          reverse: {
            title: "The organisation needs few figures; the prime offers an open book",
            meaning:
              "The organisation is content to see only its own figures, while the prime is willing to share more. The organisation should take the figures: they show whether risk and reward are shared fairly.",
          },
          questions: [
            "What figures will the prime share so that partners can see how risk and reward are split?",
            "Where “allocation of money and referrals across the chain is confidential”, how would the organisation know whether referrals were fairly shared?",
            "How often would the figures be shared?",
          ],
          negotiable: [
            "Open-book reporting of fees and referrals across the supply chain",
            "Quarterly figures on each partner's share of referrals",
            "The prime's fee and what it covers published to all partners",
          ],
          evidence: ["The draft transparency clause", "A sample of the reports the prime shares with partners now"],
        },
        {
          id: "change-control",
          core: true,
          prompt: {
            vcs: "How could the sub-contract, its volumes or its price be changed once signed?",
            prime: "How can a partner's sub-contract, its volumes or its price be changed once signed?",
          },
          guidance:
            "A 'unilateral variation' clause lets one side change a contract on its own, by giving notice. Primes face changes from the commissioner and want to pass them on, but a partner whose price or volumes can be cut by notice cannot plan its staff or its budget. A common middle way lets the commissioner's changes pass down, with notice, a fair adjustment and a right to leave.",
          options: options(
            [
              "Any change only by written agreement of both of us",
              "Changes to the sub-contract are made only by written agreement of both parties",
            ],
            [
              "By agreement, except the commissioner's changes, which pass down with the same notice, a fair adjustment and a right for us to leave",
              "By agreement, except changes the commissioner makes, which pass down with the same notice, a fair adjustment and a right for the partner to leave",
            ],
            [
              "The prime may change how the service is delivered on notice, after consulting us; price and volumes change only by agreement",
              "We may vary the service on notice, after consulting the partner; price and volumes change only by agreement",
            ],
            [
              "The prime may change the service and volumes on notice; price changes need our agreement, and we may leave if we cannot accept them",
              "We may vary the service and volumes on notice; price changes need the partner's agreement, and the partner may leave if it cannot accept them",
            ],
            [
              "The prime may change the sub-contract, volumes or price on notice, on its own",
              "We may vary the sub-contract, volumes or price on notice",
            ],
          ),
          flag: "UNILATERAL_VARIATION",
          reverse: {
            title: "The organisation would let the prime change terms on notice; the prime offers changes by agreement",
            meaning:
              "The organisation is ready to let the prime vary the sub-contract on its own, but the prime proposes that changes are agreed. The organisation should keep the protection of changes by agreement.",
          },
          questions: [
            "Under “we may vary the sub-contract, volumes or price on notice”, how much notice, and how often has the prime used such a clause?",
            "Which changes does the commissioner make to the head contract, and how would they reach the organisation?",
            "Could the organisation leave without penalty if it cannot accept a change?",
          ],
          negotiable: [
            "Changes only by written agreement, except the commissioner's changes passed down on the same notice",
            "A fair price adjustment for any change to the service or volumes",
            "A right to leave without penalty after a change the organisation cannot accept",
          ],
          evidence: [
            "The draft variation or change control clause",
            "The head contract's change control terms",
            "References from past partners on changes made during their sub-contracts",
          ],
        },
      ],
    },
    // ------------------------------------------------------------------ 9
    {
      id: "term-exit",
      title: "Term and exit",
      summary:
        "How long the sub-contract lasts, how it can be ended and what happens to clients, staff and pensions when it does. Leaving a partnership is legally and financially hard, so the terms of exit are best agreed at the start.",
      critical: true,
      items: [
        {
          id: "contract-term",
          core: true,
          prompt: {
            vcs: "How long should your sub-contract run, and who decides?",
            prime: "How long do partners' sub-contracts run, and who decides?",
          },
          guidance:
            "Relational services, which depend on trust built up between staff and the people they support, take time to set up and to show results; short contracts that are retendered every few years suit them badly, and staff may leave just as the work starts to succeed. The question is how far the term follows what the service needs, rather than what suits the prime. A sub-contract shorter than the prime's own contract leaves the organisation carrying more of the uncertainty.",
          options: options(
            [
              "Open-ended or rolling, reviewed on performance",
              "The sub-contract is open-ended or rolling, reviewed on performance",
            ],
            [
              "A term set by what the service needs, for example five years or more, with break points",
              "A term set by what the service needs, for example five years or more, with break points",
            ],
            [
              "The same term as the prime's head contract",
              "The sub-contract runs for the same term as our head contract",
            ],
            [
              "Shorter than the prime's head contract, renewed if the prime chooses",
              "A term shorter than our head contract, renewable at our discretion",
            ],
            [
              "Short fixed terms of a year or less, renewed if the prime chooses",
              "Fixed terms of a year or less, renewable at our discretion",
            ],
          ),
          flag: "SHORT_TERM",
          reverse: {
            title: "The organisation would accept a short term; the prime offers a longer one",
            meaning:
              "The organisation is ready to accept short terms renewed at the prime's discretion, but the prime offers a term that follows the service's needs or its own contract. The organisation should take the longer term.",
          },
          questions: [
            "If the sub-contract is shorter than the prime's own contract, why?",
            "How long does the organisation need to recruit, build trust with clients and show results?",
            "Under “renewable at our discretion”, how early would the organisation know whether it will be renewed?",
          ],
          negotiable: [
            "A term matching the prime's own contract",
            "Automatic extension when agreed performance levels are met",
            "At least six months' notice of any decision not to renew",
          ],
          evidence: ["The head contract's term and extension options", "The draft term and renewal clause"],
        },
        {
          id: "termination-convenience",
          core: true,
          prompt: {
            vcs: "Could the prime end the sub-contract 'for convenience', when you have done nothing wrong, and at what notice?",
            prime:
              "Can you end a sub-contract 'for convenience', when the partner has done nothing wrong, and at what notice?",
          },
          guidance:
            "Ending 'for convenience' means ending a contract without any failure by the other side. A charity that has hired staff for the contract may then face redundancy and other closing-down costs it cannot meet. Linking this right to the prime's own contract, and paying reasonable wind-down costs, shares the risk more fairly.",
          options: options(
            [
              "No; only for serious failure by us, after a chance to put it right",
              "The sub-contract may be ended only for serious failure by the partner, after a chance to put it right",
            ],
            [
              "Only if the prime's own contract ends or is cut, passing on the same notice the prime receives",
              "It may be ended for convenience only if our own contract ends or is reduced, on the same notice we receive",
            ],
            [
              "Yes, on at least six months' notice, with reasonable wind-down costs paid",
              "It may be ended for convenience on at least six months' notice; reasonable wind-down costs are paid",
            ],
            [
              "Yes, on one to six months' notice, with no wind-down costs paid",
              "It may be ended for convenience on one to six months' notice; no wind-down costs are payable",
            ],
            [
              "Yes, on less than a month's notice, with no wind-down costs paid",
              "It may be ended for convenience on less than a month's notice; no wind-down costs are payable",
            ],
          ),
          flag: "EXIT_AT_WILL",
          consistency: {
            side: "prime",
            factId: "terminationNoticeDays",
            expected: [
              { min: 0, max: NO_LIMIT },
              { min: 0, max: NO_LIMIT },
              { min: 180, max: NO_LIMIT },
              { min: 28, max: 183 },
              { min: 0, max: 31 },
            ],
          },
          reverse: {
            title: "The organisation would accept termination at will; the prime offers more protection",
            meaning:
              "The organisation is ready for the prime to end the sub-contract at short notice for convenience, but the prime offers longer notice or no such right. The organisation should take the protection it is offered.",
          },
          questions: [
            "In what circumstances could the prime end the sub-contract when the organisation has done nothing wrong?",
            "How much notice would the organisation need to close the service safely?",
            "Under “no wind-down costs are payable”, who would pay for redundancies?",
          ],
          negotiable: [
            "Ending for convenience only if the prime's own contract ends or is reduced",
            "A longer notice period, with reasonable wind-down costs paid",
            "Notice at least as long as the notice the commissioner must give the prime",
          ],
          evidence: [
            "The draft termination clause",
            "The head contract's termination terms, including the notice the commissioner must give",
          ],
        },
        {
          id: "exit-plan",
          core: true,
          prompt: {
            vcs: "Would there be an exit plan for your clients, staff and data when the sub-contract ends?",
            prime: "Is there an exit plan for partners' clients, staff and data when a sub-contract ends?",
          },
          guidance:
            "An exit plan sets out what happens when a contract ends: how clients are handed on safely, what happens to staff and records, and who pays for winding down. The Ministry of Justice's partnering agreement for probation treated the exit plan as a mandatory clause. Agreed at the start, it makes an ending less damaging for everyone, clients included.",
          options: options(
            [
              "A written exit plan agreed at the start, covering client handover, staff, data and a funded wind-down",
              "A written exit plan agreed at the start covers client handover, staff, data and a funded wind-down",
            ],
            [
              "A written exit plan agreed at the start, covering clients, staff and data, with wind-down costs shared",
              "A written exit plan agreed at the start covers clients, staff and data; wind-down costs are shared",
            ],
            [
              "An outline exit plan agreed at the start, completed jointly in the contract's last months",
              "An outline exit plan is agreed at the start and completed jointly in the contract's last months",
            ],
            [
              "An exit plan set by the prime near the end, which we follow",
              "An exit plan is set by us near the end of the sub-contract, and partners follow it",
            ],
            [
              "No exit plan; clients, staff and data are dealt with as the prime decides at the time",
              "No exit plan is provided for; arrangements are decided by us at the time",
            ],
          ),
          flag: "EXIT_AT_WILL",
          unsafe: {
            from: 5,
            title: "No exit plan at all",
            why: "With no exit plan at all, clients can be left without support or a safe handover, and staff without clear terms, when the contract ends, and the organisation's trustees cannot see or manage what the ending will cost. The probation partnering agreement treated an exit plan as mandatory for this reason.",
          },
          reverse: {
            title: "The organisation would leave exit to the prime; the prime offers a plan agreed at the start",
            meaning:
              "The organisation is content for the prime to decide the exit when the time comes, while the prime offers a plan agreed at the start. The organisation should take the plan.",
          },
          questions: [
            "If “An exit plan is set by us near the end of the sub-contract”, what would the organisation know at the start about how clients and staff are protected?",
            "Who pays for winding down the service, including redundancies?",
            "How will clients be handed on, and who tells them?",
          ],
          negotiable: [
            "An exit plan agreed at the start, covering staff, clients, data and materials",
            "Wind-down costs shared in agreed proportions",
            "A joint review of the exit plan each year",
          ],
          evidence: ["The draft exit plan or exit schedule", "The head contract's exit requirements"],
        },
        {
          id: "assets-ip",
          core: false,
          prompt: {
            vcs: "Who should keep the materials, methods and other intellectual property you develop for this contract?",
            prime:
              "Who keeps the materials, methods and other intellectual property partners develop for this contract?",
          },
          guidance:
            "Intellectual property means the rights in things people create, such as training materials, tools and ways of working. A charity often brings years of experience to a contract and improves on it during the work. If the prime owns everything developed, the charity may be unable to use its own methods after it leaves.",
          options: options(
            [
              "We keep everything we develop; the prime's use of it ends with the contract",
              "Partners own what they develop; our use of it ends with the contract",
            ],
            [
              "We keep it, and the prime has a free licence to go on using it after the contract",
              "Partners own what they develop; we have a free licence to go on using it after the contract",
            ],
            [
              "Owned jointly; both of us may use it after the contract",
              "What partners develop is owned jointly; both sides may use it after the contract",
            ],
            [
              "The prime owns it; we may go on using it in our other work",
              "We own what partners develop; partners may go on using it in their other work",
            ],
            [
              "The prime owns it all, and we may not use it after the contract",
              "We own what partners develop; partners may not use it after the contract",
            ],
          ),
          flag: "EXIT_AT_WILL",
          reverse: {
            title: "The organisation would give up its materials and methods; the prime lets partners keep them",
            meaning:
              "The organisation is ready for the prime to own what it develops, but the prime is content for partners to keep it. The organisation should keep the rights to its own methods.",
          },
          questions: [
            "What can the organisation take with it, such as materials and methods it developed?",
            "Under “partners may not use it after the contract”, could the organisation still use methods it brought to the contract?",
            "How will materials the organisation already owned be kept separate from what is new?",
          ],
          negotiable: [
            "The organisation keeps what it develops, with a free licence for the prime",
            "A list of materials the organisation brings, which it keeps whatever happens",
            "Joint ownership, with both sides free to use the materials",
          ],
          evidence: ["The draft intellectual property clause", "The head contract's intellectual property terms"],
        },
        {
          id: "tupe-pensions",
          core: false,
          prompt: {
            vcs: "If staff transfer under TUPE when the service starts or ends, who would carry the cost, including pensions?",
            prime:
              "If staff transfer under TUPE when a partner's service starts or ends, who carries the cost, including pensions?",
          },
          guidance:
            "TUPE (the Transfer of Undertakings (Protection of Employment) Regulations) can move staff to a new employer on their existing terms when a service changes hands, at the start or at the end of a contract. Staff transferring from the public sector may bring pension rights that are costly for a small charity and can leave a deficit when the contract ends. Who pays should be settled, and priced, before signing; this is not legal advice, so take employment and pensions advice on the detail.",
          options: options(
            [
              "The prime funds TUPE and pension costs, on entry and on exit",
              "We fund TUPE and pension costs arising on entry and on exit",
            ],
            [
              "The prime funds pension costs, including any deficit; other TUPE costs are shared",
              "We fund pension costs, including any deficit; other TUPE costs are shared with the partner",
            ],
            [
              "TUPE and pension costs are shared in agreed proportions, with our pension risk capped",
              "TUPE and pension costs are shared in agreed proportions; the partner's pension risk is capped",
            ],
            [
              "We carry TUPE costs; the prime covers only pension deficits above an agreed cap",
              "The partner carries TUPE costs; we cover pension deficits only above an agreed cap",
            ],
            ["All TUPE and pension risk sits with us", "All TUPE and pension risk sits with the partner"],
          ),
          flag: "TUPE_PENSIONS",
          reverse: {
            title: "The organisation would carry TUPE and pension costs; the prime offers to fund them",
            meaning:
              "The organisation is ready to take on staff transfer and pension costs itself, but the prime offers to fund them. The organisation should take the offer: pension deficits can exceed a small charity's reserves.",
          },
          questions: [
            "Will any staff transfer to the organisation at the start, and on what pension terms?",
            "Under “all TUPE and pension risk sits with the partner”, what is the largest pension deficit the organisation could face on exit?",
            "Who would employ the staff if the service moves to a new provider at the end?",
          ],
          negotiable: [
            "The prime funding pension costs and any deficit",
            "A cap on the organisation's pension risk",
            "TUPE costs priced into the contract and reviewed before exit",
          ],
          evidence: [
            "The list of staff expected to transfer, with their terms and pension schemes (the 'employee liability information')",
            "The head contract's TUPE and pension terms",
            "An actuary's estimate of any pension liability",
          ],
        },
      ],
    },
  ],
  facts: [
    {
      id: "reservesMonths",
      side: "vcs",
      label: "How many months of running costs could your free reserves cover?",
      hint: "Free reserves are unrestricted funds that are not tied up in buildings or equipment or set aside for a named purpose. Divide them by your average monthly spending. Decimals are fine, for example 2.5. The prime will see this figure in the report once both sides have submitted.",
      unit: "months",
      min: 0,
      max: 240,
      integer: false,
    },
    {
      id: "contractIncomeShare",
      side: "vcs",
      label: "What share of your organisation's total income would this contract be?",
      hint: "Divide the yearly value of this contract to you by your total yearly income from all sources, using your latest accounts or this year's budget, and give the answer as a percentage. The prime will see this figure in the report once both sides have submitted.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "minReferralsPerYear",
      side: "vcs",
      label: "How many referrals a year would you need to keep the service viable?",
      hint: "The smallest number of new clients a year at which the service still covers its costs, including the staff you would need to keep on whatever the numbers. The prime will see this figure in the report once both sides have submitted.",
      unit: "per year",
      min: 0,
      max: 100000,
      integer: true,
    },
    {
      id: "minTermMonths",
      side: "vcs",
      label: "What is the shortest contract term your service needs, in months?",
      hint: "Allow time to recruit and train staff, build relationships with clients and show results. For example, three years is 36 months. The prime will see this figure in the report once both sides have submitted.",
      unit: "months",
      min: 0,
      max: 240,
      integer: true,
    },
    {
      id: "maxManagementFeePercent",
      side: "vcs",
      label: "What is the highest management fee (top-slice) you could accept, as a percentage of the contract value?",
      hint: "The share of the value of your part of the contract that the prime would keep. Give the highest figure at which you could still cover the full cost of delivery, including overheads. The prime will see this figure in the report once both sides have submitted.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "minNoticeDays",
      side: "vcs",
      label: "What is the shortest notice of termination your organisation could survive, in days?",
      hint: "The time you would need to close the service safely: to hand clients on, consult staff and meet redundancy and other closing-down costs. For example, three months is about 90 days. The prime will see this figure in the report once both sides have submitted.",
      unit: "days",
      min: 0,
      max: 730,
      integer: true,
    },
    {
      id: "unpaidOutcomeShare",
      side: "vcs",
      label: "What share of the outcomes you work towards do you expect never to be paid for?",
      hint: "Count outcomes that are not achieved, and those achieved but not evidenced to the commissioner's standard, as a percentage of all the outcomes you work towards. If you leave this blank, the method assumes 25%. The prime will see this figure in the report once both sides have submitted.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
      optional: true,
      default: 25,
    },
    {
      id: "guaranteedReferralsPerYear",
      side: "prime",
      label: "How many referrals a year will you guarantee this partner?",
      hint: "Count only referrals you will commit to in the sub-contract, not an estimate or a hoped-for figure. Enter 0 if you will not guarantee any.",
      unit: "per year",
      min: 0,
      max: 100000,
      integer: true,
    },
    {
      id: "outcomePaymentShare",
      side: "prime",
      label: "What share of the partner's payment will depend on outcomes?",
      hint: "The percentage of the partner's total expected payment that is paid only when results are achieved and confirmed. Enter 0 if everything is paid for delivery rather than results.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "paymentLagDays",
      side: "prime",
      label: "How many days after an outcome is achieved will the partner be paid?",
      hint: "Count from the day the outcome is achieved, through checking and invoicing, to the day the money reaches the partner. If you pay only once the commissioner has paid you, include that wait.",
      unit: "days",
      min: 0,
      max: 730,
      integer: true,
    },
    {
      id: "managementFeePercent",
      side: "prime",
      label: "What percentage of the contract value will you keep as a management fee?",
      hint: "Sometimes called the top-slice: the share of the value of the partner's part of the contract that you keep to run the supply chain. Include any other charges you deduct from the partner's payments.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "termMonths",
      side: "prime",
      label: "How long will the sub-contract run, in months?",
      hint: "The fixed initial term, not counting extensions that are not yet agreed. For example, three years is 36 months.",
      unit: "months",
      min: 0,
      max: 240,
      integer: true,
    },
    {
      id: "terminationNoticeDays",
      side: "prime",
      label: "How many days' notice would you give to end the sub-contract for convenience?",
      hint: "Ending for convenience means ending the sub-contract when the partner has done nothing wrong. If the sub-contract would not allow this, enter the notice you would give if your own contract were ended early.",
      unit: "days",
      min: 0,
      max: 730,
      integer: true,
    },
    {
      id: "monthsToOutcomeClaim",
      side: "prime",
      label: "How many months after starting work with a client can the partner first claim an outcome?",
      hint: "The time from a client's first appointment to the earliest point at which an outcome payment can be claimed, for example after six months in work. Decimals are fine. If you leave this blank, the method assumes 3 months.",
      unit: "months",
      min: 0,
      max: 60,
      integer: false,
      optional: true,
      default: 3,
    },
    {
      id: "paymentTermsDays",
      side: "prime",
      label: "How many days after an invoice will you pay the partner for delivery?",
      hint: "For the part of the partner's payment that is for delivery rather than results: the days from receiving a correct invoice to the money reaching the partner. If you leave this blank, the method assumes 30 days.",
      unit: "days",
      min: 0,
      max: 365,
      integer: true,
      optional: true,
      default: 30,
    },
    {
      id: "namedPartnersFundedShare",
      side: "prime",
      label: "Of the partners you named in your last three bids, what share went on to receive work?",
      hint: "Count the organisations you named as partners in your last three bids that won, and give the share of them that went on to receive a sub-contract with paid work, as a percentage. Leave this blank if you have not bid before.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
      optional: true,
    },
  ],
};
