import { useFormatter, useTranslations } from "next-intl";
import { KeyRound } from "@/components/ui/server-icons";
import type { CheckinView } from "@/server/services/checkin/get-checkin";

/** The stay's door code, large enough to read at the door, with its validity in the building's time zone. */
export function DoorCodeBox({ code, timeZone }: { code: CheckinView["doorCode"]; timeZone: string }) {
  const t = useTranslations("checkin.stay.doorCode");
  const format = useFormatter();
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  const note =
    code === null
      ? t("none")
      : code.status === "failed"
        ? t("failed")
        : code.status === "pending"
          ? t("pending")
          : t("valid", { from: when(code.validFrom), until: when(code.validUntil) });
  const showPin = code !== null && code.status !== "failed";
  return (
    <div
      className="mt-3 flex items-start gap-3 rounded-md border border-brand-200 bg-brand-50 p-3"
      data-testid="door-code"
    >
      <KeyRound inline aria-hidden="true" className="mt-1 size-5 shrink-0 text-brand-700" />
      <div>
        <p className="font-medium text-slate-700 text-sm">{t("title")}</p>
        {showPin ? (
          <p className="font-bold font-mono text-3xl text-slate-900 tracking-[0.3em]">{code.pin}</p>
        ) : null}
        <p className="text-slate-700 text-sm">{note}</p>
      </div>
    </div>
  );
}
