import { describeJourney } from "./support/journey";

describeJourney(false);
