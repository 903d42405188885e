import type { SideStatus } from "~/domain/types";
import { StatusTag } from "./status-tag";

/** Where each side has got to: names and statuses only, never answers. */
export function SidesProgress({
  sides,
}: {
  sides: { vcs: { name: string; status: SideStatus }; prime: { name: string; status: SideStatus } };
}) {
  return (
    <ul className="task-list">
      <li>
        <span>{sides.vcs.name} (organisation)</span>
        <StatusTag status={sides.vcs.status} />
      </li>
      <li>
        <span>{sides.prime.name} (prime contractor)</span>
        <StatusTag status={sides.prime.status} />
      </li>
    </ul>
  );
}
