import { booking } from "./booking";
import { browserBytes } from "./browser-bytes";
import { concierge } from "./concierge";
import { frameworkFloor } from "./framework-floor";
import { homePages } from "./home-pages";
import { lighthouseScores } from "./lighthouse";
import { load } from "./load";
import { mqtt } from "./mqtt";
import { mqttDialects } from "./mqtt-dialects";
import { pdf } from "./pdf";
import { retrieval } from "./retrieval";
import { sensors } from "./sensors";
import { ticketQueue } from "./ticket-queue";
import type { BenchModule } from "./types";

/**
 * Every benchmark of the project, in the order `npm run bench` runs them. A new measurement is a module in this
 * folder exporting `{ name, description, run(ctx) }` that reports its figures through `ctx.report`, added here.
 */
export const BENCHES: BenchModule[] = [
  ticketQueue,
  booking,
  homePages,
  frameworkFloor,
  browserBytes,
  lighthouseScores,
  load,
  retrieval,
  concierge,
  mqtt,
  mqttDialects,
  sensors,
  pdf,
];
