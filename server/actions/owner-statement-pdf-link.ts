"use server";

import { ownerStatementPdfQuerySchema } from "@/lib/domain/owner-statement";
import { getOwnerStatementPdfLink } from "../services/owner-statements/get-owner-statement-pdf-link";
import { action } from "./action";

/** A fresh short-lived link to a statement's PDF for the download buttons (managers, and the unit's owners). */
export const ownerStatementPdfLinkAction = action(
  ownerStatementPdfQuerySchema,
  async function ownerStatementPdfLink(q, actor) {
    const { url, expiresInSeconds } = await getOwnerStatementPdfLink(actor, q);
    return { url, expiresInSeconds };
  },
  { capability: "ownerStatement.read" },
);
