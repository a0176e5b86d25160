// Session planner: makes the server-rendered sample day interactive and keeps the choice in the URL.
import { formatClock, parseClock } from "../../toolkit/clock.ts";
import { minutes as formatMinutes } from "../../format/minutes.ts";
import type { ProgrammeBlock } from "../../toolkit/draaiboek.ts";
import { planDay, type DayChoice, type DayPlan, type PlannerModule } from "../../toolkit/plan-day.ts";

const form = document.querySelector<HTMLFormElement>("#planner");
const result = document.querySelector<HTMLElement>("#planner-result");
const heading = document.querySelector<HTMLElement>("#planner-uitkomst");
const intro = document.querySelector<HTMLElement>("#planner-intro");

if (form && result && heading && intro) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="modules"]')];
  const modules: (PlannerModule & { url: string })[] = boxes.map((box) => ({
    id: box.value,
    title: box.dataset.title ?? box.value,
    url: box.dataset.url ?? "#",
    programme: JSON.parse(box.dataset.programme ?? "[]") as ProgrammeBlock[],
  }));
  const start = form.querySelector<HTMLInputElement>("#planner-start");
  const pause = form.querySelector<HTMLSelectElement>("#planner-pauze");
  const lunch = form.querySelector<HTMLSelectElement>("#planner-lunch");

  const readChoice = (): DayChoice => ({
    modules: boxes.filter((box) => box.checked).map((box) => box.value),
    start: parseClock(start?.value ?? "") ?? 9 * 60 + 30,
    breakMinutes: Number(pause?.value ?? 15),
    lunchMinutes: Number(lunch?.value ?? 45),
  });

  const applyUrl = (): void => {
    const params = new URLSearchParams(window.location.search);
    const chosen = params.get("modules");
    if (chosen !== null) {
      const ids = new Set(chosen.split(",").filter(Boolean));
      for (const box of boxes) box.checked = ids.has(box.value);
    }
    const startParam = params.get("start");
    if (start && startParam !== null && parseClock(startParam) !== undefined) start.value = startParam;
    const pauseParam = params.get("pauze");
    if (pause && pauseParam !== null && [...pause.options].some((option) => option.value === pauseParam)) pause.value = pauseParam;
    const lunchParam = params.get("lunch");
    if (lunch && lunchParam !== null && [...lunch.options].some((option) => option.value === lunchParam)) lunch.value = lunchParam;
  };

  const writeUrl = (choice: DayChoice): void => {
    const params = new URLSearchParams({
      modules: choice.modules.join(","),
      start: formatClock(choice.start),
      pauze: String(choice.breakMinutes),
      lunch: String(choice.lunchMinutes),
    });
    window.history.replaceState(null, "", `${window.location.pathname}?${params.toString()}`);
  };

  const update = (): void => {
    const choice = readChoice();
    writeUrl(choice);
    result.replaceChildren(renderPlan(planDay(modules, choice), modules));
  };

  form.hidden = false;
  heading.textContent = "Jouw dagprogramma";
  intro.textContent = "Het programma past zich aan je keuze aan. Het adres van deze pagina bewaart je keuze: kopieer het om de dag te delen.";
  applyUrl();
  update();
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.querySelector<HTMLButtonElement>("#planner-print")?.addEventListener("click", () => window.print());
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function row(cells: string[], className: string): HTMLTableRowElement {
  const tr = element("tr", undefined, { class: className });
  for (const cell of cells) tr.append(element("td", cell));
  return tr;
}

function renderPlan(plan: DayPlan, modules: readonly { id: string; url: string }[]): HTMLElement {
  const wrapper = element("div", undefined, { class: "table-scroll", role: "region", "aria-labelledby": "dagprogramma-titel", tabindex: "0" });
  const table = element("table", undefined, { class: "programme day-plan" });
  if (plan.parts.length === 0) {
    wrapper.replaceChildren(element("p", "Kies minstens één module."));
    return wrapper;
  }
  table.append(element("caption", `Dagprogramma van ${plan.start} tot ${plan.end} (${formatMinutes(plan.totalMinutes)})`, { id: "dagprogramma-titel" }));
  const head = element("thead");
  const headRow = element("tr");
  for (const label of ["Tijd", "Onderdeel", "Soort"]) headRow.append(element("th", label, { scope: "col" }));
  head.append(headRow);
  table.append(head);
  for (const part of plan.parts) {
    const body = element("tbody");
    if (part.type === "module") {
      const title = element("th", `${part.start}–${part.end} `, { scope: "rowgroup", colspan: "3" });
      title.append(element("a", part.title, { href: modules.find((module) => module.id === part.id)?.url ?? "#" }));
      const titleRow = element("tr", undefined, { class: "day-plan__module" });
      titleRow.append(title);
      body.append(titleRow, ...part.blocks.map((block) => row([`${block.start}–${block.end}`, block.title, block.kind], `programme__${block.kind}`)));
    } else {
      body.append(row([`${part.start}–${part.end}`, part.title, "pauze"], "programme__pauze"));
    }
    table.append(body);
  }
  wrapper.append(table);
  return wrapper;
}
