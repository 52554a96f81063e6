import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the e2e server leaves the broker's address for the tests of the run on `port` to read. */
export const e2eStackFile = (port: number | string) => join(tmpdir(), `buildingos-e2e-${port}.json`);
