import "server-only";
import { detailLoader } from "@/app/(portal)/_gate/detail-loader";
import { getRegistryDevice } from "@/server/services/devices/list-device-registry";

/** The registered device of the page, for managers (layout and page read it once per request). */
export const loadRegistryDevice = detailLoader(["manager"], getRegistryDevice);
