import { describeStakeholderRoundsJourney } from "./support/stakeholder-rounds-journey";

describeStakeholderRoundsJourney(true);
