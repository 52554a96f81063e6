"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { AlarmDTO } from "@/lib/domain/alarm";
import type { MessagePart } from "@/lib/domain/conversation";
import type { DeviceDTO } from "@/lib/domain/device";
import type { DeviceCommandDTO } from "@/lib/domain/device-command";
import type { MissionDTO } from "@/lib/domain/mission";
import type { NotificationDTO } from "@/lib/domain/notification";

/** One message of GET /api/live (`event: update`). */
export type LiveMessage =
  | { type: "device"; device: DeviceDTO; registered?: true }
  | { type: "command"; command: DeviceCommandDTO }
  | { type: "access"; log: AccessLogDTO }
  | { type: "mission"; mission: MissionDTO }
  | { type: "alarm"; alarm: AlarmDTO }
  | { type: "notification"; userId: string; notification: NotificationDTO }
  | {
      type: "staffReply";
      userId: string;
      conversationId: string;
      message: { id: string; role: "assistant"; parts: MessagePart[] };
    };

export type LiveStatus = "connecting" | "live" | "reconnecting";

const MAX_BACKOFF_MS = 30_000;

/**
 * Listens to the building's live stream (server-sent events) while the page is open. The browser's EventSource
 * reconnects by itself after a network drop; when the server refuses (signed out, restarted) it gives up, so
 * this reopens it with a growing pause. After a reconnect the page is refreshed once, since updates sent while
 * it was away are lost.
 */
export function useLiveUpdates(onMessage: (m: LiveMessage) => void): LiveStatus {
  const router = useRouter();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onMessage);
  handler.current = onMessage;

  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let failures = 0;
    let opened = false;
    const open = () => {
      source = new EventSource("/api/live");
      source.addEventListener("ready", () => {
        failures = 0;
        setStatus("live");
        if (opened) router.refresh();
        opened = true;
      });
      source.addEventListener("update", (e) => {
        try {
          handler.current(JSON.parse((e as MessageEvent<string>).data) as LiveMessage);
        } catch {
          // a message we cannot read is skipped; the next refresh brings the truth
        }
      });
      source.onerror = () => {
        if (stopped) return;
        setStatus("reconnecting");
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          failures++;
          timer = setTimeout(open, Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 5)));
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [router]);

  return status;
}
