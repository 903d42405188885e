import { describeJourney } from "./support/journey";

describeJourney(true);
