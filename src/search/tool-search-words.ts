/** How search knows a tool: not by its body (inputs, tables, generated rows) but by what it is for. */
export interface ToolSearchText {
  /** The title a result shows; `{module}` stands for a training module's title. */
  title: string;
  /** One or two sentences on what the reader can do with it, shown as the result's snippet. */
  description: string;
  /** Words readers type when they look for it: Dutch, as typed, including the short questions they ask. */
  words: readonly string[];
}

/** The tools a release offers, by kind. */
export type ToolKind =
  "rekenhulp" | "startnotitie" | "sessieplanner" | "varianten" | "begrippen" | "afdrukken" | "samenvatting" | "hand-out" | "oefenvel" | "casuskaarten";

/**
 * The one table of what search finds the tools by. Written for readers — policy officers who ask what it costs,
 * trainers who prepare a day, anyone who wants paper — in their words, not the page's. A word belongs here when a
 * reader would type it to find this tool; never to make one query rank.
 */
export const TOOL_SEARCH: Readonly<Record<ToolKind, ToolSearchText>> = {
  rekenhulp: {
    title: "Rekenhulp: wat kost Het Bouwdepot?",
    description:
      "Reken uit wat Het Bouwdepot je gemeente kost voor het aantal jongeren dat je kiest, en zie het bouwbudget naast kosten die de aanpak wil voorkomen. Met de bedragen, jaren en bronnen van deze release.",
    words: [
      "rekenhulp",
      "kosten",
      "wat kost het",
      "hoeveel kost het",
      "begroting",
      "budget",
      "berekening",
      "rekenen",
      "business case",
      "terugverdienen",
      "besparing",
    ],
  },
  startnotitie: {
    title: "Startnotitie: van toolkit naar besluit",
    description:
      "Schrijf een startnotitie voor college of raad: je keuzes per randvoorwaarde, wat het kost voor jouw aantal jongeren en voorgestelde beslispunten, met de bronnen van deze release. Download als ODT, DOCX of PDF.",
    words: [
      "startnotitie",
      "raadsvoorstel",
      "collegevoorstel",
      "besluit",
      "besluitvorming",
      "beslisnota",
      "beslispunten",
      "notitie",
      "voorstel aan het college",
      "onderbouwing",
      "sjabloon",
    ],
  },
  sessieplanner: {
    title: "Sessieplanner: plan een trainingsdag",
    description: "Stel een trainingsdag samen uit de trainingsmodules van deze release, met begintijd, pauzes en lunch, en druk het dagprogramma af.",
    words: [
      "sessieplanner",
      "planner",
      "planning",
      "dagprogramma",
      "programma",
      "trainingsdag",
      "training plannen",
      "rooster",
      "tijden",
      "pauzes",
      "draaiboek",
    ],
  },
  varianten: {
    title: "Varianten vergelijken: gemeenten naast elkaar",
    description:
      "Alle gemeentelijke varianten van deze release in één tabel: per gemeente de gegevens en per randvoorwaarde of en waarom de gemeente ervan afwijkt.",
    words: ["varianten vergelijken", "gemeenten vergelijken", "vergelijking", "verschillen", "afwijkingen", "overzicht", "tabel", "andere gemeenten"],
  },
  begrippen: {
    title: "Begrippen: wat de woorden betekenen",
    description: "Elk begrip van deze release één keer uitgelegd, in gewone woorden. De pagina's van de release linken ernaar.",
    words: ["begrippen", "begrippenlijst", "woordenlijst", "wat betekent", "betekenis", "uitleg", "definitie", "afkorting"],
  },
  afdrukken: {
    title: "Afdrukken en bewaren: de hele release als PDF",
    description: "De hele release om af te drukken, als PDF en als bestand om zonder internet te lezen.",
    words: ["pdf", "printen", "afdrukken", "downloaden", "bewaren", "offline", "zip", "hele toolkit", "papier"],
  },
  samenvatting: {
    title: "Samenvatting voor college en raad",
    description:
      "De release op hooguit vier pagina's: wat Het Bouwdepot is, de randvoorwaarden, wat het kost, wat het onderzoek laat zien en welke gemeenten ermee werken. Om mee te geven bij een voorstel.",
    words: [
      "samenvatting",
      "samenvatten",
      "collegevoorstel",
      "raadsvoorstel",
      "collegenota",
      "raadsinformatiebrief",
      "gemeenteraad",
      "wethouder",
      "besluitvorming",
    ],
  },
  "hand-out": {
    title: "Hand-out: {module}",
    description: "Hand-out voor deelnemers van de trainingsmodule {module}: leerdoelen, programma, oefeningen en ruimte om te schrijven. Om af te drukken.",
    words: ["hand-out", "handout", "uitdelen", "afdrukken", "werkblad", "materiaal"],
  },
  oefenvel: {
    title: "Oefenvel: {module}",
    description: "De oefeningen van de trainingsmodule {module} op een vel, met ruimte om te schrijven. Om af te drukken.",
    words: ["oefenvel", "oefeningen", "opdrachten", "werkvormen", "afdrukken", "materiaal"],
  },
  casuskaarten: {
    title: "Casuskaarten: {module}",
    description: "De casussen van de trainingsmodule {module} als kaarten om af te drukken en uit te knippen.",
    words: ["casuskaarten", "casus", "casussen", "kaarten", "praktijkvoorbeelden", "afdrukken", "materiaal"],
  },
};
