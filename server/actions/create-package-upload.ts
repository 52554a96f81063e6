"use server";

import { createPackageUploadInputSchema } from "@/lib/domain/upload";
import { presignPackageUpload } from "../services/packages/create-package-upload";
import { action } from "./action";

/** Signs a parcel photo or a pickup signature upload for the desk; the browser sends it straight to S3. */
export const createPackageUploadAction = action(
  createPackageUploadInputSchema,
  async function signPackageUpload(input, actor) {
    return presignPackageUpload(actor, input);
  },
  { capability: "package.manage" },
);
