/** Counters of one MQTT bridge (one per app process in production; tests run several). */
export type MqttMetrics = {
  received: number;
  /** topic or payload failed validation */
  malformed: number;
  /** a device (or command) not in the registry */
  unknownDevice: number;
  /** access events written (an idempotent put: a redelivery from the broker is written again, as the same item) */
  eventsStored: number;
  /** copies of an event this instance was already writing (QoS 1 redelivery), or repeated within one batch */
  eventsDuplicate: number;
  /** events of other types (alarm, telemetry): validated, not stored as access logs */
  eventsIgnored: number;
  /** alarm events applied (opened, repeated or cleared an alarm) */
  alarmsApplied: number;
  /** telemetry events stored */
  telemetryApplied: number;
  /** telemetry events already stored (redelivery, another instance) or beyond an hour's bound */
  telemetryDuplicate: number;
  statesApplied: number;
  statesStale: number;
  availabilityApplied: number;
  acksApplied: number;
  /** acks for commands another instance or the sweeper had already ended */
  acksLate: number;
  commandsSent: number;
  /** handler failures (database down…): the message is not acknowledged, so the broker redelivers it */
  handlerErrors: number;
  /**
   * messages acknowledged and dropped because they can never be stored: beyond the size, depth or number bounds,
   * refused by the database, or failing the same way MAX_DELIVERIES times (server/mqtt/poison.ts)
   */
  poison: number;
  reconnects: number;
  /** QoS 1 messages that arrived while stopping: left unacknowledged for the broker to deliver again */
  leftForRedelivery: number;
};

export const newMqttMetrics = (): MqttMetrics => ({
  received: 0,
  malformed: 0,
  unknownDevice: 0,
  eventsStored: 0,
  eventsDuplicate: 0,
  eventsIgnored: 0,
  alarmsApplied: 0,
  telemetryApplied: 0,
  telemetryDuplicate: 0,
  statesApplied: 0,
  statesStale: 0,
  availabilityApplied: 0,
  acksApplied: 0,
  acksLate: 0,
  commandsSent: 0,
  handlerErrors: 0,
  poison: 0,
  reconnects: 0,
  leftForRedelivery: 0,
});
