"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ChannelFeedDTO } from "@/lib/domain/channel-feed";
import { CHANNELS, type Channel, type FeedStatus } from "@/lib/domain/channel-feed-constants";
import { addChannelFeedAction } from "@/server/actions/add-channel-feed";
import { removeChannelFeedAction } from "@/server/actions/remove-channel-feed";
import { syncChannelFeedAction } from "@/server/actions/sync-channel-feed";
import { ExportFeedUrl } from "./export-feed-url";

const TONES: Record<FeedStatus, BadgeTone> = {
  pending: "neutral",
  ok: "success",
  error: "danger",
  stale: "warning",
};
const KNOWN_ERRORS = ["address", "timeout", "too_large", "http", "network", "redirects", "invalid"] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
const errorKey = (code: string): KnownError | "other" =>
  (KNOWN_ERRORS as readonly string[]).includes(code) ? (code as KnownError) : "other";

/** A unit's channel feeds: their state and conflicts, "sync now", remove, add; and the unit's own export URL. */
export function ChannelFeedsPanel({
  unitId,
  feeds,
  canExport,
}: {
  unitId: string;
  feeds: ChannelFeedDTO[];
  canExport: boolean;
}) {
  const t = useTranslations("channelFeeds");
  const format = useFormatter();
  const errorText = useErrorMessage();
  const router = useRouter();
  const ids = { url: useId(), channel: useId() };
  const [url, setUrl] = useState("");
  const [channel, setChannel] = useState<Channel>("airbnb");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("never");

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await addChannelFeedAction({ unitId, url, channel });
      if (!result.ok) {
        setError(errorText(result));
        return;
      }
      setError(null);
      setUrl("");
      toast.success(t("added"));
      router.refresh();
    });
  };
  const sync = (feedId: string) => {
    setBusy(feedId);
    startTransition(async () => {
      const result = await syncChannelFeedAction({ feedId, unitId });
      setBusy(null);
      if (!result.ok) {
        toast.error(errorText(result));
        return;
      }
      if (result.data.error) toast.error(t("syncFailed"));
      else {
        const { created, updated, cancelled, conflicts } = result.data;
        toast.success(t("synced", { created, updated, cancelled, conflicts }));
      }
      router.refresh();
    });
  };
  const remove = (feedId: string) => {
    setBusy(feedId);
    startTransition(async () => {
      const result = await removeChannelFeedAction({ feedId, unitId });
      setBusy(null);
      if (!result.ok) {
        toast.error(errorText(result));
        return;
      }
      toast.success(t("removed"));
      router.refresh();
    });
  };

  return (
    <div className="space-y-6">
      {feeds.length === 0 ? (
        <p className="text-slate-600 text-sm">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("listLabel")}>
          {feeds.map((f) => (
            <li key={f.id} className="space-y-2 rounded-md border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{t(`channels.${f.channel}`)}</span>
                <Badge tone={TONES[f.status]}>{t(`status.${f.status}`)}</Badge>
              </div>
              <p className="break-all text-slate-600">{f.url}</p>
              <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
                <div>
                  <dt className="inline text-slate-600">{t("lastSuccess")}: </dt>
                  <dd className="inline">{when(f.lastSuccessAt)}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t("lastAttempt")}: </dt>
                  <dd className="inline">{when(f.lastSyncAt)}</dd>
                </div>
              </dl>
              {f.lastError && f.status !== "ok" ? (
                <p className="text-red-800">{t(`errors.${errorKey(f.lastError.code)}`)}</p>
              ) : null}
              {f.conflicts.length > 0 ? (
                <div role="alert" className="rounded-md bg-amber-50 p-2 text-amber-900">
                  <p className="font-medium">{t("conflictsTitle")}</p>
                  <ul className="list-disc pl-5">
                    {f.conflicts.map((c) => (
                      <li key={c.uid}>
                        {t("conflict", {
                          from: format.dateTime(new Date(`${c.checkIn}T12:00:00Z`), { dateStyle: "medium" }),
                          to: format.dateTime(new Date(`${c.checkOut}T12:00:00Z`), { dateStyle: "medium" }),
                          nights: c.dates.length,
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <Button type="button" size="sm" onClick={() => sync(f.id)} loading={busy === f.id && pending}>
                  {t("syncNow")}
                </Button>
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  onClick={() => remove(f.id)}
                  disabled={busy === f.id}
                >
                  {t("remove")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="space-y-3">
        <FormError message={error} title={t("errorTitle")} />
        <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
          <div className="space-y-1">
            <Label htmlFor={ids.url} required>
              {t("url")}
            </Label>
            <Input
              id={ids.url}
              type="url"
              required
              inputMode="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              placeholder="https://www.airbnb.com/calendar/ical/….ics"
            />
          </div>
          <div className="space-y-1">
            <Label htmlFor={ids.channel}>{t("channel")}</Label>
            <Select
              id={ids.channel}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value as Channel)}
              options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
            />
          </div>
        </div>
        <Button type="submit" loading={pending && busy === null}>
          {t("add")}
        </Button>
      </form>
      {canExport ? <ExportFeedUrl unitId={unitId} /> : null}
    </div>
  );
}
