import { INPUT_PARAMS } from "../rekenhulp-calc.ts";

/** The rekenhulp's inputs as typed, by their names in the rekenhulp's address (jongeren, bedrag, …). */
export type RekenFields = Record<(typeof INPUT_PARAMS)[keyof typeof INPUT_PARAMS], string>;

/** A municipality's choice within one randvoorwaarde. */
export interface ConditionChoice {
  /** The chosen option's id, "anders", or "" for none yet. */
  option: string;
  /** The text of "anders, namelijk …". */
  other: string;
  /** The municipality's own reasons and context. */
  note: string;
}

/** What a municipality filled in: kept in the address's fragment and in a saved file, never sent anywhere. */
export interface StartnotitieState {
  /** Name of the municipality. */
  municipality: string;
  /** Planned start, "YYYY-MM-DD" or "". */
  start: string;
  /** The aanleiding, in the municipality's words. */
  reasons: string;
  /** Own decision points, one a line; "" keeps the suggested ones. */
  decisions: string;
  /** The rekenhulp's inputs. */
  reken: RekenFields;
  /** Per randvoorwaarde id, the choice. */
  choices: Record<string, ConditionChoice>;
}

const PLAIN = { municipality: "gemeente", start: "start", reasons: "aanleiding", decisions: "beslispunten" } as const;

/** An empty startnotitie: nothing chosen, no number of young people, and the release's monthly amount and months. */
export function emptyState(defaults: { monthlyAmount: number; months: number }): StartnotitieState {
  return {
    municipality: "",
    start: "",
    reasons: "",
    decisions: "",
    reken: { jongeren: "", bedrag: String(defaults.monthlyAmount), maanden: String(defaults.months), begeleiding: "", anbi: "", invoering: "" },
    choices: {},
  };
}

/**
 * The state as a fragment (without "#"): only what is filled in and, of the rekenhulp's inputs, only what differs from
 * the release's own figures in `empty`, so a fresh form has an empty fragment and an address opened in a later release
 * computes with that release's figures.
 */
export function stateFragment(state: StartnotitieState, empty: StartnotitieState): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PLAIN) as [keyof typeof PLAIN, string][]) if (state[key]) params.set(name, state[key]);
  for (const [name, value] of Object.entries(state.reken) as [keyof RekenFields, string][]) if (value && value !== empty.reken[name]) params.set(name, value);
  for (const [id, choice] of Object.entries(state.choices)) {
    if (choice.option) params.set(`keuze-${id}`, choice.option);
    if (choice.other) params.set(`anders-${id}`, choice.other);
    if (choice.note) params.set(`toelichting-${id}`, choice.note);
  }
  return params.toString();
}

/** Reads a fragment back onto an empty state; unknown names are ignored. */
export function fragmentState(fragment: string, empty: StartnotitieState): StartnotitieState {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const state: StartnotitieState = { ...empty, reken: { ...empty.reken }, choices: {} };
  for (const [key, name] of Object.entries(PLAIN) as [keyof typeof PLAIN, string][]) state[key] = params.get(name) ?? "";
  for (const name of Object.keys(state.reken) as (keyof RekenFields)[]) {
    const value = params.get(name);
    if (value !== null) state.reken[name] = value;
  }
  for (const [name, value] of params) {
    const match = /^(keuze|anders|toelichting)-([a-z0-9-]+)$/.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const choice = (state.choices[match[2]] ??= { option: "", other: "", note: "" });
    if (match[1] === "keuze") choice.option = value;
    else if (match[1] === "anders") choice.other = value;
    else choice.note = value;
  }
  return state;
}

/** The query of the rekenhulp's inputs, as `parseInput` and the rekenhulp's own address read it. */
export function rekenQuery(state: StartnotitieState): string {
  return new URLSearchParams(Object.entries(state.reken)).toString();
}
