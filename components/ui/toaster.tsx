"use client";

import { Toaster as Sonner } from "sonner";

/** Toasts for the whole app (sonner announces them in a polite live region). */
export function Toaster() {
  return <Sonner position="top-center" richColors closeButton />;
}
