import { describeJointReviewJourney } from "./support/joint-review-journey";

describeJointReviewJourney(true);
