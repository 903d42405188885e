/**
 * Question bank v1: nine dimensions of mirrored items, plus the facts the
 * quantitative rules need. Every option sits on the common axis:
 * 1 = the sub-contractor keeps the most independence … 5 = fullest integration
 * into, or control by, the prime. Each label describes the same position in
 * each side's own words. Item ids are stable: answers are stored against them.
 */
import { METHOD_V1 } from "../method";
import type { Questionnaire } from "../types";

export const questionnaireV1: Questionnaire = {
  version: "1",
  label: "Question bank v1 (November 2026)",
  retired: false,
  method: METHOD_V1,
  dimensions: [
    {
      id: "mission-values",
      title: "Mission and values",
      summary:
        "Whether the two organisations want the same things for the people the service is for, and agree on how those people should be treated. Differences here tend to come back later as disputes about delivery.",
      critical: false,
      items: [
        {
          id: "service-purpose",
          prompt: {
            vcs: "Who should decide who the service is for and what counts as success?",
            prime: "Who should decide who partners' services are for and what counts as success?",
          },
          guidance:
            "Independence of purpose means an organisation sets its own mission. If contract targets become the only measure of success, a charity can drift away from the people it was set up to serve without anyone deciding it should. Agreeing early whose idea of success counts makes that drift visible.",
          options: [
            {
              value: 1,
              label: {
                vcs: "We decide who we serve and how we measure success; contract targets are one part of it",
                prime: "The partner decides who it serves and how it measures success; our targets are one part of it",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own aims come first, with the contract's targets agreed alongside them",
                prime: "The partner's own aims come first, with the contract's targets agreed alongside them",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Shared aims and success measures, agreed jointly with the prime",
                prime: "Shared aims and success measures, agreed jointly with the partner",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's contract targets lead; we may track our own measures alongside",
                prime: "Our contract targets lead; the partner may track its own measures alongside",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's contract targets alone define who we serve and what success means",
                prime: "Our contract targets alone define who partners serve and what success means",
              },
            },
          ],
          flag: "VALUES_CONFLICT",
        },
        {
          id: "values-signup",
          prompt: {
            vcs: "Would you sign up to the prime's values statement or code of conduct?",
            prime: "Do you expect partners to sign up to your values statement or code of conduct?",
          },
          guidance:
            "Some primes ask partners to adopt their values as part of a closer partnership. That can be a fair exchange, but a charity should know which of its own values it will not compromise on before it signs. A short list of shared principles is a common middle way.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No; we work to our own values only",
                prime: "No; partners work to their own values only",
              },
            },
            {
              value: 2,
              label: {
                vcs: "We would agree a short list of shared principles and keep our own values",
                prime: "We would agree a short list of shared principles; partners keep their own values",
              },
            },
            {
              value: 3,
              label: {
                vcs: "We would follow the prime's code of conduct for this contract, alongside our own values",
                prime: "Partners follow our code of conduct for this contract, alongside their own values",
              },
            },
            {
              value: 4,
              label: {
                vcs: "We would adopt the prime's values for this contract where they differ from ours",
                prime: "Partners adopt our values for this contract where they differ from their own",
              },
            },
            {
              value: 5,
              label: {
                vcs: "We would sign the prime's values statement in full, across our whole organisation",
                prime: "Partners sign our values statement in full, across their whole organisation",
              },
            },
          ],
          flag: "VALUES_CONFLICT",
        },
        {
          id: "conditionality",
          prompt: {
            vcs: "Would you report clients' non-attendance or non-compliance when that could lead to a benefit sanction?",
            prime:
              "Do you expect partners to report clients' non-attendance or non-compliance when that could lead to a benefit sanction?",
          },
          guidance:
            "Conditionality means attaching conditions, such as attending appointments, to someone's benefit; a sanction is a cut to the benefit when a condition is not met. Some charities see any part in triggering a sanction as a breach of trust with the people they serve, while in some programmes the prime is required to report. This is often a core values question, so it is best settled before signing.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No; we do not report attendance for sanction purposes at all",
                prime: "No; partners do not report attendance for sanction purposes at all",
              },
            },
            {
              value: 2,
              label: {
                vcs: "We share attendance only as totals or anonymised data, never about named people",
                prime: "Partners share attendance only as totals or anonymised data, never about named people",
              },
            },
            {
              value: 3,
              label: {
                vcs: "We report only after trying to re-engage the person, and we tell them first",
                prime: "Partners report only after trying to re-engage the person, and tell them first",
              },
            },
            {
              value: 4,
              label: {
                vcs: "We report all non-attendance promptly, and may add context to each report",
                prime: "Partners report all non-attendance promptly, and may add context to each report",
              },
            },
            {
              value: 5,
              label: {
                vcs: "We report all non-attendance and non-compliance as the prime directs, without discretion",
                prime: "Partners report all non-attendance and non-compliance as we direct, without discretion",
              },
            },
          ],
          flag: "VALUES_CONFLICT",
        },
        {
          id: "voluntary-engagement",
          prompt: {
            vcs: "Should people take part in your service voluntarily, or can their attendance be required?",
            prime: "Should people take part in partners' services voluntarily, or can their attendance be required?",
          },
          guidance:
            "Many charities build their work on people choosing to come to them, and see that choice as what makes the support work. Required attendance changes the relationship. Neither view is wrong, but one service cannot run on both without clear rules about which applies when.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Voluntary only; people choose to use our service and can stop at any time",
                prime: "Voluntary only; people choose to use partners' services and can stop at any time",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Mainly voluntary; a first meeting may be required, but taking part after that is a choice",
                prime: "Mainly voluntary; a first meeting may be required, but taking part after that is a choice",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A mix: some parts are required, some voluntary, and people are told which is which",
                prime: "A mix: some parts are required, some voluntary, and people are told which is which",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Mainly required attendance, with some optional extra support from us",
                prime: "Mainly required attendance, with some optional extra support from partners",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Attendance is required throughout, as the programme sets it",
                prime: "Attendance is required throughout, as the programme sets it",
              },
            },
          ],
          flag: "VALUES_CONFLICT",
        },
      ],
    },
    {
      id: "brand-identity",
      title: "Brand and identity",
      summary:
        "Whose name clients, the public and commissioners see, and whether the charity is credited for its work. For a charity whose identity is how it reaches people this can be a red line; for another it is a fair trade.",
      critical: true,
      items: [
        {
          id: "brand-delivery",
          prompt: {
            vcs: "Whose brand will your front-line delivery be under?",
            prime: "Whose brand do you expect partners' front-line delivery to be under?",
          },
          guidance:
            "In a 'tighter embrace', a prime offers fewer partners and more work in return for a seamless service under its own brand. For some charities, being known by name is how they earn clients' trust, and losing it can do harm well beyond this contract. Co-branding is a common middle ground.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Our own name and logo only",
                prime: "Partners deliver under their own name and logo only",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own brand, with a line saying we deliver as part of the prime's programme",
                prime: "The partner's own brand, with a line saying it delivers as part of our programme",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Co-branded: our name alongside the prime's, given equal weight",
                prime: "Co-branded: the partner's name alongside ours, given equal weight",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's or programme's brand leads; our name appears in smaller print",
                prime: "Our or the programme's brand leads; the partner's name appears in smaller print",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's brand only; our name is not shown",
                prime: "Our brand only; partners' names are not shown",
              },
            },
          ],
          flag: "MANDATORY_REBRANDING",
        },
        {
          id: "staff-identity",
          prompt: {
            vcs: "Would your staff wear the prime's uniform or use its email addresses and ID badges?",
            prime: "Do you expect partners' staff to wear your uniform or use your email addresses and ID badges?",
          },
          guidance:
            "Making staff look like the prime's own staff is part of making a service 'seamless'. It can leave clients unsure who they are dealing with, and affects how staff see their own employer. Whatever is agreed, clients should always be able to find out who is supporting them.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No; our staff use only our own uniform, email and ID",
                prime: "No; partners' staff use only their own uniform, email and ID",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own uniform, email and ID, plus a programme pass where a building needs one",
                prime: "The partner's own uniform, email and ID, plus a programme pass where a building needs one",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Joint ID badges showing both organisations; our own email addresses",
                prime: "Joint ID badges showing both organisations; the partner's own email addresses",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's email and ID for this work; our staff tell clients who employs them",
                prime: "Our email and ID for this work; partners' staff tell clients who employs them",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's uniform, email and ID throughout; clients cannot tell who employs our staff",
                prime: "Our uniform, email and ID throughout; clients cannot tell who employs partners' staff",
              },
            },
          ],
          flag: "STAFF_REBADGING",
        },
        {
          id: "public-credit",
          prompt: {
            vcs: "Will you be named publicly as the provider of the service you deliver?",
            prime: "Will partners be named publicly as the providers of the services they deliver?",
          },
          guidance:
            "Being credited as the provider matters for a charity's reputation, its fundraising and its accountability to the people it serves. Openness about who is in a supply chain is part of good practice for primes, and publishing the list costs little.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Named as provider in all public materials, and the full supply chain is published",
                prime: "Partners are named in all public materials, and we publish the full supply chain",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Named on the materials for our part of the service, and the supply chain is published",
                prime: "Partners are named on the materials for their part, and we publish the supply chain",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Listed in a published supply chain, but not on day-to-day materials",
                prime: "Partners are listed in a published supply chain, but not on day-to-day materials",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Named only when someone asks, such as the commissioner or a freedom of information request",
                prime:
                  "Partners are named only when someone asks, such as the commissioner or a freedom of information request",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Not named publicly; the prime is presented as the only provider",
                prime: "Partners are not named publicly; we are presented as the only provider",
              },
            },
          ],
          flag: "INVISIBLE_PARTNER",
        },
        {
          id: "name-in-bid",
          prompt: {
            vcs: "How may the prime use your name and logo in its bid?",
            prime: "How do you expect to use partners' names and logos in your bid?",
          },
          guidance:
            "In the probation reforms known as Transforming Rehabilitation, around 700 charities were named in bids, yet only about a third of those who answered a later Clinks survey received funding from the new providers. Some felt used as 'bid candy': names that made a bid look stronger. Agreeing what being named commits each side to protects both.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Not at all unless a sub-contract with committed volumes is agreed first",
                prime: "Not at all unless a sub-contract with committed volumes is agreed first",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Only with our written approval of the wording and a stated role and volume",
                prime: "Only with the partner's written approval of the wording and a stated role and volume",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Under a letter of intent that sets out our role, with volumes still to be agreed",
                prime: "Under a letter of intent that sets out the partner's role, with volumes still to be agreed",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Named as a possible partner, with no role or volume agreed yet",
                prime: "Named as a possible partner, with no role or volume agreed yet",
              },
            },
            {
              value: 5,
              label: {
                vcs: "As the prime sees fit, without checking the wording with us",
                prime: "As we see fit, without checking the wording with the partner",
              },
            },
          ],
          flag: "BID_CANDY",
        },
      ],
    },
    {
      id: "independence-voice",
      title: "Independence, voice and campaigning",
      summary:
        "Whether the charity can still speak for the people it serves, to the media, to government and to the public, while it is paid through the prime. The Compact treats the right to campaign as something funding should not take away.",
      critical: true,
      items: [
        {
          id: "media-approval",
          prompt: {
            vcs: "Would your statements to the media need the prime's approval?",
            prime: "Do you expect partners' statements to the media to need your approval?",
          },
          guidance:
            "Some sub-contracts have required partners to protect the prime's 'standing and reputation' and to avoid 'adverse publicity'. Wording that broad can stop a charity speaking about problems its clients face. Agreeing statements about the contract itself, and leaving everything else free, is a narrower option.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No; we speak to the media freely, on any subject",
                prime: "No; partners speak to the media freely, on any subject",
              },
            },
            {
              value: 2,
              label: {
                vcs: "No approval, but we tell the prime in advance when we comment on this service",
                prime: "No approval, but partners tell us in advance when they comment on this service",
              },
            },
            {
              value: 3,
              label: {
                vcs: "We agree statements about this contract with the prime; everything else is our own",
                prime: "Partners agree statements about this contract with us; everything else is their own",
              },
            },
            {
              value: 4,
              label: {
                vcs: "All our media contact touching this policy area goes through the prime's press office",
                prime: "All partners' media contact touching this policy area goes through our press office",
              },
            },
            {
              value: 5,
              label: {
                vcs: "We must avoid any adverse publicity for the prime or the commissioner, on any subject",
                prime: "Partners must avoid any adverse publicity for us or the commissioner, on any subject",
              },
            },
          ],
          flag: "GAGGING_CLAUSE",
        },
        {
          id: "campaigning",
          prompt: {
            vcs: "Could you campaign, and respond to government consultations, on the policy area this contract covers?",
            prime:
              "Could partners campaign, and respond to government consultations, on the policy area this contract covers?",
          },
          guidance:
            "In the Compact, government committed to respect charities' right to campaign whatever their funding. The Independence Panel found that contracts, and the fear of losing them, can lead charities to censor themselves. A charity's voice is often part of why a prime wants it in the supply chain.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Yes, freely, including criticising the programme, the prime or the commissioner",
                prime: "Yes, freely, including criticising the programme, us or the commissioner",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Yes, freely; we give the prime notice before we publish anything on the programme",
                prime: "Yes, freely; partners give us notice before they publish anything on the programme",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Yes on the policy in general, but not on how this contract is delivered while it runs",
                prime: "Yes on the policy in general, but not on how this contract is delivered while it runs",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Only with the prime's agreement on anything that touches this programme",
                prime: "Only with our agreement on anything that touches this programme",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No campaigning or consultation responses on this policy area while the contract runs",
                prime:
                  "No campaigning or consultation responses by partners on this policy area while the contract runs",
              },
            },
          ],
          flag: "GAGGING_CLAUSE",
        },
        {
          id: "own-outcome-data",
          prompt: {
            vcs: "Could you publish your own outcome data and evaluations of the work you do under this contract?",
            prime:
              "Could partners publish their own outcome data and evaluations of the work they do under this contract?",
          },
          guidance:
            "Evidence of what works is how a charity learns, reports to its other funders and makes its case to government. If only the prime can publish results, the charity may lose the means to show its impact. This is about anonymised results: personal data must be protected whatever is agreed.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Yes, freely, in any form we choose",
                prime: "Yes, freely, in any form they choose",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Yes; we share drafts with the prime to check facts, but the decision is ours",
                prime: "Yes; partners share drafts with us to check facts, but the decision is theirs",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Yes, after a set review period in which the prime can comment and correct errors",
                prime: "Yes, after a set review period in which we can comment and correct errors",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Only with the prime's approval of what is published",
                prime: "Only with our approval of what is published",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No; all outcome data belongs to the programme and only the prime publishes it",
                prime: "No; all outcome data belongs to the programme and only we publish it",
              },
            },
          ],
          flag: "GAGGING_CLAUSE",
        },
        {
          id: "commissioner-contact",
          prompt: {
            vcs: "Could you speak directly to the commissioner, other funders and elected representatives about this service?",
            prime:
              "Could partners speak directly to the commissioner, other funders and elected representatives about this service?",
          },
          guidance:
            "Commissioners and elected representatives depend on hearing from the people closest to a service. The Independence Panel warned that blurred lines between sectors and pressure to stay quiet weaken that. Whatever is agreed should never stop anyone raising a safeguarding concern or blowing the whistle.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Yes, whenever we choose, without needing to tell the prime",
                prime: "Yes, whenever they choose, without needing to tell us",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Yes; we let the prime know about contact on matters that affect the contract",
                prime: "Yes; partners let us know about contact on matters that affect the contract",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Through agreed routes such as joint meetings, plus direct contact on serious concerns",
                prime: "Through agreed routes such as joint meetings, plus direct contact on serious concerns",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Only through the prime, except for safeguarding and whistleblowing",
                prime: "Only through us, except for safeguarding and whistleblowing",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Only through the prime, including concerns about how the contract is run",
                prime: "Only through us, including concerns about how the contract is run",
              },
            },
          ],
          flag: "GAGGING_CLAUSE",
        },
      ],
    },
    {
      id: "delivery-model",
      title: "Delivery model and autonomy",
      summary:
        "How much of the way the work is done the charity can shape for itself, and whose standards and policies apply. The Independence Panel called this independence of action.",
      critical: false,
      items: [
        {
          id: "fixed-model",
          prompt: {
            vcs: "Which parts of your delivery model would the prime fix, such as caseload caps or face-to-face contact?",
            prime:
              "Which parts of partners' delivery models do you expect to fix, such as caseload caps or face-to-face contact?",
          },
          guidance:
            "Charities are often brought in because of how they work: small caseloads, meeting people face to face, time to build trust. If the prime fixes those things, the reason for involving the charity can be lost. The Independence Panel found that charities often had little say in how services were designed.",
          options: [
            {
              value: 1,
              label: {
                vcs: "None; we design our own model to meet the agreed outcomes",
                prime: "None; partners design their own models to meet the agreed outcomes",
              },
            },
            {
              value: 2,
              label: {
                vcs: "We design the model; the prime sets a few minimums, such as response times",
                prime: "Partners design their models; we set a few minimums, such as response times",
              },
            },
            {
              value: 3,
              label: {
                vcs: "We design it jointly with the prime, and agree any changes between us",
                prime: "We design it jointly with the partner, and agree any changes between us",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime sets the core model; we can adapt the details locally",
                prime: "We set the core model; partners can adapt the details locally",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime sets the whole model, including caseloads and contact, and we follow it",
                prime: "We set the whole model, including caseloads and contact, and partners follow it",
              },
            },
          ],
          flag: "MODEL_OVERRIDE",
        },
        {
          id: "refuse-referrals",
          prompt: {
            vcs: "Could you turn down a referral you judge unsuitable or unsafe for your service?",
            prime: "Could partners turn down a referral they judge unsuitable or unsafe for their service?",
          },
          guidance:
            "A charity is not the right service for everyone, and taking on someone it cannot help safely is bad for that person too. Criteria agreed in advance protect clients, and stop the right to refuse being used to avoid harder cases.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Yes, on our own judgement, without needing to give reasons",
                prime: "Yes, on their own judgement, without needing to give reasons",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Yes, on our own judgement, giving our reasons to the prime",
                prime: "Yes, on their own judgement, giving their reasons to us",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Yes, against eligibility and safety criteria agreed in advance with the prime",
                prime: "Yes, against eligibility and safety criteria agreed in advance with us",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Only with the prime's agreement in each case",
                prime: "Only with our agreement in each case",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No; we must accept every referral the prime sends",
                prime: "No; partners must accept every referral we send",
              },
            },
          ],
          flag: "MODEL_OVERRIDE",
        },
        {
          id: "quality-standards",
          prompt: {
            vcs: "Whose quality standards would your work be judged against?",
            prime: "Whose quality standards would partners' work be judged against?",
          },
          guidance:
            "Many charities already hold recognised quality marks. Adding a second set of standards on top adds cost and paperwork without always improving quality. Mapping one set against the other is often enough.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Our own standards and any quality marks we hold",
                prime: "The partner's own standards and any quality marks it holds",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own standards, mapped against the contract's requirements",
                prime: "The partner's own standards, mapped against the contract's requirements",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A shared framework agreed between us and the prime",
                prime: "A shared framework agreed between us and the partner",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's standards, keeping ours where they go further",
                prime: "Our standards, keeping the partner's where they go further",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's standards only, replacing ours for this work",
                prime: "Our standards only, replacing the partner's for this work",
              },
            },
          ],
          flag: "POLICY_OVERRIDE",
        },
        {
          id: "safeguarding-policies",
          prompt: {
            vcs: "Whose safeguarding, consent and complaints policies would govern your work on this contract?",
            prime: "Whose safeguarding, consent and complaints policies would govern partners' work on this contract?",
          },
          guidance:
            "These policies reflect how an organisation treats the people it works with, and its trustees remain responsible for them. Replacing them wholesale can leave staff following rules they were not trained in. A clear shared route for passing on concerns often matters more than whose document is used.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Our own policies, unchanged",
                prime: "The partner's own policies, unchanged",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own policies, with a shared protocol for passing concerns to the prime",
                prime: "The partner's own policies, with a shared protocol for passing concerns to us",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Our own policies, checked by the prime against agreed minimum standards",
                prime: "The partner's own policies, checked by us against agreed minimum standards",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's policies for this contract, with ours used where they are stronger",
                prime: "Our policies for this contract, with the partner's used where they are stronger",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's policies replace ours for all work on this contract",
                prime: "Our policies replace the partner's for all work on this contract",
              },
            },
          ],
          flag: "POLICY_OVERRIDE",
        },
      ],
    },
    {
      id: "referrals-volumes",
      title: "Referrals and volumes",
      summary:
        "How much work the charity can count on, and what happens if it does not arrive. Referrals are where many sub-contracts succeed or fail.",
      critical: true,
      items: [
        {
          id: "volume-commitment",
          prompt: {
            vcs: "What commitment to referral volumes do you need from the prime?",
            prime: "What commitment to referral volumes will you give partners?",
          },
          guidance:
            "Without committed volumes, a charity can be named in a bid, take on staff and then receive too few referrals to keep going. The NCVO–Serco code of practice warned primes against paying lip service to voluntary partners. Demand is uncertain for the prime too, so a modest guaranteed floor can be fairer than a generous estimate.",
          options: [
            {
              value: 1,
              label: {
                vcs: "A guaranteed minimum a year, paid for even if the referrals do not arrive",
                prime: "A guaranteed minimum a year, which we pay for even if the referrals do not arrive",
              },
            },
            {
              value: 2,
              label: {
                vcs: "A minimum volume written into the contract, but no payment for any shortfall",
                prime: "A minimum volume written into the contract, but no payment for any shortfall",
              },
            },
            {
              value: 3,
              label: {
                vcs: "An estimated volume and a fixed share of all referrals, but no guaranteed number",
                prime: "An estimated volume and a fixed share of all referrals, but no guaranteed number",
              },
            },
            {
              value: 4,
              label: {
                vcs: "An estimated volume only, with referrals shared out as the prime sees fit",
                prime: "An estimated volume only, with referrals shared out as we see fit",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No commitment; referrals depend entirely on demand and the prime's choices",
                prime: "No commitment; referrals depend entirely on demand and our choices",
              },
            },
          ],
          flag: "BID_CANDY",
        },
        {
          id: "shortfall-review",
          prompt: {
            vcs: "What should happen if referrals fall well short of the expected volume?",
            prime: "What will happen if referrals to a partner fall well short of the expected volume?",
          },
          guidance:
            "The NCVO–Serco code of practice said primes should talk to partners when referrals fall short. Agreeing in advance what triggers a review, and what the review can change, turns that intention into something both sides can rely on.",
          options: [
            {
              value: 1,
              label: {
                vcs: "An automatic change to price or volume, set out in the contract",
                prime: "An automatic change to price or volume, set out in the contract",
              },
            },
            {
              value: 2,
              label: {
                vcs: "A review within a set time, with the right to renegotiate or leave without penalty",
                prime: "A review within a set time; the partner may renegotiate or leave without penalty",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A review within a set time, with any changes agreed between us and the prime",
                prime: "A review within a set time, with any changes agreed between us and the partner",
              },
            },
            {
              value: 4,
              label: {
                vcs: "A discussion if the prime chooses, with no commitment to change anything",
                prime: "A discussion if we choose, with no commitment to change anything",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Nothing is set out; we carry the shortfall",
                prime: "Nothing is set out; the partner carries the shortfall",
              },
            },
          ],
          flag: "BID_CANDY",
        },
        {
          id: "client-mix",
          prompt: {
            vcs: "How should harder-to-help clients be shared between you and the prime?",
            prime: "How should harder-to-help clients be shared between you and partners?",
          },
          guidance:
            "When payment depends on results, there is a pull towards keeping the easier clients and passing on those who need the most help. The NCVO–Serco code of practice warned against this 'cherry-picking'. If harder cases are passed down, the price and the targets should reflect it.",
          options: [
            {
              value: 1,
              label: {
                vcs: "The client mix is agreed in advance, and harder cases are paid at a higher rate",
                prime: "We agree the client mix with the partner in advance, and pay more for harder cases",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Referrals follow agreed criteria, and the mix is checked openly against them",
                prime: "Referrals follow agreed criteria, and we check the mix openly against them",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Referrals follow agreed criteria; the prime reports the mix to us if we ask",
                prime: "Referrals follow agreed criteria; we report the mix to the partner if asked",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime decides who is referred; harder cases are paid at the standard rate",
                prime: "We decide who is referred; harder cases are paid at the standard rate",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime decides who is referred, with no checks on the mix or the price",
                prime: "We decide who is referred, with no checks on the mix or the price",
              },
            },
          ],
          flag: "RISK_PASS_DOWN",
        },
        {
          id: "exclusivity",
          prompt: {
            vcs: "How free would you be to join other bids, or bid in your own right, for similar work?",
            prime: "How free would partners be to join other bids, or bid in their own right, for similar work?",
          },
          guidance:
            "Asking partners to back only one bid can make sense while bids are being prepared. But a charity tied to one prime that then sends few referrals has given up other ways to fund its work. The tighter the exclusivity, the stronger the case for committed volumes in return.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Completely free to join other bids and to bid in our own right",
                prime: "Completely free to join other bids and to bid in their own right",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Free, but we tell the prime if we join another bid for the same contract",
                prime: "Free, but partners tell us if they join another bid for the same contract",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Exclusive to the prime for this contract's bid only; free for all other work",
                prime: "Exclusive to us for this contract's bid only; free for all other work",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Exclusive to the prime for this kind of work in this area while the contract runs",
                prime: "Exclusive to us for this kind of work in this area while the contract runs",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Exclusive to the prime for this kind of work in any area, during and after the contract",
                prime: "Exclusive to us for this kind of work in any area, during and after the contract",
              },
            },
          ],
          flag: "BID_CANDY",
        },
      ],
    },
    {
      id: "money-risk",
      title: "Money, risk and cash flow",
      summary:
        "How and when the charity is paid, how much the prime keeps, and who carries the cost when things go wrong. The charity's reserves decide how much of this risk it can safely carry.",
      critical: true,
      items: [
        {
          id: "outcome-payment",
          prompt: {
            vcs: "How much of your payment could depend on results, and how quickly would you need to be paid?",
            prime: "How much of partners' payment will depend on results, and how quickly will you pay?",
          },
          guidance:
            "Payment by results means being paid only once an outcome, such as a client staying in work for six months, is achieved and confirmed. The charity pays its staff long before that, so it has to fund the gap from its own reserves. The later and less certain the payment, the more reserves it needs.",
          options: [
            {
              value: 1,
              label: {
                vcs: "All paid for delivery, not results, monthly in advance",
                prime: "All paid for delivery, not results, monthly in advance",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Mostly paid for delivery, with a small share on results, paid within 30 days",
                prime: "Mostly paid for delivery, with a small share on results, paid within 30 days",
              },
            },
            {
              value: 3,
              label: {
                vcs: "About half on results, paid within 30 days of each result being confirmed",
                prime: "About half on results, paid within 30 days of each result being confirmed",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Mostly on results, paid only when the commissioner pays the prime",
                prime: "Mostly on results, paid only when the commissioner pays us",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Entirely on results, paid only when the commissioner pays the prime, with no advance",
                prime: "Entirely on results, paid only when the commissioner pays us, with no advance",
              },
            },
          ],
          flag: "CASHFLOW_RISK",
        },
        {
          id: "management-fee",
          prompt: {
            vcs: "What management fee (top-slice) could the prime keep from the value of your part of the contract?",
            prime: "What management fee (top-slice) do you expect to keep from the value of partners' contracts?",
          },
          guidance:
            "Primes keep part of the contract value, the 'top-slice', to pay for running the supply chain. That is fair when it pays for real support. Full cost recovery means being paid the whole cost of a service, including a fair share of overheads such as management and premises; without it, the charity subsidises the contract from other funds.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No top-slice; we are paid the full cost of delivery, including overheads",
                prime: "No top-slice; partners are paid the full cost of delivery, including overheads",
              },
            },
            {
              value: 2,
              label: {
                vcs: "A small fee for set services from the prime, with our full costs still met",
                prime: "A small fee for set services from us, with partners' full costs still met",
              },
            },
            {
              value: 3,
              label: {
                vcs: "An agreed fee, itemised against what the prime provides in return",
                prime: "An agreed fee, itemised against what we provide in return",
              },
            },
            {
              value: 4,
              label: {
                vcs: "A fee the prime sets, not itemised, with our overheads only partly covered",
                prime: "A fee we set, not itemised, with partners' overheads only partly covered",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Whatever fee the prime sets, even if we cannot recover our full costs",
                prime: "Whatever fee we set, even if partners cannot recover their full costs",
              },
            },
          ],
          flag: "TOPSLICE_EXCESS",
        },
        {
          id: "penalties-passed-down",
          prompt: {
            vcs: "If the commissioner penalises the prime, how much of that should be passed down to you?",
            prime: "If the commissioner penalises you, how much of that will you pass down to partners?",
          },
          guidance:
            "Service credits are deductions a commissioner makes when performance falls short. Passed down unchanged, they can put a small charity at risk for failures it did not cause or could not control. The NCVO–Serco code of practice said primes should not pass down disproportionate financial risk.",
          options: [
            {
              value: 1,
              label: {
                vcs: "None; the prime carries commissioner penalties and service credits",
                prime: "None; we carry commissioner penalties and service credits ourselves",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Only where we caused the failure, capped at a small share of our contract value",
                prime: "Only where the partner caused the failure, capped at a small share of its contract value",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Only where we caused the failure, in proportion to our part in it",
                prime: "Only where the partner caused the failure, in proportion to its part in it",
              },
            },
            {
              value: 4,
              label: {
                vcs: "A share of all penalties, whoever caused them, in line with our share of the contract",
                prime:
                  "A share of all penalties, whoever caused them, in line with the partner's share of the contract",
              },
            },
            {
              value: 5,
              label: {
                vcs: "In full, wherever they relate to our area or our clients",
                prime: "In full, wherever they relate to the partner's area or clients",
              },
            },
          ],
          flag: "RISK_PASS_DOWN",
        },
        {
          id: "upfront-funding",
          prompt: {
            vcs: "Would the prime fund your set-up costs and working capital before payments start?",
            prime: "Will you fund partners' set-up costs and working capital before payments start?",
          },
          guidance:
            "Recruiting and training staff and setting up systems all happen before the first payment. Working capital is the cash needed to keep a service running while waiting to be paid. A charity with small reserves may not be able to take part without help at the start.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Yes: set-up costs paid in full, and working capital advanced before delivery starts",
                prime: "Yes: we pay set-up costs in full and advance working capital before delivery starts",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Set-up costs paid in full; no advance, but prompt monthly payment from the start",
                prime: "We pay set-up costs in full; no advance, but prompt monthly payment from the start",
              },
            },
            {
              value: 3,
              label: {
                vcs: "An advance towards set-up, recovered from our later payments",
                prime: "An advance towards set-up, recovered from the partner's later payments",
              },
            },
            {
              value: 4,
              label: {
                vcs: "A loan from the prime, repayable whether or not referrals arrive",
                prime: "A loan from us, repayable whether or not referrals arrive",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Nothing; we fund set-up and the wait for payment ourselves",
                prime: "Nothing; partners fund set-up and the wait for payment themselves",
              },
            },
          ],
          flag: "CASHFLOW_RISK",
        },
      ],
    },
    {
      id: "data-beneficiaries",
      title: "Data and the relationship with beneficiaries",
      summary:
        "Who holds the records about the people the service supports, and who keeps the relationship with them when the contract ends. For many charities, the people they serve are not an asset to be handed over with a contract.",
      critical: true,
      items: [
        {
          id: "case-records",
          prompt: {
            vcs: "Who should own the case records about the people you support?",
            prime: "Who should own the case records about the people partners support?",
          },
          guidance:
            "Case records hold sensitive details of people's lives. Under data protection law the organisation that decides why and how personal data is used (the 'controller') is responsible for it, so the contract should say clearly who that is. Records may be needed again, for example if someone comes back for help.",
          options: [
            {
              value: 1,
              label: {
                vcs: "We own them; the prime receives only the data the contract requires",
                prime: "The partner owns them; we receive only the data the contract requires",
              },
            },
            {
              value: 2,
              label: {
                vcs: "We own them; the prime sees named records only for set purposes such as audit",
                prime: "The partner owns them; we see named records only for set purposes such as audit",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Shared, under a data-sharing agreement that sets out each side's rights",
                prime: "Shared, under a data-sharing agreement that sets out each side's rights",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime owns them; we keep copies of our own clients' records",
                prime: "We own them; partners keep copies of their own clients' records",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime owns them, and we keep no copies once the contract ends",
                prime: "We own them, and partners keep no copies once the contract ends",
              },
            },
          ],
          flag: "BENEFICIARY_CAPTURE",
        },
        {
          id: "ongoing-relationship",
          prompt: {
            vcs: "Who should keep the relationship with clients once the contract ends?",
            prime: "Who should keep the relationship with partners' clients once the contract ends?",
          },
          guidance:
            "Many charities supported people before a contract began and will still be there after it ends. A rule that stops a charity contacting former clients can cut people off from help they trust. What matters most is that clients know their options and can choose.",
          options: [
            {
              value: 1,
              label: {
                vcs: "We do; clients stay free to use our other services",
                prime: "The partner does; clients stay free to use its other services",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Each client chooses, and we help them stay in touch with us if they wish",
                prime: "Each client chooses, and the partner helps them stay in touch if they wish",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A joint handover plan agreed with the prime, with each client told their options",
                prime: "A joint handover plan agreed with the partner, with each client told their options",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime keeps it; we stay in touch only if a client contacts us first",
                prime: "We keep it; partners stay in touch only if a client contacts them first",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime keeps it, and we may not contact former clients",
                prime: "We keep it, and partners may not contact former clients",
              },
            },
          ],
          flag: "BENEFICIARY_CAPTURE",
        },
        {
          id: "case-system",
          prompt: {
            vcs: "Which case-management system would you record your work in?",
            prime: "Which case-management system do you expect partners to record their work in?",
          },
          guidance:
            "Working only in the prime's system can be simpler and saves entering data twice. But a charity that cannot get its own records out loses its history with clients and the evidence of its work. A regular export in a usable format is a simple safeguard.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Our own system only; we send the prime the reports the contract requires",
                prime: "The partner's own system only; it sends us the reports the contract requires",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Our own system, with an automatic feed of agreed data to the prime",
                prime: "The partner's own system, with an automatic feed of agreed data to us",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Both: the prime's system for contract data, ours for everything else",
                prime: "Both: our system for contract data, the partner's for everything else",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime's system only, with our records exported to us regularly",
                prime: "Our system only, with the partner's records exported to it regularly",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's system only, with no export; our access ends with the contract",
                prime: "Our system only, with no export; the partner's access ends with the contract",
              },
            },
          ],
          flag: "BENEFICIARY_CAPTURE",
        },
        {
          id: "consent-sharing",
          prompt: {
            vcs: "How would clients' personal information be shared with the prime, and on what basis?",
            prime: "How would partners share clients' personal information with you, and on what basis?",
          },
          guidance:
            "People often tell a charity things because they trust it, and how their information is shared affects that trust. Any sharing needs a lawful basis under data protection law, and clients should be told plainly who will see their information. Consent is one basis, but not the only one.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Anonymised data only, unless a client agrees to named sharing",
                prime: "Anonymised data only, unless a client agrees to named sharing",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Named data for set purposes, under our own privacy notice and consent process",
                prime: "Named data for set purposes, under the partner's privacy notice and consent process",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Named data under a joint data-sharing agreement and a privacy notice we both approve",
                prime: "Named data under a joint data-sharing agreement and a privacy notice we both approve",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Named data under the prime's privacy notice and consent process",
                prime: "Named data under our privacy notice and consent process",
              },
            },
            {
              value: 5,
              label: {
                vcs: "All client data, also used for the prime's other services, under the prime's notice",
                prime: "All client data, also used for our other services, under our privacy notice",
              },
            },
          ],
          flag: "POLICY_OVERRIDE",
        },
      ],
    },
    {
      id: "governance-fairness",
      title: "Governance, fairness and a voice in the supply chain",
      summary:
        "Whether the charity has a real say in how the supply chain is run, a fair way to settle disputes, and its own board left in charge. Fair partnership means an equal right to be at the table, not equal size.",
      critical: false,
      items: [
        {
          id: "supply-chain-forum",
          prompt: {
            vcs: "What say would you have in how the supply chain is run?",
            prime: "What say would partners have in how the supply chain is run?",
          },
          guidance:
            "The Merlin Standard, which the Department for Work and Pensions used to judge how primes treat their supply chains, covers how a chain is designed, run and reviewed, and its assessors asked partners themselves. A forum that only passes on news is different from one whose views the prime must answer.",
          options: [
            {
              value: 1,
              label: {
                vcs: "A seat on a partnership board that agrees changes to the programme with the prime",
                prime: "A seat on a partnership board that agrees changes to the programme with us",
              },
            },
            {
              value: 2,
              label: {
                vcs: "A supply-chain forum the prime must consult, and to which it explains its decisions",
                prime: "A supply-chain forum we must consult, and to which we explain our decisions",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A regular forum where we are kept informed and can raise issues",
                prime: "A regular forum where partners are kept informed and can raise issues",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Occasional updates from the prime, and a named contact for concerns",
                prime: "Occasional updates from us, and a named contact for concerns",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No formal say; the prime runs the supply chain",
                prime: "No formal say; we run the supply chain",
              },
            },
          ],
          flag: "GOVERNANCE_INTRUSION",
        },
        {
          id: "dispute-route",
          prompt: {
            vcs: "How would a dispute between you and the prime be settled?",
            prime: "How would a dispute between you and a partner be settled?",
          },
          guidance:
            "When a small organisation's only route is to complain to the body it depends on for work, problems tend to go unraised. In an NCVO survey, most sub-contractors said the Merlin Standard did not regulate primes adequately. An independent step such as mediation is cheaper than court and can protect the relationship.",
          options: [
            {
              value: 1,
              label: {
                vcs: "By a mediator we choose jointly, then an independent adjudicator, with costs shared",
                prime: "By a mediator we choose jointly, then an independent adjudicator, with costs shared",
              },
            },
            {
              value: 2,
              label: {
                vcs: "By escalation between senior staff, then independent mediation",
                prime: "By escalation between senior staff, then independent mediation",
              },
            },
            {
              value: 3,
              label: {
                vcs: "By escalation between senior staff, then the commissioner or a programme board",
                prime: "By escalation between senior staff, then the commissioner or a programme board",
              },
            },
            {
              value: 4,
              label: {
                vcs: "By escalation within the prime, up to a director, whose decision is final",
                prime: "By escalation within our organisation, up to a director, whose decision is final",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime's contract manager decides; there is no further route",
                prime: "Our contract manager decides; there is no further route",
              },
            },
          ],
          flag: "GOVERNANCE_INTRUSION",
        },
        {
          id: "board-policies",
          prompt: {
            vcs: "What say would the prime have over your board, governing documents or organisation-wide policies?",
            prime: "What say do you expect over partners' boards, governing documents or organisation-wide policies?",
          },
          guidance:
            "A charity's trustees are responsible for running it in line with its charitable purposes and cannot hand that duty to a contractor. The Independence Panel named pressure on independent governance as a threat. Reasonable checks that a contract is being met are different from a say over the board.",
          options: [
            {
              value: 1,
              label: {
                vcs: "None; the prime checks only that we meet the contract's requirements",
                prime: "None; we check only that partners meet the contract's requirements",
              },
            },
            {
              value: 2,
              label: {
                vcs: "The prime may see our policies and raise concerns about how they affect this contract",
                prime: "We may see partners' policies and raise concerns about how they affect this contract",
              },
            },
            {
              value: 3,
              label: {
                vcs: "We must tell the prime of major changes to our governance, such as a merger",
                prime: "Partners must tell us of major changes to their governance, such as a merger",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime must approve changes to our policies that affect this contract",
                prime: "We must approve changes to partners' policies that affect this contract",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime approves our organisation-wide policies or attends our board meetings",
                prime: "We approve partners' organisation-wide policies or attend their board meetings",
              },
            },
          ],
          flag: "GOVERNANCE_INTRUSION",
        },
        {
          id: "open-book",
          prompt: {
            vcs: "How open should the prime be about how it shares money and referrals across the supply chain?",
            prime:
              "How open will you be with partners about how you share money and referrals across the supply chain?",
          },
          guidance:
            "'Open book' means sharing the real figures behind a contract. Without it, partners cannot tell whether risk and reward are shared fairly, or where referrals are going. Transparency, with equity and mutual benefit, is one of the partnering principles the sector often refers to.",
          options: [
            {
              value: 1,
              label: {
                vcs: "Fully open book: the prime shares its contract terms, its fee and allocations across the chain",
                prime: "Fully open book: we share our contract terms, our fee and allocations across the chain",
              },
            },
            {
              value: 2,
              label: {
                vcs: "The prime shares total funding, its fee and each partner's share of referrals",
                prime: "We share total funding, our fee and each partner's share of referrals",
              },
            },
            {
              value: 3,
              label: {
                vcs: "The prime shares totals for the whole chain, but not other partners' figures",
                prime: "We share totals for the whole chain, but not other partners' figures",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Our own figures only, with a general account of how referrals are shared out",
                prime: "The partner's own figures only, with a general account of how we share out referrals",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Our own contract figures only; how money and referrals are shared out is not disclosed",
                prime: "The partner's own contract figures only; how we share out money and referrals is not disclosed",
              },
            },
          ],
          flag: "RISK_PASS_DOWN",
        },
      ],
    },
    {
      id: "term-exit",
      title: "Contract term, notice and exit",
      summary:
        "How long the sub-contract lasts, how it can be ended and what happens when it does. Leaving a partnership is legally and financially hard, so the terms of exit are best agreed at the start.",
      critical: false,
      items: [
        {
          id: "contract-term",
          prompt: {
            vcs: "How long should your sub-contract run, compared with the prime's own contract?",
            prime: "How long will partners' sub-contracts run, compared with your own contract?",
          },
          guidance:
            "Relational services, which depend on trust built up between staff and the people they support, take time to set up and to show results. Short contracts that are retendered every few years suit them badly, and staff may leave just as the work starts to succeed. A sub-contract shorter than the prime's own contract leaves the charity carrying more of that uncertainty.",
          options: [
            {
              value: 1,
              label: {
                vcs: "The full length of the prime's contract, plus any extensions it wins",
                prime: "The full length of our contract, plus any extensions we win",
              },
            },
            {
              value: 2,
              label: {
                vcs: "The full length of the prime's contract, without extensions",
                prime: "The full length of our contract, without extensions",
              },
            },
            {
              value: 3,
              label: {
                vcs: "A fixed term shorter than the prime's contract, renewed if agreed targets are met",
                prime: "A fixed term shorter than our contract, renewed if agreed targets are met",
              },
            },
            {
              value: 4,
              label: {
                vcs: "A year at a time, renewed if the prime chooses",
                prime: "A year at a time, renewed if we choose",
              },
            },
            {
              value: 5,
              label: {
                vcs: "A rolling arrangement with no fixed term",
                prime: "A rolling arrangement with no fixed term",
              },
            },
          ],
          flag: "SHORT_TERM",
        },
        {
          id: "termination-convenience",
          prompt: {
            vcs: "Could the prime end the sub-contract 'for convenience', when you have done nothing wrong, and at what notice?",
            prime:
              "Could you end a sub-contract 'for convenience', when the partner has done nothing wrong, and at what notice?",
          },
          guidance:
            "Ending 'for convenience' means ending a contract without any failure by the other side. A charity that has hired staff for the contract may then face redundancy and other closing-down costs it cannot meet. Linking this right to the prime's own contract, and paying reasonable wind-down costs, shares the risk more fairly.",
          options: [
            {
              value: 1,
              label: {
                vcs: "No; only for serious failure by us, after a chance to put it right",
                prime: "No; only for serious failure by the partner, after a chance to put it right",
              },
            },
            {
              value: 2,
              label: {
                vcs: "Only if the prime's own contract ends or is cut, with the same notice the prime gets",
                prime: "Only if our own contract ends or is cut, with the same notice we get",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Yes, on at least six months' notice, with reasonable wind-down costs paid",
                prime: "Yes, on at least six months' notice, with reasonable wind-down costs paid",
              },
            },
            {
              value: 4,
              label: {
                vcs: "Yes, on about three months' notice, with no wind-down costs paid",
                prime: "Yes, on about three months' notice, with no wind-down costs paid",
              },
            },
            {
              value: 5,
              label: {
                vcs: "Yes, on a month's notice or less, with no wind-down costs paid",
                prime: "Yes, on a month's notice or less, with no wind-down costs paid",
              },
            },
          ],
          flag: "EXIT_AT_WILL",
        },
        {
          id: "exit-plan",
          prompt: {
            vcs: "What should happen to your staff, clients and assets when the sub-contract ends?",
            prime: "What should happen to partners' staff, clients and assets when a sub-contract ends?",
          },
          guidance:
            "TUPE (the Transfer of Undertakings (Protection of Employment) Regulations) can move staff to a new employer on their existing terms when a service changes hands. Left unplanned, it can leave a charity with costs or without its staff. An exit plan agreed at the start, covering staff, clients and equipment, makes an ending less damaging for everyone, clients included.",
          options: [
            {
              value: 1,
              label: {
                vcs: "An exit plan agreed at the start, with our wind-down costs, including redundancies, covered",
                prime: "An exit plan agreed at the start; we cover partners' wind-down costs, including redundancies",
              },
            },
            {
              value: 2,
              label: {
                vcs: "An exit plan agreed at the start, with staff transfer and assets settled in advance",
                prime: "An exit plan agreed at the start, with staff transfer and assets settled in advance",
              },
            },
            {
              value: 3,
              label: {
                vcs: "An exit plan agreed near the end, with staff transfer and assets settled then",
                prime: "An exit plan agreed near the end, with staff transfer and assets settled then",
              },
            },
            {
              value: 4,
              label: {
                vcs: "An exit plan set by the prime, which we follow",
                prime: "An exit plan set by us, which partners follow",
              },
            },
            {
              value: 5,
              label: {
                vcs: "No exit plan; staff, clients and assets are left for the prime to decide",
                prime: "No exit plan; staff, clients and assets are ours to decide",
              },
            },
          ],
          flag: "EXIT_AT_WILL",
        },
        {
          id: "assets-ip",
          prompt: {
            vcs: "Who should keep the materials, methods and other intellectual property you develop for this contract?",
            prime:
              "Who should keep the materials, methods and other intellectual property partners develop for this contract?",
          },
          guidance:
            "Intellectual property means the rights in things people create, such as training materials, tools and ways of working. A charity often brings years of experience to a contract and improves on it during the work. If the prime owns everything developed, the charity may be unable to use its own methods after it leaves.",
          options: [
            {
              value: 1,
              label: {
                vcs: "We keep everything we develop; the prime's use of it ends with the contract",
                prime: "The partner keeps everything it develops; our use of it ends with the contract",
              },
            },
            {
              value: 2,
              label: {
                vcs: "We keep it, and the prime has a free licence to go on using it after the contract",
                prime: "The partner keeps it, and we have a free licence to go on using it after the contract",
              },
            },
            {
              value: 3,
              label: {
                vcs: "Owned jointly; both of us may use it after the contract",
                prime: "Owned jointly; both of us may use it after the contract",
              },
            },
            {
              value: 4,
              label: {
                vcs: "The prime owns it; we may go on using it in our other work",
                prime: "We own it; the partner may go on using it in its other work",
              },
            },
            {
              value: 5,
              label: {
                vcs: "The prime owns it all, and we may not use it after the contract",
                prime: "We own it all, and the partner may not use it after the contract",
              },
            },
          ],
          flag: "EXIT_AT_WILL",
        },
      ],
    },
  ],
  facts: [
    {
      id: "reservesMonths",
      side: "vcs",
      label: "How many months of running costs could your free reserves cover?",
      hint: "Free reserves are unrestricted funds that are not tied up in buildings or equipment or set aside for a named purpose. Divide them by your average monthly spending. Decimals are fine, for example 2.5.",
      unit: "months",
      min: 0,
      max: 240,
      integer: false,
    },
    {
      id: "contractIncomeShare",
      side: "vcs",
      label: "What share of your organisation's total income would this contract be?",
      hint: "Divide the yearly value of this contract to you by your total yearly income from all sources, using your latest accounts or this year's budget, and give the answer as a percentage.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "minReferralsPerYear",
      side: "vcs",
      label: "How many referrals a year would you need to keep the service viable?",
      hint: "The smallest number of new clients a year at which the service still covers its costs, including the staff you would need to keep on whatever the numbers.",
      unit: "per year",
      min: 0,
      max: 100000,
      integer: true,
    },
    {
      id: "minTermMonths",
      side: "vcs",
      label: "What is the shortest contract term your service needs, in months?",
      hint: "Allow time to recruit and train staff, build relationships with clients and show results. For example, three years is 36 months.",
      unit: "months",
      min: 0,
      max: 240,
      integer: true,
    },
    {
      id: "maxManagementFeePercent",
      side: "vcs",
      label: "What is the highest management fee (top-slice) you could accept, as a percentage of the contract value?",
      hint: "The share of the value of your part of the contract that the prime would keep. Give the highest figure at which you could still cover the full cost of delivery, including overheads.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    },
    {
      id: "minNoticeDays",
      side: "vcs",
      label: "What is the shortest notice of termination your organisation could survive, in days?",
      hint: "The time you would need to close the service safely: to hand clients on, consult staff and meet redundancy and other closing-down costs. For example, three months is about 90 days.",
      unit: "days",
      min: 0,
      max: 730,
      integer: true,
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
  ],
};
