"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiTokenInputSchema } from "@/lib/domain/api-token";
import { issueApiToken } from "../services/api-tokens/issue-api-token";
import { formAction } from "./action";

/** The tokens page's form; the secret comes back once, to be shown and copied, never again. */
const schema = createApiTokenInputSchema.extend({
  expiresInDays: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : Number(v)),
    createApiTokenInputSchema.shape.expiresInDays,
  ),
});

export const issueApiTokenAction = formAction(
  schema,
  async function issueFromForm(input, actor) {
    const { token, secret } = await issueApiToken(actor, input);
    revalidatePath("/manager/tokens");
    return { id: token.id, name: token.name, secret };
  },
  { capability: "apiToken.manage" },
);
