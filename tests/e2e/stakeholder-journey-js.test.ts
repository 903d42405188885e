import { describeStakeholderJourney } from "./support/stakeholder-journey";

describeStakeholderJourney(true);
