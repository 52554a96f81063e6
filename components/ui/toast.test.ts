import { describe, expect, it } from "vitest";
import { onSonnerLoaded, toast } from "./toast";

describe("toast (sonner loaded on demand)", () => {
  it("hands a toast made before sonner is loaded to sonner, and tells the Toaster to mount", async () => {
    const loaded = new Promise<typeof import("sonner")>((resolve) => onSonnerLoaded(resolve));
    toast.success("Saved");
    toast.error("Not saved");
    const sonner = await loaded;
    // sonner keeps them until its <Toaster> subscribes, which replays them then
    await Promise.resolve();
    const made = sonner.toast.getToasts().map((t) => ("type" in t ? [t.type, t.title] : null));
    expect(made).toEqual(
      expect.arrayContaining([
        ["success", "Saved"],
        ["error", "Not saved"],
      ]),
    );
  });

  it("tells a Toaster that subscribes after sonner is loaded at once", async () => {
    const again = await new Promise<typeof import("sonner")>((resolve) => onSonnerLoaded(resolve));
    expect(again.Toaster).toBe((await import("sonner")).Toaster);
  });
});
