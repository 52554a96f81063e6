import "server-only";
import { detailLoader } from "@/app/(portal)/_gate/detail-loader";
import { getDevice } from "@/server/services/devices/get-device";

/** A device of the building for staff and managers (layout, metadata and page read it once per request). */
export const loadDevice = detailLoader(["staff", "manager"], getDevice);
