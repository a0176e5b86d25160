import { dutchDate } from "../../format/dutch-date.ts";
import { dutchNumber } from "../../format/decimal.ts";
import { calculate, parseInput } from "../rekenhulp-calc.ts";
import { REKEN_FRAMING, rekenTexts } from "../rekenhulp-texts.ts";
import type { DocBlock, DocRun, OfficeDocument } from "./office-document.ts";
import type { CitedPage, ConditionBasis, Quote, StartnotitieBasis } from "./startnotitie-basis.ts";
import { rekenQuery, type StartnotitieState } from "./startnotitie-state.ts";

/** The label of the municipality's own text. */
const OWN_TEXT = "Eigen tekst gemeente";

/** The label of text the editors of the toolkit suggest. */
const SUGGESTED_TEXT = "Voorstel redactie";

const OPEN = "[nog niet ingevuld]";

/**
 * The startnotitie for what a municipality filled in: pure, so the page's preview, the ODT, the DOCX and the empty
 * documents of the build are one and the same text. Every sentence from the toolkit cites its page (release and
 * address), the municipality's own text says so, and so does text the editors suggest.
 */
export function startnotitieDocument(basis: StartnotitieBasis, state: StartnotitieState): OfficeDocument {
  const name = state.municipality.trim();
  const blocks: DocBlock[] = [
    { kind: "heading", level: 1, text: `Startnotitie Het Bouwdepot${name ? ` – gemeente ${name}` : ""}` },
    para({ text: `Gemaakt met de Toolkit Het Bouwdepot, ${basis.lasting}, stand ${basis.dateLabel}.`, strong: true }),
    para({ text: `Is er sindsdien iets veranderd? Zie ${basis.siteUrl}${basis.sinceUrl}` }),
    para({
      text: `Leeswijzer: bij tekst uit de toolkit staat de pagina waar die vandaan komt, met release en adres. Bij „${OWN_TEXT}” staat wat de gemeente zelf schreef. Bij „${SUGGESTED_TEXT}” staat tekst die de redactie van de toolkit voorstelt; pas die aan waar nodig.`,
    }),
    ...aanleiding(basis, state),
    { kind: "heading", level: 2, text: "Wat Het Bouwdepot is" },
    ...basis.about.map((quote) => quoted(quote, basis)),
    ...choices(basis, state),
    ...costs(basis, state),
    ...research(basis),
    ...municipalities(basis),
    ...decisions(basis, state),
    ...sources(basis, state),
  ];
  return {
    title: `Startnotitie Het Bouwdepot${name ? ` – gemeente ${name}` : ""}`,
    subject: `Toolkit Het Bouwdepot, ${basis.lasting}, stand ${basis.dateLabel}`,
    release: basis.version,
    date: basis.date,
    keywords: ["Het Bouwdepot", "startnotitie", `release ${basis.version}`],
    blocks,
  };
}

function para(...runs: DocRun[]): DocBlock {
  return { kind: "paragraph", runs };
}

/** "(release 2.0, „Titel”, https://…)": where a sentence from the toolkit stands. */
function cite(page: CitedPage, basis: StartnotitieBasis): DocRun {
  return { text: ` (release ${basis.version}, „${page.title}”, ${basis.siteUrl}${page.url})`, emphasis: true };
}

function quoted(quote: Quote, basis: StartnotitieBasis): DocBlock {
  return para({ text: quote.text }, cite(quote.page, basis));
}

function own(text: string): DocRun[] {
  return [{ text: `${OWN_TEXT}: `, strong: true }, { text: text.trim() || OPEN }];
}

function aanleiding(basis: StartnotitieBasis, state: StartnotitieState): DocBlock[] {
  const young = parseInput(rekenQuery(state), basis.reken.defaults);
  const count =
    state.reken.jongeren.trim() && !young.messages.some((message) => message.key === "youngPeople")
      ? `${dutchNumber(young.input.youngPeople)} jongeren`
      : "[aantal jongeren]";
  const start = /^\d{4}-\d{2}-\d{2}$/.test(state.start) ? dutchDate(state.start) : "[startdatum]";
  const name = state.municipality.trim() || "[naam gemeente]";
  return [
    { kind: "heading", level: 2, text: "Aanleiding" },
    ...state.reasons
      .split(/\n\s*\n/)
      .filter((part, index) => index === 0 || part.trim())
      .map((part) => para(...own(part))),
    para(...own(`De gemeente ${name} wil met Het Bouwdepot beginnen voor ${count}, vanaf ${start}.`)),
  ];
}

/** The municipality's choice in one randvoorwaarde, in words, and who wrote them. */
function choiceRuns(condition: ConditionBasis, state: StartnotitieState): DocRun[] {
  const choice = state.choices[condition.id];
  const option = condition.options.find((candidate) => candidate.id === choice?.option);
  if (option)
    return [
      { text: "Keuze van de gemeente: ", strong: true },
      { text: `${option.label}.` },
      { text: ` (keuze uit de toolkit, tekst van de redactie)`, emphasis: true },
    ];
  if (choice?.option === "anders")
    return [{ text: `Keuze van de gemeente (${OWN_TEXT.toLowerCase()}): `, strong: true }, { text: choice.other.trim() || OPEN }];
  return [{ text: "Keuze van de gemeente: ", strong: true }, { text: "[nog geen keuze gemaakt]" }];
}

