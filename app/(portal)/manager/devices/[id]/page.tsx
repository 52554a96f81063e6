import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DeviceForm } from "@/components/manager/device-form";
import { RetireDeviceButton } from "@/components/manager/retire-device-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";
import { loadRegistryDevice } from "./load-registry-device";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("deviceTitle") };
}

const SUFFIXES = ["availability", "state", "commands", "acks", "events"] as const;

/** One registered device: where it talks on MQTT (the contract's topics), its details, and retiring it. */
export default rolePage(
  ["manager"],
  async function RegistryDevicePage(actor, { params }: { params: Promise<{ id: string }> }) {
    const device = await loadRegistryDevice((await params).id);
    if (!device) notFound();
    const [units, t, types] = await Promise.all([
      listUnitsForManager(actor),
      getTranslations("registry"),
      getTranslations("registry.types"),
    ]);
    return (
      <div className="max-w-3xl space-y-6">
        <PageHeader
          eyebrow={
            <Link href="/manager/devices" className="underline">
              {t("backToRegistry")}
            </Link>
          }
          title={device.name}
          description={types(device.type)}
          actions={device.retiredAt ? null : <RetireDeviceButton deviceId={device.id} name={device.name} />}
        />
        {device.retiredAt ? <Alert title={t("retiredTitle")}>{t("retiredBody")}</Alert> : null}
        <Card>
          <CardHeader>
            <CardTitle>{t("topic.title")}</CardTitle>
            <CardDescription>{t("topic.description")}</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            <p
              className="rounded-md bg-slate-900 p-3 font-mono text-sm text-white break-all"
              data-testid="topic-base"
            >
              {device.topicBase}
            </p>
            <ul className="space-y-1 text-sm">
              {SUFFIXES.map((s) => (
                <li key={s}>
                  <code className="break-all">{`${device.topicBase}/${s}`}</code>{" "}
                  <span className="text-slate-600">— {t(`topic.${s}`)}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        {device.retiredAt ? null : (
          <Card>
            <CardHeader>
              <CardTitle>{t("editTitle")}</CardTitle>
            </CardHeader>
            <CardContent>
              <DeviceForm units={units.map((u) => ({ id: u.id, number: u.number }))} device={device} />
            </CardContent>
          </Card>
        )}
      </div>
    );
  },
);
