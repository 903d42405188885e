/**
 * Check-ups' response bodies (GET and POST /api/v1/rounds; docs/api.md, "Check-ups"; docs/method.md,
 * "Check-ups"). Strict objects: the route's JSON `satisfies` these types, and the comparison is
 * app/domain/round-comparison.ts's RoundComparison, checked against roundComparisonSchema below.
 */
import { z } from "zod";
import { OCCASIONS } from "~/domain/rounds";
import type { RoundComparison } from "~/domain/round-comparison";
import { CreatedCheckSchema } from "./checks";
import { severitySchema, sideSchema, verdictCodeSchema } from "./review";

const change = <T extends z.ZodType>(of: T) => z.strictObject({ before: of, after: of });

const roundPlace = z.strictObject({
  number: z.number().int().min(1),
  name: z.string(),
  questionnaireVersion: z.string(),
  methodVersion: z.string(),
});

const flagChange = {
  key: z.string(),
  title: z.string(),
  severity: severitySchema,
  about: z.string().nullable(),
};

const notCompared = z.strictObject({ id: z.string(), text: z.string(), onlyIn: z.number().int() });

export const roundComparisonSchema = z
  .strictObject({
    previous: roundPlace,
    current: roundPlace,
    overall: change(z.number()),
    verdict: change(z.strictObject({ code: verdictCodeSchema, label: z.string() })),
    compared: z.array(z.string()).describe("The questions both rounds asked, by id"),
    sections: z.array(z.strictObject({ id: z.string(), title: z.string(), score: change(z.number().nullable()) })),
    moved: z.array(
      z.strictObject({
        itemId: z.string(),
        sectionId: z.string(),
        prompt: z.string(),
        sides: z.array(
          z.strictObject({
            side: sideSchema,
            preferred: change(z.string()).nullable(),
            acceptable: change(z.string()).nullable(),
          }),
        ),
        fit: change(z.number()),
      }),
    ),
    fitComparable: z.boolean(),
    appeared: z.array(z.strictObject(flagChange)),
    cleared: z.array(z.strictObject(flagChange)),
    changed: z.array(z.strictObject({ ...flagChange, before: severitySchema })),
    notCompared: z.strictObject({
      questions: z.array(notCompared),
      sections: z.array(notCompared),
      flags: z.array(
        z.strictObject({ ...flagChange, onlyIn: z.number().int(), why: z.enum(["asked", "method", "board"]) }),
      ),
      versions: z.string().nullable(),
    }),
  })
  .meta({
    id: "RoundComparison",
    description: 'This round against the one before, once both are complete (docs/method.md, "Check-ups").',
  });

export const roundsSchema = z
  .strictObject({
    comparison: roundComparisonSchema.optional(),
    rounds: z.array(
      z.strictObject({
        id: z.string(),
        number: z.number().int().min(1),
        occasion: z.enum(OCCASIONS).nullable().describe("null for round 1"),
        createdAt: z.iso.datetime(),
        verdict: z.strictObject({ code: verdictCodeSchema, label: z.string() }).optional(),
        overall: z.number().optional(),
      }),
    ),
  })
  .meta({
    id: "Rounds",
    description: "Every round of the chain this check belongs to, first first.",
  });

export const startedRoundSchema = CreatedCheckSchema.extend({
  number: z.number().int().min(2),
  previousId: z.string(),
}).meta({
  id: "StartedRound",
  description: "The new round: a check of its own, with its secret links shown this once.",
});

/** The extra field of the 409 of a round that already has a next one: the next round's id. */
export const nextRoundSchema = z
  .strictObject({ id: z.string() })
  .meta({ id: "NextRound", description: "The round after this one: start from the latest." });

export type RoundsJson = z.infer<typeof roundsSchema>;
export type StartedRoundJson = z.infer<typeof startedRoundSchema>;

// The domain's comparison is what the schema describes, both ways round (a field added to either fails here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ComparisonJson = z.infer<typeof roundComparisonSchema>;
export const comparisonMatchesDomain: Same<ComparisonJson, RoundComparison> extends true ? true : never = true;
