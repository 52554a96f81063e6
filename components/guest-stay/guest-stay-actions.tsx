import type { GuestActions } from "@/server/services/checkin/get-guest-actions";
import { GuestDoors } from "./guest-doors";
import { GuestReportProblem } from "./guest-report-problem";
import { GuestCheckOut } from "./guest-stay-on-demand";

/**
 * What the guest can do from their page beyond check-in (issue 17, item 7): open their doors, report a problem,
 * check out. Each part shows only where the stay and the building allow it (`getGuestActions`).
 */
export function GuestStayActions({ actions, timeZone }: { actions: GuestActions; timeZone: string }) {
  return (
    <div className="space-y-6">
      <GuestDoors actions={actions} timeZone={timeZone} />
      {actions.mayReport ? <GuestReportProblem /> : null}
      {actions.mayCheckOut ? <GuestCheckOut /> : null}
    </div>
  );
}
