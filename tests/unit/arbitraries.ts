import fc from "fast-check";
import { IMPORTANCE_LEVELS, type Answer, type Position } from "~/domain/types";

export const positionArb = fc.constantFrom<Position>(1, 2, 3, 4, 5);

/** Any valid answer: a preferred position inside a continuous acceptable range. */
export const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    preferred: positionArb,
    below: fc.nat({ max: 4 }),
    above: fc.nat({ max: 4 }),
    importance: fc.constantFrom(...IMPORTANCE_LEVELS),
    redLine: fc.boolean(),
  })
  .map(({ preferred, below, above, importance, redLine }) => ({
    preferred,
    acceptable: {
      min: Math.max(1, preferred - below) as Position,
      max: Math.min(5, preferred + above) as Position,
    },
    importance,
    redLine,
  }));
