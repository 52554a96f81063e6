"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TicketStatus } from "@/lib/domain/ticket";
import type { TicketDetail } from "@/lib/domain/ticket-dto";
import { ticketSignature } from "./ticket-signature";

const POLL_MS = 10_000;

/**
 * Keeps a ticket's page current without a reload: every ~10 s, while the tab is visible, it asks the JSON API
 * for the ticket and, when something changed, re-renders the page on the server (router.refresh) and says
 * what changed in a polite live region. Reads go through GET /api/v1 (writes are server actions).
 */
export function TicketLiveUpdates({
  ticketId,
  signature,
  status,
}: {
  ticketId: string;
  signature: string;
  status: TicketStatus;
}) {
  const t = useTranslations("tickets.live");
  const statusName = useTranslations("ticketStatus");
  const router = useRouter();
  const [message, setMessage] = useState("");
  const current = useRef({ signature, status });
  current.current = { signature, status };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    const poll = async () => {
      if (running) return;
      running = true;
      clearTimeout(timer);
      if (document.visibilityState === "visible") {
        try {
          const res = await fetch(`/api/v1/tickets/${encodeURIComponent(ticketId)}`, {
            cache: "no-store",
            headers: { accept: "application/json" },
          });
          if (res.status === 404 || res.status === 401) {
            router.refresh();
          } else if (res.ok) {
            const detail = (await res.json()) as TicketDetail;
            if (!stopped && ticketSignature(detail) !== current.current.signature) {
              const moved = detail.ticket.status !== current.current.status;
              setMessage(moved ? t("status", { status: statusName(detail.ticket.status) }) : t("activity"));
              router.refresh();
            }
          }
        } catch {
          // offline for a moment: the next round tries again
        }
      }
      running = false;
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void poll();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [ticketId, router, t, statusName]);

  return (
    <span role="status" className="text-slate-700 text-sm" data-testid="ticket-live">
      {message}
    </span>
  );
}
