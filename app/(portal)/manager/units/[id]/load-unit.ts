import "server-only";
import { detailLoader } from "@/app/(portal)/_gate/detail-loader";
import { getUnitForManager } from "@/server/services/units/get-unit-for-manager";

/** The unit of the page, for managers (layout and page read it once per request). */
export const loadUnit = detailLoader(["manager"], getUnitForManager);
