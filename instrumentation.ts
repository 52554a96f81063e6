/**
 * Once per server process (Next.js calls `register` at start-up): open the app's MQTT connection and start its
 * sweepers (command timeouts, stay door codes), and take over SIGTERM/SIGINT for a graceful stop
 * (server/runtime/shutdown.ts; needs NEXT_MANUAL_SIG_HANDLE=1). Node.js runtime only, and never while
 * `next build` runs (see mqttWanted).
 */
export async function register() {
  // Set by Next itself; read raw because nothing may be imported before it (the Edge runtime runs this file too).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Every variable of server/config.ts, validated once: a bad one stops the server with one line each.
  const { checkConfigAtStart, config } = await import("./server/config");
  checkConfigAtStart();
  const { addMqttRuntimeJob, startMqttRuntime } = await import("./server/mqtt/runtime");
  const { sweepStayDoorCodes } = await import("./server/services/door-codes/door-code-sweeper");
  const { installShutdownHandlers } = await import("./server/runtime/shutdown");
  addMqttRuntimeJob({ name: "stay-door-codes", everyMs: 60_000, run: () => sweepStayDoorCodes() });
  const { sweepOfflineDevices } = await import("./server/services/alarms/sweep-offline-devices");
  addMqttRuntimeJob({ name: "offline-alarms", everyMs: 60_000, run: () => sweepOfflineDevices() });
  // channel iCal feeds (issue 17): each feed is due on its own jittered schedule; this only looks for due ones
  const { pollChannelFeeds } = await import("./server/services/channel-feeds/poll-channel-feeds");
  addMqttRuntimeJob({ name: "channel-feeds", everyMs: 60_000, run: () => pollChannelFeeds() });
  // stays still checked in at their check-out time end then; stays never checked in become no-shows (issue 17)
  const { sweepCheckOuts } = await import("./server/services/stays/sweep-check-outs");
  const { sweepNoShows } = await import("./server/services/stays/sweep-no-shows");
  addMqttRuntimeJob({ name: "check-outs", everyMs: 60_000, run: () => sweepCheckOuts() });
  addMqttRuntimeJob({ name: "no-shows", everyMs: 300_000, run: () => sweepNoShows() });
  // a mission step asked for a time ("let the plumber in at 3") runs then (issue 21)
  const { runScheduledMissions } = await import("./server/agents/run-scheduled-missions");
  addMqttRuntimeJob({ name: "scheduled-missions", everyMs: 30_000, run: () => runScheduledMissions() });
  // access passes (issue 18): each window's code goes onto its locks at its start and off at its end
  const { sweepPasses } = await import("./server/services/passes/sweep-passes");
  addMqttRuntimeJob({ name: "passes", everyMs: 60_000, run: () => sweepPasses() });
  // guests' ID files and details are deleted the building's retention days after check-out (issue 17)
  const { sweepGuestData } = await import("./server/services/checkin/sweep-guest-data");
  addMqttRuntimeJob({ name: "guest-data", everyMs: 3_600_000, run: () => sweepGuestData() });
  // the guest message timeline (issue 17): each due message claimed by a conditional write, sent once
  const { sweepStayMessages } = await import("./server/services/guest-messages/sweep-stay-messages");
  addMqttRuntimeJob({ name: "guest-messages", everyMs: 60_000, run: () => sweepStayMessages() });
  // cleaning codes past their window, or of a cancelled turnover or stay, come off the locks (issue 17)
  const { sweepTurnoverCodes } = await import("./server/services/turnovers/sweep-turnover-codes");
  addMqttRuntimeJob({ name: "turnover-codes", everyMs: 300_000, run: () => sweepTurnoverCodes() });
  // money (issue 22): late fees once per building-day (claimed across instances), overdue-bill reminders
  const { sweepBilling } = await import("./server/services/billing/sweep-billing");
  addMqttRuntimeJob({ name: "billing", everyMs: 3_600_000, run: () => sweepBilling() });
  // the access-day counters count the table stream's new door events, once each (issue 19; access-count-stream.ts)
  const { catchUpAccessCounts } = await import("./server/db/access-count-stream");
  addMqttRuntimeJob({ name: "access-counts", everyMs: 1_000, run: () => catchUpAccessCounts() });
  startMqttRuntime();
  if (config().NEXT_PHASE !== "phase-production-build") installShutdownHandlers();
}
