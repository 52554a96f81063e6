"use client";

import { BellOff, BellRing, Smartphone } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { activeWorker } from "@/components/checkin/stay-worker";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { PushSettings } from "@/lib/domain/push-subscription";
import {
  removePushDeviceAction,
  subscribePushAction,
  unsubscribePushAction,
} from "@/server/actions/push-subscription";

/** What this browser can do: no push at all, blocked by the person, or on/off here. */
type Here = "checking" | "unsupported" | "blocked" | "on" | "off";

/** The worker of public/sw.js (the stay page's; push reaches a worker whatever its scope). */
const SW_URL = "/sw.js";
const SW_SCOPE = "/stay";

const supported = () =>
  typeof window !== "undefined" &&
  "serviceWorker" in navigator &&
  "PushManager" in window &&
  "Notification" in window;

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration(SW_SCOPE);
  const reg = existing ?? (await navigator.serviceWorker.register(SW_URL, { scope: SW_SCOPE }));
  await activeWorker(reg);
  return reg;
}

/** "Chrome on Android": what the person sees in their list of devices. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrome\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Mac OS X/.test(ua)
        ? "macOS"
        : /Windows/.test(ua)
          ? "Windows"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return system ? `${browser} · ${system}` : browser;
}

/**
 * Push on this device: asks the browser's permission, subscribes with the building's VAPID key and hands the
 * subscription to the app; turning it off unsubscribes here and there. Lists the person's other devices, each
 * removable. Which kinds are pushed is the "By push" column of the preferences below.
 */
export function PushToggle({ settings }: { settings: PushSettings }) {
  const t = useTranslations("push");
  const router = useRouter();
  const errorText = useErrorMessage();
  const [here, setHere] = useState<Here>("checking");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!supported()) return setHere("unsupported");
    if (Notification.permission === "denied") return setHere("blocked");
    let live = true;
    navigator.serviceWorker
      .getRegistration(SW_SCOPE)
      .then((reg) => reg?.pushManager.getSubscription() ?? null)
      .then((sub) => live && setHere(sub ? "on" : "off"))
      .catch(() => live && setHere("off"));
    return () => {
      live = false;
    };
  }, []);

  const turnOn = () =>
    start(async () => {
      setError(null);
      if (!settings.publicKey) return;
      try {
        const permission = await Notification.requestPermission();
        if (permission !== "granted") {
          setHere(permission === "denied" ? "blocked" : "off");
          return;
        }
        const reg = await registration();
        const sub =
          (await reg.pushManager.getSubscription()) ??
          (await reg.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: keyBytes(settings.publicKey),
          }));
        const json = sub.toJSON();
        const res = await subscribePushAction({
          endpoint: sub.endpoint,
          expirationTime: json.expirationTime ?? null,
          keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
          label: deviceLabel(),
        });
        if (!res.ok) {
          await sub.unsubscribe();
          setError(errorText(res));
          return;
        }
        setHere("on");
        toast.success(t("turnedOn"));
        router.refresh();
      } catch {
        setError(t("failed"));
      }
    });

  const turnOff = () =>
    start(async () => {
      setError(null);
      try {
        const reg = await navigator.serviceWorker.getRegistration(SW_SCOPE);
        const sub = await reg?.pushManager.getSubscription();
        if (sub) {
          await unsubscribePushAction({ endpoint: sub.endpoint });
          await sub.unsubscribe();
        }
        setHere("off");
        toast.success(t("turnedOff"));
        router.refresh();
      } catch {
        setError(t("failed"));
      }
    });

  const remove = (id: string) =>
    start(async () => {
      const res = await removePushDeviceAction({ id });
      if (res.ok) router.refresh();
      else setError(errorText(res));
    });

  return (
    <section aria-labelledby="push-title" className="space-y-3" data-testid="push-settings">
      <h2 id="push-title" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      <p className="text-slate-700 text-sm">{t("description")}</p>
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center">
        <p className="flex-1 text-sm text-slate-800" role="status">
          {!settings.enabled
            ? t("notSetUp")
            : here === "checking"
              ? t("checking")
              : here === "unsupported"
                ? t("unsupported")
                : here === "blocked"
                  ? t("blocked")
                  : here === "on"
                    ? t("onHere")
                    : t("offHere")}
        </p>
        {settings.enabled && here === "off" ? (
          <Button onClick={turnOn} loading={pending} disabled={pending}>
            <BellRing aria-hidden />
            {t("turnOn")}
          </Button>
        ) : null}
        {settings.enabled && here === "on" ? (
          <Button variant="secondary" onClick={turnOff} loading={pending} disabled={pending}>
            <BellOff aria-hidden />
            {t("turnOff")}
          </Button>
        ) : null}
      </div>
      {settings.enabled && here === "unsupported" ? (
        <p className="text-slate-600 text-sm">{t("installHint")}</p>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
      {settings.devices.length ? (
        <ul
          aria-label={t("devices")}
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        >
          {settings.devices.map((d) => (
            <li key={d.id} className="flex items-center gap-3 p-3 text-sm">
              <Smartphone aria-hidden className="size-4 text-slate-500" />
              <span className="flex-1">
                <span className="font-medium text-slate-900">{d.label}</span>{" "}
                <span className="text-slate-600">
                  · {t("added")} <RelativeTime value={d.createdAt} />
                </span>
              </span>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => remove(d.id)}
                disabled={pending}
                aria-label={t("removeDevice", { device: d.label })}
              >
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
