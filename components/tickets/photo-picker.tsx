"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { X } from "@/components/ui/x-icon";
import { cn } from "@/lib/cn";
import { Camera, ImagePlus, RotateCw } from "./photo-picker-icons";
import type { PhotoUpload, PhotoUploads } from "./use-photo-uploads";

export type PhotoPickerProps = {
  uploads: PhotoUploads;
  /** how many more photos may be added */
  room: number;
  /** id of the hint the buttons are described by (limits), rendered here */
  id: string;
  disabled?: boolean;
};

/**
 * Two ways to add photos on a phone: the camera (`capture`) or the photo library; on a computer both open the
 * file chooser. The file inputs are hidden; the buttons open them. Each picked photo shows its upload progress
 * and a button to cancel, remove or retry it; changes worth hearing go to a polite live region.
 */
export function PhotoPicker({ uploads, room, id, disabled }: PhotoPickerProps) {
  const t = useTranslations("tickets.photos");
  const camera = useRef<HTMLInputElement>(null);
  const library = useRef<HTMLInputElement>(null);
  const full = room - uploads.items.length <= 0;
  const onPick = (e: React.ChangeEvent<HTMLInputElement>) => {
    if (e.currentTarget.files?.length) uploads.add(e.currentTarget.files);
    e.currentTarget.value = "";
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => camera.current?.click()}
          disabled={disabled || full}
          aria-describedby={`${id}-hint`}
        >
          <Camera aria-hidden="true" />
          {t("takePhoto")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => library.current?.click()}
          disabled={disabled || full}
          aria-describedby={`${id}-hint`}
        >
          <ImagePlus aria-hidden="true" />
          {t("choosePhotos")}
        </Button>
      </div>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="photo-camera-input"
        onChange={onPick}
      />
      <input
        ref={library}
        type="file"
        accept="image/*"
        multiple
        hidden
        data-testid="photo-library-input"
        onChange={onPick}
      />
      <p id={`${id}-hint`} className="text-slate-600 text-sm">
        {full ? t("full") : t("hint", { max: room })}
      </p>
      {uploads.items.length ? (
        <ul className="grid gap-2 sm:grid-cols-2" aria-label={t("listLabel")}>
          {uploads.items.map((p) => (
            <PhotoRow key={p.id} photo={p} uploads={uploads} />
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {uploads.announcement}
      </p>
    </div>
  );
}

function PhotoRow({ photo, uploads }: { photo: PhotoUpload; uploads: PhotoUploads }) {
  const t = useTranslations("tickets.photos");
  const percent = Math.round(photo.progress * 100);
  const inFlight = photo.status === "preparing" || photo.status === "uploading";
  const canRetry = photo.status === "failed" && photo.problem !== "type" && photo.problem !== "size";
  return (
    <li
      className={cn(
        "flex items-center gap-3 rounded-md border bg-white p-2",
        photo.status === "failed" ? "border-red-300" : "border-slate-200",
      )}
    >
      {photo.previewUrl ? (
        // biome-ignore lint/performance/noImgElement: a local blob: preview, nothing for next/image to optimise
        <img src={photo.previewUrl} alt="" className="size-14 shrink-0 rounded object-cover" />
      ) : (
        <span aria-hidden="true" className="grid size-14 shrink-0 place-items-center rounded bg-slate-100">
          <ImagePlus className="size-5 text-slate-500" />
        </span>
      )}
      <div className="min-w-0 flex-1 space-y-1">
        <p className="truncate font-medium text-slate-900 text-sm">{photo.name}</p>
        {inFlight ? (
          <>
            <progress
              className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
              max={100}
              value={photo.status === "uploading" ? percent : undefined}
              aria-label={t("progressLabel", { name: photo.name })}
            />
            <p className="text-slate-600 text-xs">
              {photo.status === "preparing" ? t("preparing") : t("uploading", { percent })}
            </p>
          </>
        ) : photo.status === "done" ? (
          <p className="text-emerald-800 text-xs">{t("uploaded")}</p>
        ) : (
          <p className="text-red-700 text-xs">{t(`problem.${photo.problem ?? "network"}`)}</p>
        )}
      </div>
      {canRetry ? (
        <Button
          variant="ghost"
          size="icon"
          onClick={() => uploads.retry(photo.id)}
          aria-label={t("retry", { name: photo.name })}
        >
          <RotateCw aria-hidden="true" />
        </Button>
      ) : null}
      <Button
        variant="ghost"
        size="icon"
        onClick={() => uploads.remove(photo.id)}
        aria-label={t(inFlight ? "cancel" : "remove", { name: photo.name })}
      >
        <X aria-hidden="true" />
      </Button>
    </li>
  );
}
