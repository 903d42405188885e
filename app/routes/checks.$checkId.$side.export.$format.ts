import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportReport } from "~/lib/report-export.server";

/** A side's exports: /checks/<id>/<side>/export/csv and …/json. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return exportReport(request, params);
}
