// Session planner: makes the server-rendered example interactive, lets the trainer order modules, keeps it all in the URL.
import { formatClock, parseClock } from "../../toolkit/clock.ts";
import { minutes as formatMinutes } from "../../format/minutes.ts";
import type { ProgrammeBlock } from "../../toolkit/draaiboek.ts";
import { planDays, type DayChoice, type DayPlan, type PlannedBlock, type PlannedDay, type PlannerModule } from "../../toolkit/plan-day.ts";
import { DEFAULT_TIMES } from "../../toolkit/sample-day.ts";

/** A module as the page offers it, with the pages a plan links to. */
interface OfferedModule extends PlannerModule {
  url: string;
  trainerUrl: string;
  presentationUrl: string;
}

const form = document.querySelector<HTMLFormElement>("#planner");
const list = document.querySelector<HTMLOListElement>("#planner-modules");
const result = document.querySelector<HTMLElement>("#planner-result");
const heading = document.querySelector<HTMLElement>("#planner-uitkomst");
const intro = document.querySelector<HTMLElement>("#planner-intro");
const status = document.querySelector<HTMLElement>("#planner-status");
const start = document.querySelector<HTMLInputElement>("#planner-start");
const end = document.querySelector<HTMLInputElement>("#planner-eind");
const pause = document.querySelector<HTMLSelectElement>("#planner-pauze");
const lunch = document.querySelector<HTMLSelectElement>("#planner-lunch");

if (form && list && result && heading && intro && status && start && end && pause && lunch) {
  const items = (): HTMLLIElement[] => [...list.querySelectorAll<HTMLLIElement>(":scope > li")];
  const boxOf = (item: HTMLLIElement): HTMLInputElement | null => item.querySelector<HTMLInputElement>('input[name="modules"]');
  const modules: OfferedModule[] = items().flatMap((item) => {
    const box = boxOf(item);
    if (!box) return [];
    return [
      {
        id: box.value,
        title: box.dataset.title ?? box.value,
        url: box.dataset.url ?? "#",
        trainerUrl: box.dataset.trainerUrl ?? "#",
        presentationUrl: box.dataset.presentationUrl ?? "#",
        programme: JSON.parse(box.dataset.programme ?? "[]") as ProgrammeBlock[],
      },
    ];
  });
  const siteAddress = result.querySelector(".day-plan__address")?.textContent?.replace(/\/toolkit\/.*$/, "") ?? "";
  const metaLabel = result.querySelector(".day-plan__meta")?.firstChild?.textContent ?? "Sessieplanner · ";

  const readChoice = (): DayChoice => ({
    modules: items().flatMap((item) => {
      const box = boxOf(item);
      return box?.checked ? [box.value] : [];
    }),
    start: parseClock(start.value) ?? DEFAULT_TIMES.start,
    end: parseClock(end.value) ?? DEFAULT_TIMES.end,
    breakMinutes: Number(pause.value),
    lunchMinutes: Number(lunch.value),
  });

  const update = (): void => {
    const choice = readChoice();
    writeUrl(choice);
    const plan = planDays(modules, choice);
    result.replaceChildren(...renderPlan(plan, modules, { label: metaLabel, address: `${siteAddress}${window.location.pathname}${window.location.search}` }));
    updateMoveButtons(items());
  };

  form.hidden = false;
  heading.textContent = "Jouw dagprogramma";
  intro.textContent =
    "Het programma volgt je keuze. Het adres van deze pagina bewaart de modules, hun volgorde en de tijden: kopieer het om de planning te delen.";
  applyUrl(new URLSearchParams(window.location.search), list, items, boxOf, { start, end, pause, lunch });
  update();
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-move]");
    const item = button?.closest("li");
    if (!button || !item || !move(list, item, Number(button.dataset.move))) return;
    update();
    const position = items().indexOf(item) + 1;
    status.textContent = `${boxOf(item)?.dataset.title ?? ""} staat nu op plaats ${position} van ${items().length}.`;
    button.focus();
  });
  form.querySelector<HTMLButtonElement>("#planner-print")?.addEventListener("click", () => window.print());
}

/** Moves a module one place up (-1) or down (1); false when it is already first or last. */
function move(list: HTMLOListElement, item: HTMLLIElement, step: number): boolean {
  const sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
  if (!sibling) return false;
  if (step < 0) sibling.before(item);
  else sibling.after(item);
  return true;
}

/** Marks Hoger on the first module and Lager on the last as unavailable; they stay focusable, so focus never gets lost. */
function updateMoveButtons(items: readonly HTMLLIElement[]): void {
  items.forEach((item, index) => {
    for (const button of item.querySelectorAll<HTMLButtonElement>("button[data-move]")) {
      const edge = button.dataset.move === "-1" ? index === 0 : index === items.length - 1;
      button.setAttribute("aria-disabled", String(edge));
    }
  });
}

/**
 * Restores a shared plan: `modules` (chosen ids in order, which also orders the list), `start`, `eind`, `pauze` and
 * `lunch`. Addresses of the one-day planner (without `eind`, modules in release order) open the same selection.
 */
