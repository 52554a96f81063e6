"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { Channels } from "@/lib/domain/notification";
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from "@/lib/domain/notification-constants";
import { updateNotificationPrefsAction } from "@/server/actions/update-notification-prefs";

type Prefs = Record<NotificationKind, Channels>;

/**
 * A table of checkboxes: a row per kind of notice, a column per channel (push only where the installation has it;
 * its stored choices are kept as they are otherwise).
 */
export function NotificationPrefsForm({
  initial,
  pushEnabled = true,
}: {
  initial: Prefs;
  pushEnabled?: boolean;
}) {
  const channels = NOTIFICATION_CHANNELS.filter((c) => c !== "push" || pushEnabled);
  const t = useTranslations("notifications");
  const [prefs, setPrefs] = useState(initial);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorMessage();
  const save = () =>
    start(async () => {
      const res = await updateNotificationPrefsAction(prefs);
      if (res.ok) {
        setError(null);
        toast.success(t("saved"));
      } else setError(errorText(res));
    });
  return (
    <section aria-labelledby="prefs-title" className="space-y-3">
      <h2 id="prefs-title" className="font-semibold text-lg text-slate-900">
        {t("prefsTitle")}
      </h2>
      <p className="text-slate-700 text-sm">{t("prefsDescription")}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("prefsTitle")}</caption>
          <thead>
            <tr className="border-slate-200 border-b text-left">
              <th scope="col" className="p-3 font-medium">
                <span className="sr-only">{t("listLabel")}</span>
              </th>
              {channels.map((c) => (
                <th key={c} scope="col" className="p-3 font-medium">
                  {t(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_KINDS.map((k) => (
              <tr key={k} className="border-slate-100 border-b last:border-0">
                <th scope="row" className="p-3 text-left font-normal">
                  {t(`kind.${k}`)}
                </th>
                {channels.map((c) => (
                  <td key={c} className="p-3">
                    <input
                      type="checkbox"
                      className="size-5"
                      aria-label={`${t(`kind.${k}`)}: ${t(c)}`}
                      checked={prefs[k][c]}
                      onChange={(e) => setPrefs((p) => ({ ...p, [k]: { ...p[k], [c]: e.target.checked } }))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
      <Button onClick={save} loading={pending} disabled={pending}>
        {t("save")}
      </Button>
    </section>
  );
}
