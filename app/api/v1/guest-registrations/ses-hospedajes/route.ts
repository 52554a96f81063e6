import { guestRegistrationOperations as ops } from "@/server/http/openapi/resources/guest-registration";
import { apiRoute } from "@/server/http/route";
import { exportSesHospedajes } from "@/server/services/guest-registration/export-ses-hospedajes";

/** The parte de viajeros as a download for SES.Hospedajes (issue 17). */
export const GET = apiRoute(ops.exportSesHospedajes, async ({ actor, query }) => {
  const out = await exportSesHospedajes(actor, query);
  return new Response(out.xml, {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "no-store",
      "x-unregistered-stays": String(out.unregistered.length),
    },
  });
});
