import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** A role card of an exercise with roles: the role's name and what a participant in that role reads. */
const roleCardSchema = z.strictObject({
  /** The role, never a person's name: "De jongere", "De begeleider", "De observator". */
  role: z
    .string()
    .trim()
    .min(1)
    .meta({ title: "Rol", description: 'De naam van de rol, zoals "De jongere" of "De observator". Nooit de naam van een (verzonnen) persoon.' }),
  /** What the participant who plays the role reads on the card. */
  card: z.string().trim().min(1).meta({
    title: "Tekst op de kaart",
    description: 'Wat de deelnemer met deze rol leest: wie je speelt, wat je wilt en waar je op let. De site zet er "Voorbeeld" boven.',
  }),
});

/** One block of a training programme. */
const programmeBlockSchema = z.strictObject({
  /** What happens in this block. */
  title: z.string().trim().min(1).meta({ title: "Onderdeel", description: "Wat er in dit blok gebeurt." }),
  /** Length in minutes. */
  minutes: z
    .number()
    .int()
    .min(1)
    .max(480)
    .meta({ title: "Minuten", description: "Hoe lang het blok duurt, in minuten: een heel getal van 1 tot en met 480." }),
  /** `inhoud` (content), `oefening` (exercise) or `pauze` (break). */
  kind: z
    .enum(["inhoud", "oefening", "pauze"])
    .meta({ title: "Soort", description: 'Kies "inhoud" voor een blok met inhoud, "oefening" voor een oefening of "pauze" voor een pauze.' }),
  /** What the trainer does and says in this block: the draaiboek; required in a concept release for every block but a break. */
  trainer: z.string().trim().min(1).optional().meta({
    title: "Wat de trainer doet en zegt",
    description:
      "Het draaiboek van dit blok voor de trainer: wat je klaarzet, wat je vertelt en vraagt, en hoe je het blok afrondt. Een witregel begint een nieuwe alinea. Alleen de trainersversie toont dit, nooit de deelnemers. Verplicht in een conceptrelease voor elk blok behalve een pauze.",
  }),
  /** Key points participants see on the screen in presentation mode. */
  points: z.array(z.string().trim().min(1)).optional().meta({
    title: "Kernpunten op het scherm",
    description: "Korte punten die deelnemers in de presentatiemodus bij dit blok op het scherm zien, elk als apart punt. Houd ze kort: één regel per punt.",
  }),
  /** The title of a `::: casus` of this module that goes with this block, shown on its screen. */
  case: z.string().trim().min(1).optional().meta({
    title: "Casus bij dit blok",
    description: "De titel van een casus uit de tekst van deze module (na '::: casus'). De presentatiemodus en de trainersversie tonen hem bij dit blok.",
  }),
  /** Role cards of an exercise with roles, printed with the case cards to cut out. */
  roles: z.array(roleCardSchema).optional().meta({
    title: "Rollenkaarten",
    description: "Alleen bij een oefening met rollen: een kaart per rol, die de site afdrukt bij de casuskaarten om uit te knippen.",
  }),
});

/** Frontmatter of a training module (trainingsmodule). */
export const moduleSchema = z.strictObject({
  ...toolkitPageFields,
  /** Who the module is for. */
  audience: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Voor wie", description: "Voor wie de trainingsmodule bedoeld is, elk als apart punt. Minstens één." }),
  /** What participants can do afterwards. */
  objectives: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Leerdoelen", description: "Wat deelnemers na afloop kunnen, elk als apart punt. Minstens één." }),
  /** What the trainer needs. */
  materials: z.array(z.string().trim().min(1)).meta({ title: "Materialen", description: "Wat de trainer nodig heeft, elk als apart punt." }),
  /** The blocks of the session, in order; the module's duration is their sum. */
  programme: z
    .array(programmeBlockSchema)
    .min(1)
    .meta({ title: "Programma", description: "De blokken van de bijeenkomst, in volgorde. De duur van de trainingsmodule is de optelsom van alle blokken." }),
});

/** Validated frontmatter of a training module. */
export type ModuleData = z.infer<typeof moduleSchema>;

/** One validated programme block. */
export type ModuleBlock = ModuleData["programme"][number];
