import { getTranslations } from "next-intl/server";
import { DevicePageSkeleton } from "@/components/devices/device-skeletons";

export default async function Loading() {
  return <DevicePageSkeleton label={(await getTranslations("devices"))("loading")} />;
}
