import { describeBoardJourney } from "./support/board-journey";

describeBoardJourney(true);
