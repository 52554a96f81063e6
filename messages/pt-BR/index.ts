import { CATALOGS } from "../catalogs.generated";

/** The pt-BR catalog (the namespaces are listed once, in messages/catalogs.generated.ts). */
export default CATALOGS["pt-BR"];
