import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Amenity, AmenitySlot } from "@/lib/domain/amenity";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { BookSlotButton } from "./book-slot-button";

const TIME = { hour: "2-digit", minute: "2-digit" } as const;

/** The amenity and day picker: a plain GET form, so it works without JavaScript and keeps the choice in the URL. */
export async function AmenityPicker({
  amenities,
  amenityId,
  date,
}: {
  amenities: Amenity[];
  amenityId: string;
  date: string;
}) {
  const t = await getTranslations("amenities.pick");
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <fieldset className="contents">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="min-w-0 flex-1 space-y-1">
          <Label htmlFor="amenity">{t("amenity")}</Label>
          <Select
            id="amenity"
            name="amenity"
            defaultValue={amenityId}
            options={amenities.map((a) => ({ value: a.id, label: a.name }))}
          />
        </div>
        <div className="space-y-1">
          <Label htmlFor="date">{t("date")}</Label>
          <Input id="date" name="date" type="date" defaultValue={date} />
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </fieldset>
    </form>
  );
}

/** One amenity's facts, rules and the day's slots, each with its places left and a button to book it. */
export async function AmenityDay({
  amenity,
  date,
  slots,
  now,
}: {
  amenity: Amenity;
  date: string;
  slots: AmenitySlot[];
  now: number;
}) {
  const [t, format] = await Promise.all([getTranslations("amenities"), getFormatter()]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{amenity.name}</CardTitle>
        <ul className="space-y-0.5 text-slate-700 text-sm">
          <li>{t("details.capacity", { capacity: amenity.capacity })}</li>
          <li>
            {t("details.hours", {
              from: amenity.openFrom,
              until: amenity.openUntil,
              minutes: amenity.slotMinutes,
            })}
          </li>
          <li>{t("details.limits", { days: amenity.maxAdvanceDays, perWeek: amenity.maxPerWeek })}</li>
          {amenity.doorDeviceIds.length ? <li>{t("details.door")}</li> : null}
        </ul>
        {amenity.rules ? (
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-slate-900">{t("details.rules")}</summary>
            <p className="mt-1 whitespace-pre-line text-slate-700">{amenity.rules}</p>
          </details>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-3">
        <h3 className="font-semibold text-slate-900">
          {t("slots.title", { date: format.dateTime(asDay(date), DAY_FORMAT) })}
        </h3>
        {slots.length === 0 ? (
          <p className="text-slate-600 text-sm">{t("slots.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {slots.map((s) => {
              const left = Math.max(0, s.capacity - s.taken);
              const time = `${format.dateTime(new Date(s.startsAt), TIME)}–${format.dateTime(new Date(s.endsAt), TIME)}`;
              const past = Date.parse(s.endsAt) <= now;
              return (
                <li
                  key={s.startsAt}
                  className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
                  data-slot={s.startsAt}
                >
                  <div className="flex items-center gap-3">
                    <span className="font-medium text-slate-900 tabular-nums">{time}</span>
                    <Badge tone={left === 0 ? "danger" : "success"}>
                      {left === 0 ? t("slots.full") : t("slots.left", { left })}
                    </Badge>
                  </div>
                  {past ? (
                    <span className="text-slate-600 text-sm">{t("slots.past")}</span>
                  ) : left > 0 ? (
                    <BookSlotButton
                      amenityId={amenity.id}
                      startsAt={s.startsAt}
                      endsAt={s.endsAt}
                      label={t("slots.book", { time })}
                      bookedText={t("slots.booked")}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
