import { describe, expect, it } from "vitest";
import { offlineLook } from "../../../src/assets/ts/offline-state.ts";

describe("the offline kit's states", () => {
  it("offers to save a release that is not saved, with its size", () => {
    expect(offlineLook({ kind: "niet-bewaard" }, "2.0", "1,4")).toMatchObject({
      state: "niet-bewaard",
      saveLabel: "Bewaar release 2.0 voor offline gebruik (1,4 MB)",
      saveHidden: false,
      removeHidden: true,
      status: "Niet bewaard op dit apparaat.",
      progress: null,
    });
  });

  it("shows progress while saving and cannot be pressed twice", () => {
    expect(offlineLook({ kind: "bezig", done: 3, total: 120 }, "2.0", "1,4")).toMatchObject({
      saveLabel: "Bezig met bewaren…",
      saveDisabled: true,
      status: "Bezig met bewaren: 3 van 120 bestanden.",
      progress: { done: 3, total: 120 },
    });
  });

  it("says clearly when saved, hides the save button and offers to remove", () => {
    const look = offlineLook({ kind: "bewaard" }, "2.0", "1,4");
    expect(look).toMatchObject({ saveHidden: true, removeHidden: false });
    expect(look.status).toMatch(/^Bewaard op dit apparaat\./);
    expect(look.saveLabel).not.toBe(look.status);
  });

  it("says when a saved copy is brought up to date, and when it was removed or failed", () => {
    expect(offlineLook({ kind: "bijwerken" }, "2.0", "1,4")).toMatchObject({ saveDisabled: true, removeHidden: true });
    expect(offlineLook({ kind: "bijwerken" }, "2.0", "1,4").status).toContain("nieuwere versie");
    expect(offlineLook({ kind: "verwijderd" }, "2.0", "1,4")).toMatchObject({
      saveHidden: false,
      removeHidden: true,
      status: "Verwijderd: release 2.0 is niet meer bewaard op dit apparaat.",
    });
    expect(offlineLook({ kind: "mislukt", reason: "geen ruimte" }, "2.0", "1,4").status).toBe("Bewaren is niet gelukt: geen ruimte. Probeer het opnieuw.");
  });
});
