import { describeSearchJourney } from "./support/search-journey";

describeSearchJourney(true);
