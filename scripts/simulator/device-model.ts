import type { DeviceType } from "@/lib/domain/device";
import { deleteCodeParamsSchema, setCodeParamsSchema } from "@/lib/domain/device-command";

/** What the simulator knows about one device: enough to play it over the MQTT contract. */
export type SimDevice = {
  id: string;
  buildingId: string;
  type: DeviceType;
  /** the last state the registry holds (without `ts`): the simulator starts from it */
  state: Record<string, unknown>;
};

/** A PIN the lock holds (set by `set_code`, or loaded from the registry at start). */
export type SimCode = { codeId: string; pin: string; validFrom: string; validUntil: string };

export type CommandOutcome = {
  status: "ok" | "rejected" | "failed";
  reason?: string;
  /** the device's state after the command (sent with the ack and republished when it changed) */
  state?: Record<string, unknown>;
  changed: boolean;
};

/** A device's playing state: its reported state and, for locks, the codes it holds. */
export class DeviceModel {
  state: Record<string, unknown>;
  readonly codes = new Map<string, SimCode>();

  constructor(
    readonly device: SimDevice,
    codes: SimCode[] = [],
  ) {
    const { ts: _ts, ...state } = device.state;
    this.state =
      device.type === "lock"
        ? { locked: true, battery: 90, ...state }
        : device.type === "valve"
          ? { open: true, ...state }
          : { ...state };
    for (const c of codes) this.codes.set(c.codeId, c);
  }

  /** The state as published on `…/state`: what the device reports, stamped now. */
  snapshot(now = new Date()): Record<string, unknown> {
    return { ...this.state, ts: now.toISOString() };
  }

  /**
   * Runs one command of the contract. A command past its `expiresAt` is refused (the server has given up on it),
   * lock actions on other device types are refused, malformed parameters are refused.
   */
  apply(action: string, params: Record<string, unknown>, expiresAt: string | undefined, now = new Date()) {
    if (expiresAt && Date.parse(expiresAt) < now.getTime()) return rejected("expired");
    if (action === "refresh") return { status: "ok", state: this.snapshot(now), changed: false } as const;
    if (this.device.type === "valve" && (action === "close" || action === "open")) {
      const open = action === "open";
      const changed = this.state.open !== open;
      this.state = { ...this.state, open };
      return { status: "ok", state: this.snapshot(now), changed } as const;
    }
    if (this.device.type !== "lock") return rejected(`unsupported action ${action}`);
    switch (action) {
      case "lock":
      case "unlock": {
        const locked = action === "lock";
        const changed = this.state.locked !== locked;
        this.state = { ...this.state, locked, battery: this.drain() };
        return { status: "ok", state: this.snapshot(now), changed } as const;
      }
      case "set_code": {
        const p = setCodeParamsSchema.safeParse(params);
        if (!p.success) return rejected("invalid code parameters");
        if (Date.parse(p.data.validUntil) <= Date.parse(p.data.validFrom)) return rejected("empty validity");
        this.codes.set(p.data.codeId, p.data);
        return { status: "ok", state: this.snapshot(now), changed: false } as const;
      }
      case "delete_code": {
        const p = deleteCodeParamsSchema.safeParse(params);
        if (!p.success) return rejected("invalid code parameters");
        // deleting a code the lock does not hold is done already: the sweeper may retry
        this.codes.delete(p.data.codeId);
        return { status: "ok", state: this.snapshot(now), changed: false } as const;
      }
      default:
        return rejected(`unknown action ${action}`);
    }
  }

  /** Someone types `pin` on the keypad: granted with the code's id when a code holds it and is valid now. */
  tryPin(pin: string, now = new Date()): { result: "granted" | "denied"; codeId?: string } {
    const t = now.getTime();
    for (const c of this.codes.values()) {
      if (c.pin === pin && Date.parse(c.validFrom) <= t && t <= Date.parse(c.validUntil)) {
        return { result: "granted", codeId: c.codeId };
      }
    }
    return { result: "denied" };
  }

  /** Some codes that work now (for the random access events, which sometimes play a guest at the door). */
  validCodes(now = new Date()): SimCode[] {
    const t = now.getTime();
    return [...this.codes.values()].filter(
      (c) => Date.parse(c.validFrom) <= t && t <= Date.parse(c.validUntil),
    );
  }

  /** Each motor run costs a little battery now and then, never below 5 %. */
  private drain(): number {
    const battery = typeof this.state.battery === "number" ? this.state.battery : 90;
    return Math.random() < 0.1 ? Math.max(5, battery - 1) : battery;
  }

  /** The state's numbers under the telemetry contract's names (temperature, humidity, co_ppm), or null. */
  readings(): Record<string, number> | null {
    const s = this.state;
    const out: Record<string, number> = {};
    const put = (name: string, v: unknown) => {
      if (typeof v === "number" && Number.isFinite(v)) out[name] = v;
    };
    put("temperature", this.device.type === "sensor" ? s.celsius : s.temperature);
    put("humidity", s.humidity);
    put("co_ppm", s.ppm);
    return Object.keys(out).length ? out : null;
  }

  /** Sensors and thermostats wander a little, so the pages have something to show over time. */
  wander(): boolean {
    const s = this.state;
    const nudge = (v: unknown, step: number, min: number, max: number) =>
      typeof v === "number"
        ? Math.round(Math.min(max, Math.max(min, v + (Math.random() - 0.5) * step)) * 10) / 10
        : v;
    if (this.device.type === "thermostat") {
      this.state = { ...s, temperature: nudge(s.temperature, 0.6, 15, 28) };
      return true;
    }
    if (this.device.type === "sensor" && s.kind === "temperature") {
      this.state = { ...s, celsius: nudge(s.celsius, 0.6, 15, 28), humidity: nudge(s.humidity, 2, 20, 70) };
      return true;
    }
    if (this.device.type === "sensor" && s.kind === "co") {
      this.state = { ...s, ppm: Math.round(nudge(s.ppm, 2, 0, 15) as number) };
      return true;
    }
    return false;
  }
}

function rejected(reason: string) {
  return { status: "rejected", reason, changed: false } as const;
}
