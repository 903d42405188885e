import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportReport } from "~/lib/report-export.server";

/** The owner's exports: /checks/<id>/export/csv and /checks/<id>/export/json. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return exportReport(request, params);
}