function applyUrl(
  params: URLSearchParams,
  list: HTMLOListElement,
  items: () => HTMLLIElement[],
  boxOf: (item: HTMLLIElement) => HTMLInputElement | null,
  fields: { start: HTMLInputElement; end: HTMLInputElement; pause: HTMLSelectElement; lunch: HTMLSelectElement },
): void {
  const chosen = params.get("modules");
  if (chosen !== null) {
    const ids = chosen.split(",").filter(Boolean);
    const byId = new Map(items().map((item) => [boxOf(item)?.value ?? "", item]));
    const ordered = ids.flatMap((id) => byId.get(id) ?? []);
    for (const item of [...ordered].reverse()) list.prepend(item);
    for (const item of items()) {
      const box = boxOf(item);
      if (box) box.checked = ids.includes(box.value);
    }
  }
  const time = (input: HTMLInputElement, value: string | null): void => {
    if (value !== null && parseClock(value) !== undefined) input.value = value;
  };
  time(fields.start, params.get("start"));
  time(fields.end, params.get("eind"));
  const option = (select: HTMLSelectElement, value: string | null): void => {
    if (value !== null && [...select.options].some((candidate) => candidate.value === value)) select.value = value;
  };
  option(fields.pause, params.get("pauze"));
  option(fields.lunch, params.get("lunch"));
}

/** Writes the plan into the address, so that it can be shared and reloaded. */
function writeUrl(choice: DayChoice): void {
  const params = new URLSearchParams({
    modules: choice.modules.join(","),
    start: formatClock(choice.start),
    eind: formatClock(choice.end),
    pauze: String(choice.breakMinutes),
    lunch: String(choice.lunchMinutes),
  });
  // Commas stay readable in a shared address; URLSearchParams reads them either way.
  window.history.replaceState(null, "", `${window.location.pathname}?${params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":")}`);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The plan as the partial day-plan.njk renders it: warnings, then a section per day. */
function renderPlan(plan: DayPlan, modules: readonly OfferedModule[], meta: PrintedMeta): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  if (plan.warnings.length > 0) {
    const alert = element("div", undefined, { class: "utrecht-alert utrecht-alert--warning notice planner-warnings", role: "note", "aria-label": "Let op" });
    const content = element("div", undefined, { class: "utrecht-alert__content utrecht-alert__message" });
    const warnings = element("ul");
    warnings.append(...plan.warnings.map((warning) => element("li", warning)));
    content.append(warnings);
    alert.append(content);
    nodes.push(alert);
  }
  if (plan.days.length === 0) nodes.push(element("p", "Kies minstens één module."));
  nodes.push(...plan.days.map((day) => renderDay(day, plan.days.length, modules, meta)));
  return nodes;
}

/** The line each printed day ends with: the planner's release and the address of this plan. */
interface PrintedMeta {
  label: string;
  address: string;
}

function renderDay(day: PlannedDay, count: number, modules: readonly OfferedModule[], printed: PrintedMeta): HTMLElement {
  const section = element("section", undefined, { class: "day-plan", "aria-labelledby": `dag-${day.number}` });
  const title = `Dag ${day.number}${count > 1 ? ` van ${count}` : ""}: ${day.start}–${day.end}`;
  section.append(element("h3", title, { class: "utrecht-heading-3 day-plan__title", id: `dag-${day.number}` }));
  const summary = `${day.lunch ? `Lunch van ${day.lunch.start} tot ${day.lunch.end}.` : "Geen lunch op deze dag."}${day.overrun ? " Deze dag loopt langer dan de gekozen eindtijd." : ""}`;
  section.append(element("p", summary, { class: "day-plan__summary" }));
  const wrapper = element("div", undefined, { class: "table-scroll", role: "region", "aria-labelledby": `dag-${day.number}-tabel`, tabindex: "0" });
  const table = element("table", undefined, { class: "utrecht-table utrecht-table--html-table programme day-plan__table" });
  table.append(element("caption", `Dagprogramma van ${day.start} tot ${day.end} (${formatMinutes(day.totalMinutes)})`, { id: `dag-${day.number}-tabel` }));
  const headRow = element("tr");
  headRow.append(...["Tijd", "Onderdeel", "Soort"].map((label) => element("th", label, { scope: "col" })));
  const head = element("thead");
  head.append(headRow);
  table.append(head);
  for (const part of day.parts) {
    const body = element("tbody");
    if (part.type === "module") {
      const module = modules.find((candidate) => candidate.id === part.id);
      const cell = element("th", undefined, { scope: "rowgroup", colspan: "3" });
      const links = element("span", " · ", { class: "no-print" });
      links.append(
        element("a", "presenteren", { href: module?.presentationUrl ?? "#" }),
        " · ",
        element("a", "trainersversie", { href: module?.trainerUrl ?? "#" }),
      );
      cell.append(
        element("span", `${part.start}–${part.end}`, { class: "day-plan__time" }),
        " ",
        element("a", part.title, { href: module?.url ?? "#" }),
        links,
      );
      const titleRow = element("tr", undefined, { class: "day-plan__module" });
      titleRow.append(cell);
      body.append(titleRow, ...part.blocks.map(blockRow));
    } else {
      body.append(blockRow(part.block));
    }
    table.append(body);
  }
  wrapper.append(table);
  section.append(wrapper);
  const meta = element("p", printed.label, { class: "day-plan__meta" });
  meta.append(element("span", printed.address, { class: "day-plan__address" }));
  section.append(meta);
  return section;
}

function blockRow(block: PlannedBlock): HTMLTableRowElement {
  const row = element("tr", undefined, { class: `programme__${block.kind}` });
  const what = element("td", block.title);
  if (block.note) what.append(" ", element("span", block.note, { class: "day-plan__note" }));
  row.append(element("td", `${block.start}–${block.end}`, { class: "day-plan__time" }), what, element("td", block.kind));
  return row;
}
