/** What e2e tests and docs may rely on: fixed ids, accounts and the demo check-in links. */
export { DEMO_BUILDINGS, HARBOR, SUMMIT, unitId } from "./buildings";
export { lockId } from "./devices";
export { DEMO_PASSWORD, DEMO_PEOPLE } from "./people";
export { demoToken } from "./random";
export { DEMO_CHECKIN_TOKENS } from "./stays";
