import { describeStakeholderJourney } from "./support/stakeholder-journey";

describeStakeholderJourney(false);
