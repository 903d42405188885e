import { describeWorkshopJourney } from "./support/workshop-journey";

describeWorkshopJourney(true);
