import { CATALOGS } from "../catalogs.generated";

/** The es catalog (the namespaces are listed once, in messages/catalogs.generated.ts). */
export default CATALOGS.es;
