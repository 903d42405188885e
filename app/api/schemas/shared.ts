/**
 * Small pieces the API's response schemas share: ids, secret tokens, links, times and the enumerations of the domain,
 * each checked against the domain's own type so a new value cannot be left out of the document (docs/api.md).
 */
import { z } from "zod";
import type { VerdictCode } from "~/domain/method";

/** Exactly the members of a union type: a value missing from the list, or one not in the type, fails to compile. */
const exactly =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) =>
    list;

export const VERDICT_CODES = exactly<VerdictCode>()(["STRONG", "WORKABLE", "WEAK", "RED_LINES"]);

/** A row's public id: 12 random bytes as base64url. */
export const publicId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16}$/)
  .meta({ example: "q1W2e3R4t5Y6u7I8" });

/** A secret link's token (the part after `/i/`): 24 random bytes as base64url. Send it as `Authorization: Bearer`. */
export const secretToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32}$/)
  .meta({ example: "oWnEr-tOkEn-32-characters-long-x" });

/** An absolute address on this service. */
export const link = z.url();

/** A moment, as JSON carries a JavaScript Date: ISO 8601 in UTC. */
export const isoTime = z.iso.datetime().meta({ example: "2027-03-31T22:59:59.999Z" });

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z.iso.date().meta({ example: "2027-03-31" });
