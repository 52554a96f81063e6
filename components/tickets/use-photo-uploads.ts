"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { UPLOAD_PURPOSES } from "@/lib/domain/upload-constants";
import { createTicketUploadAction } from "@/server/actions/create-ticket-upload";
import { photoTypeOf, preparePhoto } from "./prepare-photo";
import { postToS3, UploadError } from "./upload-to-s3";

export type PhotoProblem = "type" | "size" | "sign" | "network" | "refused" | "verify";
export type PhotoUpload = {
  id: string;
  name: string;
  previewUrl: string | null;
  status: "preparing" | "uploading" | "done" | "failed";
  /** 0…1 while uploading */
  progress: number;
  /** the S3 key once stored */
  key: string | null;
  problem: PhotoProblem | null;
};

const MAX_BYTES = UPLOAD_PURPOSES.ticket_photo.maxBytes;
let counter = 0;

/**
 * Photos picked in a form, each uploaded straight to S3 as soon as it is picked: sign (server action), then
 * POST with progress. Each can be cancelled (aborts the request), removed or retried. `announcement` is the
 * last change worth telling a screen-reader user ("photo.jpg uploaded"), for a polite live region.
 */
/** Signs one upload: the ticket flow's action by default; the cleaner's link page passes its own. */
export type SignPhotoUpload = typeof createTicketUploadAction;

export function usePhotoUploads({ max, sign }: { max: number; sign?: SignPhotoUpload }) {
  const t = useTranslations("tickets.photos");
  const [items, setItems] = useState<PhotoUpload[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const files = useRef(new Map<string, File>());
  const aborts = useRef(new Map<string, () => void>());
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const patch = useCallback((id: string, change: Partial<PhotoUpload>) => {
    setItems((all) => all.map((p) => (p.id === id ? { ...p, ...change } : p)));
  }, []);

  const start = useCallback(
    async (id: string) => {
      const file = files.current.get(id);
      if (!file) return;
      const fail = (problem: PhotoProblem) => {
        aborts.current.delete(id);
        patch(id, { status: "failed", problem, progress: 0 });
        setAnnouncement(t("announceFailed", { name: file.name }));
      };
      const type = photoTypeOf(file);
      if (!type) return fail("type");
      patch(id, { status: "preparing", problem: null, progress: 0 });
      const prepared = await preparePhoto(file, type);
      if (prepared.blob.size > MAX_BYTES) return fail("size");
      const signed = await (sign ?? createTicketUploadAction)({
        purpose: "ticket_photo",
        contentType: prepared.contentType,
        size: prepared.blob.size,
      }).catch(() => null);
      if (!files.current.has(id)) return; // removed while signing
      if (!signed?.ok) return fail(signed?.code === "validation" ? "type" : "sign");
      patch(id, { status: "uploading" });
      const upload = postToS3(signed.data, prepared.blob, (progress) => patch(id, { progress }));
      aborts.current.set(id, upload.abort);
      try {
        await upload.done;
        aborts.current.delete(id);
        patch(id, { status: "done", progress: 1, key: signed.data.key });
        setAnnouncement(t("announceDone", { name: file.name }));
      } catch (e) {
        if (e instanceof UploadError && e.reason === "aborted") return;
        fail(e instanceof UploadError && e.reason === "refused" ? "refused" : "network");
      }
    },
    [patch, t, sign],
  );

  const add = useCallback(
    (picked: FileList | File[]) => {
      const room = max - itemsRef.current.length;
      const accepted = [...picked].slice(0, Math.max(0, room));
      if (accepted.length < picked.length) setAnnouncement(t("tooMany", { max }));
      const fresh = accepted.map((file): PhotoUpload => {
        const id = `photo-${++counter}`;
        files.current.set(id, file);
        const type = photoTypeOf(file);
        const previewable = type !== null && type !== "image/heic";
        return {
          id,
          name: file.name,
          previewUrl: previewable ? URL.createObjectURL(file) : null,
          status: "preparing",
          progress: 0,
          key: null,
          problem: null,
        };
      });
      setItems((all) => [...all, ...fresh]);
      for (const p of fresh) void start(p.id);
    },
    [max, start, t],
  );

  const remove = useCallback(
    (id: string) => {
      const item = itemsRef.current.find((p) => p.id === id);
      const uploading = item && item.status !== "done" && item.status !== "failed";
      aborts.current.get(id)?.();
      aborts.current.delete(id);
      files.current.delete(id);
      if (item?.previewUrl) URL.revokeObjectURL(item.previewUrl);
      setItems((all) => all.filter((p) => p.id !== id));
      if (item) {
        setAnnouncement(t(uploading ? "announceCancelled" : "announceRemoved", { name: item.name }));
      }
    },
    [t],
  );

  const retry = useCallback((id: string) => void start(id), [start]);

  /** The server refused some keys after upload (its 422 names `photoKeys.N`): mark those photos. */
  const markRefused = useCallback((keys: string[]) => {
    setItems((all) =>
      all.map((p) =>
        p.key && keys.includes(p.key) ? { ...p, status: "failed", problem: "verify", key: null } : p,
      ),
    );
  }, []);

  const clear = useCallback(() => {
    for (const abort of aborts.current.values()) abort();
    aborts.current.clear();
    files.current.clear();
    for (const p of itemsRef.current) if (p.previewUrl) URL.revokeObjectURL(p.previewUrl);
    setItems([]);
  }, []);

  // Abort whatever is still in flight and free the previews when the form goes away.
  useEffect(
    () => () => {
      for (const abort of aborts.current.values()) abort();
      for (const p of itemsRef.current) if (p.previewUrl) URL.revokeObjectURL(p.previewUrl);
    },
    [],
  );

  const keys = items.flatMap((p) => (p.status === "done" && p.key ? [p.key] : []));
  const busy = items.some((p) => p.status === "preparing" || p.status === "uploading");
  const failed = items.some((p) => p.status === "failed");
  return { items, keys, busy, failed, announcement, add, remove, retry, markRefused, clear };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;
