import { inject } from "vitest";

// Runs in every test worker before the test file: point the app's config at the shared DynamoDB Local.
process.env.DYNAMODB_ENDPOINT = inject("dynamoEndpoint");
process.env.DYNAMODB_TABLE = "buildingos-test";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
