import { describeStakeholderAnswerJourney } from "./support/stakeholder-answer-journey";

describeStakeholderAnswerJourney(false);
