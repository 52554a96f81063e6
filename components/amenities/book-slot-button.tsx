"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { bookAmenityAction } from "@/server/actions/book-amenity";

/** Books one slot; the refusal (full, weekly limit…) is announced beside the button, success re-reads the page. */
export function BookSlotButton({
  amenityId,
  startsAt,
  endsAt,
  label,
  bookedText,
}: {
  amenityId: string;
  startsAt: string;
  endsAt: string;
  label: string;
  bookedText: string;
}) {
  const router = useRouter();
  const errorText = useErrorMessage();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const book = () =>
    startTransition(async () => {
      const r = await bookAmenityAction({ amenityId, startsAt, endsAt });
      setMessage(r.ok ? { tone: "ok", text: bookedText } : { tone: "error", text: errorText(r) });
      if (r.ok) router.refresh();
    });
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button size="sm" onClick={book} loading={pending}>
        {label}
      </Button>
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-red-700 text-sm" : "text-green-800 text-sm"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
