import { describeStakeholderRunJourney } from "./support/stakeholder-run-journey";

describeStakeholderRunJourney(true);
