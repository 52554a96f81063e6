"use client";

import { useTranslations } from "next-intl";
import {
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import { Button } from "@/components/ui/button";

export type SignaturePadHandle = {
  /** The drawing as a PNG, or null when nothing was drawn. */
  toBlob: () => Promise<Blob | null>;
  clear: () => void;
};

/**
 * A signature drawn with a finger, a pen or a mouse (pointer events, so touch and stylus behave alike; the canvas
 * takes the gesture instead of scrolling the page). It is a pointer-only control: the form offers the recipient's
 * PIN as the keyboard and screen-reader alternative, which the hint says.
 */
export function SignaturePad({ ref }: { ref: React.Ref<SignaturePadHandle> }) {
  const t = useTranslations("packages.pickup");
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [signed, setSigned] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const scale = window.devicePixelRatio || 1;
    c.width = c.clientWidth * scale;
    c.height = c.clientHeight * scale;
    const ctx = c.getContext("2d");
    if (!ctx) return;
    ctx.scale(scale, scale);
    ctx.lineWidth = 2;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#0f172a";
  }, []);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext("2d");
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext("2d");
    if (!ctx) return;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    if (!signed) setSigned(true);
  };
  const up = () => {
    drawing.current = false;
  };
  const clear = useCallback(() => {
    const c = canvas.current;
    c?.getContext("2d")?.clearRect(0, 0, c.width, c.height);
    setSigned(false);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      clear,
      toBlob: () =>
        new Promise((resolve) => {
          if (!signed || !canvas.current) return resolve(null);
          canvas.current.toBlob((b) => resolve(b), "image/png");
        }),
    }),
    [signed, clear],
  );

  return (
    <div className="space-y-1">
      <p className="font-medium text-slate-900 text-sm">{t("signature")}</p>
      <canvas
        ref={canvas}
        role="img"
        aria-label={signed ? t("signed") : t("signature")}
        aria-describedby={hintId}
        className="h-32 w-full max-w-md touch-none rounded-md border border-slate-400 bg-white"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        data-testid="signature-pad"
      />
      <p id={hintId} className="text-slate-600 text-sm">
        {t("signatureHint")}
      </p>
      {signed ? (
        <Button type="button" size="sm" variant="secondary" onClick={clear}>
          {t("clear")}
        </Button>
      ) : null}
    </div>
  );
}
