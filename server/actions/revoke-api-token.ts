"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { revokeApiToken } from "../services/api-tokens/revoke-api-token";
import { action } from "./action";

export const revokeApiTokenAction = action(
  z.object({ tokenId: idSchema }),
  async function revokeFromPage({ tokenId }, actor) {
    await revokeApiToken(actor, tokenId);
    revalidatePath("/manager/tokens");
    return null;
  },
  { capability: "apiToken.manage" },
);
