import { requireReport } from "./report-access.server";

/** What the board paper needs, for the owner or a side. */
export async function loadBoardPaper(request: Request, params: { checkId?: string; side?: string }) {
  const { check, report, role } = await requireReport(request, params);
  const context = [
    check.serviceArea ? `Service area: ${check.serviceArea}` : null,
    check.commissioner ? `Commissioner: ${check.commissioner}` : null,
    check.contractLength ? `Contract length: ${check.contractLength}` : null,
  ].filter((line): line is string => line !== null);
  return {
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    context,
    report,
    basePath: role === "owner" ? `/checks/${check.id}` : `/checks/${check.id}/${role}`,
    generatedOn: new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
  };
}
