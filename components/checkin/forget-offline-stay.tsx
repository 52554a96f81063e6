"use client";

import { useEffect } from "react";
import { forgetOfflineStay } from "./stay-worker";

/**
 * Rendered where nobody's stay may be kept (the stay page signed out, its link revoked or the stay over; the
 * sign-in and sign-out pages): deletes any stay saved on this device for offline use.
 */
export function ForgetOfflineStay() {
  useEffect(() => {
    forgetOfflineStay().catch(() => undefined);
  }, []);
  return null;
}
