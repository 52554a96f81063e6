"use client";

import { ChevronLeft, ChevronRight, ExternalLink } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";

export type GalleryPhoto = { key: string; url: string };

/**
 * A ticket's photos as thumbnails; each opens a full-size viewer (a modal dialog: focus moves in and back,
 * Escape closes, the arrow keys and the buttons move between photos, the position is announced).
 * The links are signed for a few minutes: when one has expired, the page is refreshed for fresh ones.
 */
export function PhotoGallery({ photos, ticketTitle }: { photos: GalleryPhoto[]; ticketTitle: string }) {
  const t = useTranslations("tickets.gallery");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // the photo shown, kept after the viewer closes: focus goes back to its thumbnail
  const [shown, setShown] = useState(0);
  const refreshed = useRef(false);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = photos.length;
  const index = Math.min(shown, count - 1);
  const photo = photos[index];
  const move = (step: number) => setShown((i) => (i + step + count) % count);
  const onExpired = () => {
    if (refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  };

  return (
    <>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6" aria-label={t("label")}>
        {photos.map((p, i) => (
          <li key={p.key}>
            <button
              type="button"
              ref={(el) => {
                thumbs.current[i] = el;
              }}
              onClick={() => {
                setShown(i);
                setOpen(true);
              }}
              className="block aspect-square w-full overflow-hidden rounded-md border border-slate-200 bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 focus-visible:outline-offset-2"
              aria-label={t("open", { index: i + 1, count })}
            >
              {/* biome-ignore lint/performance/noImgElement: short-lived signed S3 links, not optimisable by next/image */}
              <img src={p.url} alt="" loading="lazy" className="size-full object-cover" onError={onExpired} />
            </button>
          </li>
        ))}
      </ul>
      <Dialog open={open} onOpenChange={setOpen}>
        {photo ? (
          <DialogContent
            title={t("title", { index: index + 1, count })}
            description={t("description", { title: ticketTitle })}
            hideDescription
            closeLabel={t("close")}
            className="sm:max-w-4xl"
            // the thumbnails are not dialog triggers: give focus back to the photo last looked at
            finalFocus={() => thumbs.current[index]}
            onKeyDown={(e) => {
              if (count < 2) return;
              if (e.key === "ArrowRight") {
                e.preventDefault();
                move(1);
              } else if (e.key === "ArrowLeft") {
                e.preventDefault();
                move(-1);
              }
            }}
          >
            <figure className="space-y-3">
              <div className="grid place-items-center rounded-md bg-slate-950">
                {/* biome-ignore lint/performance/noImgElement: short-lived signed S3 links, not optimisable by next/image */}
                <img
                  src={photo.url}
                  alt={t("alt", { index: index + 1, count, title: ticketTitle })}
                  className="max-h-[65dvh] w-auto max-w-full object-contain"
                  onError={onExpired}
                />
              </div>
              <figcaption className="flex flex-wrap items-center justify-between gap-2">
                <span aria-live="polite" className="text-slate-700 text-sm">
                  {t("position", { index: index + 1, count })}
                </span>
                <a
                  href={photo.url}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex items-center gap-1 font-medium text-brand-700 text-sm underline underline-offset-4"
                >
                  {t("fullSize")}
                  <ExternalLink aria-hidden="true" className="size-4" />
                </a>
              </figcaption>
            </figure>
            {count > 1 ? (
              <div className="mt-4 flex justify-between gap-2">
                <Button variant="secondary" onClick={() => move(-1)}>
                  <ChevronLeft aria-hidden="true" />
                  {t("previous")}
                </Button>
                <Button variant="secondary" onClick={() => move(1)}>
                  {t("next")}
                  <ChevronRight aria-hidden="true" />
                </Button>
              </div>
            ) : null}
          </DialogContent>
        ) : null}
      </Dialog>
    </>
  );
}
