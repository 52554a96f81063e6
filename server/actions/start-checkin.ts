"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { startGuestSession } from "../auth/checkin-sign-in";
import { publicFormAction } from "./action";

/**
 * The check-in link's button: signs this browser in as the stay's guest (cookies can only be set in an
 * action), then opens the stay page. One answer for every bad link, as resolveCheckinToken gives.
 */
export const startCheckinAction = publicFormAction(
  z.object({ token: z.string().max(200) }),
  async function startCheckin({ token }) {
    if (!(await startGuestSession(token))) {
      throw new AppError("not_found", "This check-in link is not valid. Ask your host for a new one.");
    }
    redirect("/stay");
  },
);
