import { z } from "zod";

const required = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

const optional = (what: string, max: number) =>
  z.string().trim().max(max, `${what} must be ${max} characters or fewer`).optional();

/** A new check, as the web form and the API both accept it. */
export const newCheckSchema = z.strictObject({
  title: required("the name of the opportunity", 200),
  vcsName: required("the organisation’s name", 200),
  primeName: required("the prime contractor’s name", 200),
  serviceArea: optional("Service area", 200),
  commissioner: optional("Commissioner", 200),
  contractLength: optional("Contract length", 100),
});
