/**
 * A method a path does not document is 405, with `Allow` naming exactly the documented ones (docs/api.md,
 * "Conventions"; the contract client checks the Allow header of any call to an undocumented method).
 */
import { expect } from "vitest";
import type { ApiDomain } from "~/api/openapi/common";
import type { contractServer } from "./support";

export async function expectUndocumentedMethodsRefused(
  api: Pick<ReturnType<typeof contractServer>, "call">,
  domain: ApiDomain,
  token?: string,
) {
  for (const template of Object.keys(domain.paths)) {
    const path = template.replace(/\{[^}]+\}/g, "x");
    const refused = await api.call("PATCH", path, token ? { token } : {});
    expect(refused.status, `PATCH ${template}`).toBe(405);
  }
}