function choiceText(condition: ConditionBasis, state: StartnotitieState): string {
  return choiceRuns(condition, state)
    .slice(1, 2)
    .map((run) => run.text)
    .join("");
}

function choices(basis: StartnotitieBasis, state: StartnotitieState): DocBlock[] {
  const mandatory = basis.conditions.filter((condition) => condition.kind === "verplicht").length;
  const blocks: DocBlock[] = [
    { kind: "heading", level: 2, text: "Keuzes per randvoorwaarde" },
    para({
      text: `${basis.lasting.replace(/^r/, "R")} noemt ${basis.conditions.length} randvoorwaarden: ${mandatory} verplicht en ${basis.conditions.length - mandatory} aanbevolen. Binnen elke randvoorwaarde kiest de gemeente zelf een aantal dingen.`,
    }),
    {
      kind: "table",
      caption: "Overzicht van de keuzes",
      head: ["Randvoorwaarde", "Soort", "Keuze van de gemeente"],
      rows: basis.conditions.map((condition) => [condition.title, condition.kind, choiceText(condition, state)]),
    },
  ];
  for (const condition of basis.conditions) {
    const note = state.choices[condition.id]?.note.trim() ?? "";
    blocks.push(
      { kind: "heading", level: 3, text: `${condition.title} (${condition.kind})` },
      ...(condition.summary ? [para({ text: "Wat de toolkit vraagt: ", strong: true }, { text: condition.summary }, cite(condition.page, basis))] : []),
      para({ text: "Wat de gemeente zelf kiest: ", strong: true }, { text: condition.localChoice }, cite(condition.page, basis)),
      para(...choiceRuns(condition, state)),
    );
    if (note) blocks.push(para({ text: `Toelichting (${OWN_TEXT.toLowerCase()}): `, strong: true }, { text: note }));
  }
  return blocks;
}

function costs(basis: StartnotitieBasis, state: StartnotitieState): DocBlock[] {
  const heading: DocBlock = { kind: "heading", level: 2, text: "Kosten" };
  const { input, messages } = parseInput(rekenQuery(state), basis.reken.defaults);
  if (!state.reken.jongeren.trim() || messages.some((message) => message.key === "youngPeople")) {
    return [
      heading,
      para(
        { text: `Vul het aantal jongeren in. Dan rekent de startnotitie de kosten uit met de rekenhulp van release ${basis.version}.` },
        cite(basis.rekenhulp, basis),
      ),
    ];
  }
  const texts = rekenTexts(input, calculate(input, basis.reken.youthNorm, basis.reken.alternatives));
  const entered = "Kosten van de gemeente (eigen invoer)";
  const blocks: DocBlock[] = [
    heading,
    para({
      text: `Berekend met de rekenhulp van release ${basis.version}, voor: ${texts.out.inputs ?? ""}. Met die bedragen maak je dezelfde berekening op ${basis.siteUrl}${basis.rekenhulp.url}`,
    }),
    ...messages.map((message) => para({ text: `Let op: ${message.text}` })),
    {
      kind: "table",
      caption: "Kosten van de hele periode",
      head: ["Kosten", "Bedrag", "Wiens kosten"],
      rows: [
        ["Bouwbudget (jongeren × bedrag per maand × maanden)", texts.out.budget ?? "", basis.costTexts.budgetKind],
        ["Waarvan boven wat de jongerennorm in dezelfde maanden zou betalen", texts.out.aboveYouthNorm ?? "", basis.costTexts.budgetKind],
        ["Begeleiding (jongeren × bedrag per jaar × jaren)", texts.out.guidance ?? "", entered],
        ["Route via de ANBI-stichting (bedrag per jaar × jaren)", texts.out.anbi ?? "", entered],
        ["Invoering (eenmalig)", texts.out.implementation ?? "", entered],
        [texts.out.totalLabel ?? "", texts.out.total ?? "", "Alles hierboven samen"],
        ["Per jongere", texts.out.perYoungPerson ?? "", "Alles hierboven, gedeeld door het aantal jongeren"],
      ],
    },
  ];
  if (texts.out.missing) blocks.push(para({ text: texts.out.missing, strong: true }));
  blocks.push(
    {
      kind: "table",
      caption: "Kosten per jaar",
      head: ["Jaar", "Bouwbudget", "Andere kosten (ingevuld)", "Samen"],
      rows: texts.years.map((year) => [year.label, year.budget, year.other, year.total]),
    },
    para({ text: basis.costTexts.youthNorm }, cite(basis.rekenhulp, basis)),
    para(
      {
        text: "De rekenhulp zet het bouwbudget naast kosten die Het Bouwdepot wil voorkomen, elk met bron, jaar en wiens kosten het zijn. Die kosten komen uit andere plaatsen en jaren. Ze worden niet opgeteld en voorspellen niet wat de gemeente bespaart.",
      },
      cite(basis.rekenhulp, basis),
    ),
  );
  return blocks;
}

