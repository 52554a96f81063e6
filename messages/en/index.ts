import { CATALOGS } from "../catalogs.generated";

/** The en catalog (the namespaces are listed once, in messages/catalogs.generated.ts). */
export default CATALOGS.en;
