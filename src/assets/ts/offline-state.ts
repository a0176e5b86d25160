// What the offline kit shows in each of its states: one pure function, so every state reads the same in the browser and in tests.

/** The states of a release's offline copy on this device. */
export type OfflineState =
  | { kind: "niet-bewaard" }
  | { kind: "bezig"; done: number; total: number }
  | { kind: "bewaard" }
  | { kind: "bijwerken" }
  | { kind: "verwijderd" }
  | { kind: "mislukt"; reason: string };

/** How the kit looks in a state: its buttons, status line and progress. */
export interface OfflineLook {
  /** The state's name, set as `data-state` on the box for the styling. */
  state: OfflineState["kind"];
  /** The save button's text. */
  saveLabel: string;
  /** True when the save button is not shown (the release is saved). */
  saveHidden: boolean;
  /** True while saving: the button cannot be pressed twice. */
  saveDisabled: boolean;
  /** True when the remove button is not shown (nothing saved). */
  removeHidden: boolean;
  /** The status line, read out by screen readers. */
  status: string;
  /** Files saved and to save while saving; null otherwise. */
  progress: { done: number; total: number } | null;
}

/** The look of the kit of release `version` (its download `size` in MB, as text) in `state`. */
export function offlineLook(state: OfflineState, version: string, size: string): OfflineLook {
  const idle = {
    state: state.kind,
    saveLabel: `Bewaar release ${version} voor offline gebruik (${size} MB)`,
    saveHidden: false,
    saveDisabled: false,
    removeHidden: true,
    progress: null,
  };
  switch (state.kind) {
    case "niet-bewaard":
      return { ...idle, status: `Niet bewaard op dit apparaat.` };
    case "bezig":
      return {
        ...idle,
        saveLabel: `Bezig met bewaren…`,
        saveDisabled: true,
        status: `Bezig met bewaren: ${state.done} van ${state.total} bestanden.`,
        progress: { done: state.done, total: state.total },
      };
    case "bijwerken":
      return {
        ...idle,
        saveLabel: `Bezig met bijwerken…`,
        saveDisabled: true,
        status: `Er is een nieuwere versie van release ${version}, bijvoorbeeld met een correctie. Je bewaarde kopie wordt bijgewerkt.`,
      };
    case "bewaard":
      return {
        ...idle,
        saveHidden: true,
        removeHidden: false,
        status: `Bewaard op dit apparaat. Je kunt release ${version} nu ook zonder internet lezen en doorzoeken.`,
      };
    case "verwijderd":
      return { ...idle, status: `Verwijderd: release ${version} is niet meer bewaard op dit apparaat.` };
    case "mislukt":
      return {
        ...idle,
        saveLabel: `Probeer opnieuw: bewaar release ${version} (${size} MB)`,
        status: `Bewaren is niet gelukt: ${state.reason}. Probeer het opnieuw.`,
      };
  }
}