function research(basis: StartnotitieBasis): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: "heading", level: 2, text: "Wat het onderzoek laat zien" }, ...basis.research.map((quote) => quoted(quote, basis))];
  if (basis.findings.length > 0) {
    blocks.push(para({ text: REKEN_FRAMING.measured.replaceAll("jouw gemeente", "deze gemeente") }, cite(basis.rekenhulp, basis)), {
      kind: "list",
      numbered: false,
      items: basis.findings.map((finding) => [{ text: finding }]),
    });
  }
  blocks.push(...basis.cautions.map((quote) => para({ text: "Let op: ", strong: true }, { text: quote.text }, cite(quote.page, basis))));
  if (blocks.length === 1) blocks.push(para({ text: `Release ${basis.version} noemt nog geen gemeten uitkomsten.` }));
  return blocks;
}

function municipalities(basis: StartnotitieBasis): DocBlock[] {
  if (basis.municipalities.length === 0) return [];
  return [
    { kind: "heading", level: 2, text: "Andere gemeenten" },
    para({ text: `Gemeenten die met Het Bouwdepot werken of werkten, zoals release ${basis.version} ze beschrijft. Elke rij noemt de pagina waar het staat.` }),
    {
      kind: "table",
      caption: "Gemeentelijke varianten",
      head: ["Gemeente", "Start", "Jongeren", "Bouwbudget per maand", "Status", "Pagina in de toolkit"],
      rows: basis.municipalities.map((entry) => [...entry.row, `${basis.siteUrl}${entry.page.url}`]),
    },
  ];
}

/** The suggested decision points: one to start, one per mandatory randvoorwaarde with the choice made, one on the costs. */
export function suggestedDecisions(basis: StartnotitieBasis, state: StartnotitieState): string[] {
  const name = state.municipality.trim() || "[naam gemeente]";
  const count = state.reken.jongeren.trim() || "[aantal]";
  const start = /^\d{4}-\d{2}-\d{2}$/.test(state.start) ? dutchDate(state.start) : "[startdatum]";
  const mandatory = basis.conditions.filter((condition) => condition.kind === "verplicht");
  return [
    `In te stemmen met de start van Het Bouwdepot in de gemeente ${name} voor ${count} jongeren, vanaf ${start}.`,
    ...mandatory.map((condition) => {
      const choice = choiceText(condition, state);
      return `De randvoorwaarde „${condition.title}” over te nemen${choice.startsWith("[") ? "" : `, met als keuze: ${choice.replace(/\.$/, "")}`}.`;
    }),
    `Kennis te nemen van de kosten, berekend met de rekenhulp van release ${basis.version}, en de dekking daarvan te regelen.`,
  ];
}

function decisions(basis: StartnotitieBasis, state: StartnotitieState): DocBlock[] {
  const lines = state.decisions
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const heading: DocBlock = { kind: "heading", level: 2, text: "Voorgestelde beslispunten" };
  if (lines.length > 0)
    return [heading, para({ text: `${OWN_TEXT}:`, strong: true }), { kind: "list", numbered: true, items: lines.map((line) => [{ text: line }]) }];
  return [
    heading,
    para(
      { text: `${SUGGESTED_TEXT}: `, strong: true },
      { text: "de redactie stelt deze beslispunten voor, op grond van de verplichte randvoorwaarden en de keuzes hierboven. Pas ze aan waar nodig." },
    ),
    { kind: "list", numbered: true, items: suggestedDecisions(basis, state).map((line) => [{ text: line }]) },
  ];
}

/** The sources: every page the document cites, and the sources of the chosen options. */
function sources(basis: StartnotitieBasis, state: StartnotitieState): DocBlock[] {
  const pages = [
    ...basis.about.map((quote) => quote.page),
    ...basis.conditions.map((condition) => condition.page),
    basis.rekenhulp,
    ...basis.research.map((quote) => quote.page),
    ...basis.municipalities.map((entry) => entry.page),
  ];
  const seen = new Set<string>();
  const items: DocRun[][] = [];
  for (const page of pages) {
    if (seen.has(page.url)) continue;
    seen.add(page.url);
    items.push([{ text: `„${page.title}”, Toolkit Het Bouwdepot, ${basis.lasting}: ${basis.siteUrl}${page.url}` }]);
  }
  for (const condition of basis.conditions) {
    const option = condition.options.find((candidate) => candidate.id === state.choices[condition.id]?.option);
    for (const source of option?.sources ?? []) {
      const text = source.url ? `${source.label.replace(/\.$/, "")}: ${source.url}` : source.label;
      if (seen.has(text)) continue;
      seen.add(text);
      items.push([{ text }]);
    }
  }
  return [
    { kind: "heading", level: 2, text: "Bronnen" },
    { kind: "list", numbered: false, items },
  ];
}
