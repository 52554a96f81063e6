import "server-only";
import { z } from "zod";
import {
  allowPickupInputSchema,
  logPackageInputSchema,
  packageDTOSchema,
  packageIdParamsSchema,
  packageListQuerySchema,
  pickupPackageInputSchema,
} from "@/lib/domain/package";
import { createPackageUploadInputSchema, presignedUploadSchema } from "@/lib/domain/upload";
import { defineOperations, pageOf } from "../registry";

const tag = "Packages";

export const packageOperations = defineOperations({
  listPackages: {
    method: "get",
    path: "/api/v1/packages",
    tag,
    summary: "Parcels in the package room",
    description:
      "Residents: their units' parcels, newest first, each waiting one with its `pickupPin`. Staff and managers: the building's parcels of one `status`; waiting ones oldest first.",
    capability: "package.read",
    query: packageListQuerySchema,
    responses: { 200: { description: "A page of parcels", schema: pageOf(packageDTOSchema) } },
  },
  logPackage: {
    method: "post",
    path: "/api/v1/packages",
    tag,
    summary: "Log an arriving parcel",
    description:
      "Staff and managers. For a unit, or one resident of it (`recipientId`, 422 when not a resident of the unit), with an optional `photoKey` from `POST /api/v1/packages/uploads` (purpose `package_photo`; verified, 422 otherwise). The recipient, or every resident of the unit, is notified in the app and by email (each in their language, on the channels they chose) with a pickup PIN.",
    capability: "package.manage",
    body: logPackageInputSchema,
    responses: { 201: { description: "Logged", schema: z.object({ package: packageDTOSchema }) } },
  },
  pickUpPackage: {
    method: "post",
    path: "/api/v1/packages/{id}/pickup",
    tag,
    summary: "Record a pickup",
    description:
      "Staff and managers record who took the parcel and how it was checked (`pickupMethod`): with `pin`, it must be the recipient's pickup PIN (422 otherwise); with `signatureKey`, a signature drawn at the desk (a `package_signature` upload, verified); without either, a name: when a resident named someone (`allowedPickup`), the name must be theirs (`allowed`) or the recipient's, else 422. A second pickup answers 409.",
    capability: "package.manage",
    params: packageIdParamsSchema,
    body: pickupPackageInputSchema,
    responses: { 200: { description: "Picked up", schema: z.object({ package: packageDTOSchema }) } },
    errors: [404, 409],
  },
  createPackageUpload: {
    method: "post",
    path: "/api/v1/packages/uploads",
    tag,
    summary: "Presign a parcel photo or a pickup signature upload",
    description:
      "Staff and managers. `purpose` `package_photo` (JPEG, PNG, WebP or HEIC, at most 8 MB) or `package_signature` (PNG, at most 512 kB). The server picks the key and signs a POST policy valid 5 minutes; post `fields` then the file as `file` to `url`, then pass `key` as `photoKey` when logging or `signatureKey` at pickup.",
    capability: "package.manage",
    body: createPackageUploadInputSchema,
    responses: { 201: { description: "Signed", schema: z.object({ upload: presignedUploadSchema }) } },
    errors: [429],
  },
  allowPackagePickup: {
    method: "post",
    path: "/api/v1/packages/{id}/allowed-pickup",
    tag,
    summary: "Let someone else pick a parcel up",
    description:
      'A resident of the parcel\'s unit names who may pick it up (`{"name"}`), or clears it (`{"name":null}`). Staff see the name and check it at pickup. 404 for another unit\'s parcel; 409 once picked up.',
    capability: "package.read",
    params: packageIdParamsSchema,
    body: allowPickupInputSchema,
    responses: { 200: { description: "Saved", schema: z.object({ package: packageDTOSchema }) } },
    errors: [404, 409],
  },
});
