import { describeSearchJourney } from "./support/search-journey";

describeSearchJourney(false);
