import "server-only";
import {
  type FinanceReport,
  type FinanceReportQuery,
  financeReportOf,
  monthsBetween,
} from "@/lib/domain/finance-report";
import { daysInMonth } from "@/lib/domain/owner-statement";
import { todayIn } from "@/lib/domain/stay-dates";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listBillsBetween, listUnpaidBills } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { listPaymentsBetween } from "../../db/payments";
import { listTicketCostsBetween } from "../../db/ticket-costs";
import { listOwnerStatements } from "../owner-statements/list-owner-statements";

/**
 * The board's finance report (managers) for a range of months: read from the bills, payments, ticket costs and
 * the stays of each month (owner statements), then computed by `financeReportOf` in integers.
 */
export async function getFinanceReport(actor: Actor, q: FinanceReportQuery): Promise<FinanceReport> {
  authorize(actor, "report.finance");
  const buildingId = actor.buildingId;
  const building = await getBuilding({ buildingId });
  const first = `${q.from}-01`;
  const last = `${q.to}-${String(daysInMonth(q.to)).padStart(2, "0")}`;
  const periods = monthsBetween(q.from, q.to);
  const [bills, unpaid, payments, costs, statements] = await Promise.all([
    listBillsBetween({ buildingId, from: q.from, to: q.to }),
    listUnpaidBills({ buildingId }),
    listPaymentsBetween({ buildingId, from: first, to: last }),
    listTicketCostsBetween({ buildingId, from: first, to: last }),
    Promise.all(
      periods.map(async (p) => [p, (await listOwnerStatements(actor, { period: p })).items] as const),
    ),
  ]);
  return financeReportOf({
    from: q.from,
    to: q.to,
    currency: building.currency,
    today: todayIn(building.timezone),
    bills,
    unpaid,
    payments,
    costs,
    statements: new Map(statements),
  });
}
