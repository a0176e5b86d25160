import { z } from "zod";
import { kebabId } from "./common.ts";

/** A release version such as "2.0". */
const version = z.string().regex(/^\d+(?:\.\d+){1,2}$/, { error: 'een versie van een release, zoals "2.0", tussen aanhalingstekens' });

/** One choice a municipality can make within a randvoorwaarde, as the startnotitie offers it. */
const optionSchema = z
  .strictObject({
    /** Stable identifier within its randvoorwaarde; saved startnotities keep it, so never rename it. */
    id: kebabId
      .refine((id) => id !== "anders", { error: 'een ander id dan "anders": die keuze ("anders, namelijk …") biedt de startnotitie altijd zelf' })
      .meta({
        title: "Id",
        description: 'Vaste naam van de keuze: kleine letters, cijfers en streepjes. Verander hem nooit: bewaarde startnotities gebruiken hem. Niet "anders".',
      }),
    /** The choice as the form and the document show it, in Dutch. */
    label: z
      .string()
      .trim()
      .min(1)
      .max(160)
      .meta({ title: "Keuze", description: "De keuze zoals de gemeente hem leest en zoals hij in de startnotitie komt, in één zin." }),
    /** Dutch help text under the choice: what it means and where it comes from. */
    help: z
      .string()
      .trim()
      .min(1)
      .max(400)
      .meta({ title: "Uitleg", description: "Wat de keuze inhoudt en waar hij vandaan komt, in één of twee zinnen (taalniveau B1)." }),
    /** The first release that offers this choice. */
    since: version.meta({
      title: "Vanaf release",
      description: 'De eerste release die deze keuze aanbiedt, zoals "2.0". Die release moet de bronnen al noemen.',
    }),
    /** Keys of _data/sources.yaml that support the choice; the randvoorwaarde's page cites each in every release from `since` on. */
    sources: z
      .array(z.string().regex(/^[a-z0-9-]+$/, { error: "een sleutel uit _data/sources.yaml, zoals 'vng-2022'" }))
      .min(1)
      .meta({
        title: "Bronnen",
        description: "Sleutels uit _data/sources.yaml. De pagina van de randvoorwaarde noemt elke bron al, in elke release vanaf since.",
      }),
  })
  .meta({ title: "Keuze", description: "Een keuze die de gemeente binnen deze randvoorwaarde kan maken." });

/** The file content/startnotitie.yaml: per randvoorwaarde (by its page id) the choices the startnotitie offers. */
export const startnotitieSchema = z.strictObject({
  /** Per randvoorwaarde id, its choices in the order the form shows them. */
  conditions: z
    .record(kebabId, z.array(optionSchema).min(1))
    .meta({ title: "Randvoorwaarden", description: "Per randvoorwaarde (de id van haar pagina) de keuzes, in de volgorde van het formulier." }),
});

/** One choice of content/startnotitie.yaml. */
export type StartOptionData = z.infer<typeof optionSchema>;

/** The whole of content/startnotitie.yaml. */
export type StartnotitieData = z.infer<typeof startnotitieSchema>;
