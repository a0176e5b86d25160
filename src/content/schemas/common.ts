import { z } from "zod";

/** Kebab-case identifier: lowercase letters, digits and single hyphens. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "kebab-case: kleine letters, cijfers en streepjes, zoals 'anbi-stichting'" });

/** A page title: not empty, at most 70 characters. */
export const title = z.string().trim().min(1).max(70);

/** A one-sentence summary shown in lists and as the page description. */
export const summary = z.string().trim().min(1).max(240);

/** A source: a key of _data/sources.yaml or an https URL. */
export const sourceRef = z.string().trim().min(1);

/** Whether every claim comes from the sources (`bron`) or the page is editorial guidance (`redactioneel`). */
const basis = z.enum(["bron", "redactioneel"]);

/** A partial date: "YYYY", "YYYY-MM" or "YYYY-MM-DD", and a date that exists. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: "een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, tussen aanhalingstekens" })
  .refine(isRealPartialDate, { error: "een datum die bestaat (maand 01–12, een dag die in die maand voorkomt)" });

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a date that exists in the calendar. */
export function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || year < 1900 || year > 2200) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** Fields every toolkit page has, whatever its section. */
export const toolkitPageFields = {
  /** Stable identifier, unique within its release and the same across releases for the same page. */
  id: kebabId.meta({
    title: "Id",
    description:
      'Vaste korte naam van de pagina: uniek binnen de release en in elke release hetzelfde voor dezelfde pagina. Kleine letters, cijfers en streepjes, zoals "anbi-stichting".',
  }),
  /** Page title, at most 70 characters. */
  title: title.meta({ title: "Titel", description: "De titel van de pagina, hoogstens 70 tekens." }),
  /** One sentence on what the page is for; shown in section lists and as meta description. */
  summary: summary.meta({
    title: "Samenvatting",
    description: "Eén zin over waar de pagina voor is, hoogstens 240 tekens. Deze zin staat in de lijst van de sectie en is de beschrijving voor zoekmachines.",
  }),
  /** Where the content comes from: keys of _data/sources.yaml or https URLs; at least one. */
  sources: z.array(sourceRef).min(1).meta({
    title: "Bronnen",
    description:
      "Waar de inhoud vandaan komt: de naam van een bron uit de bronnenlijst (_data/sources.yaml) of een webadres dat begint met https://. Minstens één.",
  }),
  /** `bron` when every claim is from the sources, `redactioneel` for editorial guidance. */
  basis: basis.meta({
    title: "Grondslag",
    description: 'Kies "bron" als alles op de pagina uit de bronnen komt. Kies "redactioneel" als de pagina advies van de redactie is.',
  }),
  /** Broad search terms that Dutch compounds on the page would miss (e.g. "schuld" for "huurschuld"). */
  trefwoorden: z.array(z.string().trim().min(1)).optional().meta({
    title: "Trefwoorden",
    description:
      'Algemene zoekwoorden die de zoekfunctie mist omdat ze op de pagina alleen in samengestelde woorden staan, zoals "schuld" voor "huurschuld". Niet verplicht.',
  }),
  /** Position in the section's list; lower comes first, pages without it follow by title. */
  order: z.number().int().min(0).optional().meta({
    title: "Volgorde",
    description:
      "De plaats in de lijst van de sectie: een heel getal vanaf 0, een lager getal komt eerst. Pagina's zonder getal komen daarna, op volgorde van titel.",
  }),
  /** Former ids of this page in earlier releases, when its id had to change; they redirect here. */
  aliases: z.array(kebabId).min(1).optional().meta({
    title: "Eerdere ids",
    description:
      "Eerdere ids van deze pagina in oudere releases, als de id moest veranderen. Die oude adressen sturen door naar deze pagina. Kleine letters, cijfers en streepjes.",
  }),
};
