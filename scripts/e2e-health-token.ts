/** The HEALTH_TOKEN the e2e server runs with, so e2e/hardening.spec.ts can read /api/health's details. */
export const E2E_HEALTH_TOKEN = "e2e-health-token-not-a-secret";
