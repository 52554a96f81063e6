import "server-only";
import { z } from "zod";
import {
  logPackageInputSchema,
  packageDTOSchema,
  packageIdParamsSchema,
  packageListQuerySchema,
  pickupPackageInputSchema,
} from "@/lib/domain/package";
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
      "Staff and managers. For a unit, or one resident of it (`recipientId`, 422 when not a resident of the unit). The recipient, or every resident of the unit, is notified in the app and by email with a pickup PIN.",
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
      "Staff and managers record who took the parcel. With `pin`, it must be the recipient's pickup PIN (422 otherwise); without it the name alone is recorded. A second pickup answers 409.",
    capability: "package.manage",
    params: packageIdParamsSchema,
    body: pickupPackageInputSchema,
    responses: { 200: { description: "Picked up", schema: z.object({ package: packageDTOSchema }) } },
    errors: [404, 409],
  },
});
