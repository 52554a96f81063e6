import "server-only";
import type { DeviceCommand } from "@/lib/domain/device-command";

type Waiter = { resolve: (c: DeviceCommand | null) => void; timer: NodeJS.Timeout };

/** Commands this instance is waiting on, by id: the ack handler hands them their ended command. */
export class CommandWaiters {
  private readonly map = new Map<string, Set<Waiter>>();

  /** Resolves with the ended command when an ack for it is handled here, or null after `ms`. */
  wait(commandId: string, ms: number): Promise<DeviceCommand | null> {
    return new Promise((resolve) => {
      const set = this.map.get(commandId) ?? new Set<Waiter>();
      this.map.set(commandId, set);
      const w: Waiter = {
        resolve: (c) => {
          clearTimeout(w.timer);
          set.delete(w);
          if (set.size === 0) this.map.delete(commandId);
          resolve(c);
        },
        timer: setTimeout(() => w.resolve(null), Math.max(0, ms)),
      };
      set.add(w);
    });
  }

  resolve(c: DeviceCommand): void {
    for (const w of [...(this.map.get(c.id) ?? [])]) w.resolve(c);
  }

  /** On stop: waiters fall back to reading the stored command. */
  rejectAll(): void {
    for (const set of [...this.map.values()]) for (const w of [...set]) w.resolve(null);
  }

  get size(): number {
    return this.map.size;
  }
}
