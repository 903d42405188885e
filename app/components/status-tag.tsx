import type { SideStatus } from "~/domain/types";

const LABELS: Record<SideStatus, { text: string; className: string }> = {
  not_started: { text: "Not started", className: "tag tag--grey" },
  in_progress: { text: "In progress", className: "tag" },
  submitted: { text: "Submitted", className: "tag tag--green" },
};

export function StatusTag({ status }: { status: SideStatus }) {
  const label = LABELS[status];
  return <strong className={label.className}>{label.text}</strong>;
}
