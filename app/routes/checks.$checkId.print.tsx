import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BoardPaper } from "~/components/board-paper";
import { loadBoardPaper } from "~/lib/board-paper.server";

/** The report only changes when its data does: its HTML can be kept (see app/lib/render-cache.server.ts). */
export const handle = { renderCache: true };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Board paper: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadBoardPaper(request, params);
}

export default function OwnerBoardPaper() {
  return <BoardPaper {...useLoaderData<typeof loader>()} />;
}
