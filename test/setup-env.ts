import { inject } from "vitest";

/**
 * Runs in every test worker before each test file. In the `shared` project (vitest.config.mts) files run one after
 * another in one process, so each starts from the environment the first file saw: a file that sets an endpoint or
 * a timeout in process.env does not hand it to the next.
 */
const held = globalThis as { __envBeforeTests?: Record<string, string | undefined> };
if (held.__envBeforeTests) {
  const before = held.__envBeforeTests;
  for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
  Object.assign(process.env, before);
} else {
  held.__envBeforeTests = { ...process.env };
}

// point the app's config at the shared DynamoDB Local
process.env.DYNAMODB_ENDPOINT = inject("dynamoEndpoint");
process.env.DYNAMODB_TABLE = "buildingos-test";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
