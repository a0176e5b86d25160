/** The five sections of every release, in navigation order. */
export const SECTIONS = ["aanpak", "randvoorwaarden", "varianten", "training", "methodieken"] as const;

/** The slug of one toolkit section. */
export type SectionSlug = (typeof SECTIONS)[number];

/** Reader-facing Dutch names and descriptions of the sections. */
export const SECTION_INFO: Record<SectionSlug, { title: string; description: string }> = {
  aanpak: { title: "Aanpak", description: "Wat Het Bouwdepot is, voor wie, en hoe een jaar verloopt." },
  randvoorwaarden: { title: "Randvoorwaarden", description: "Wat vastligt en wat een gemeente zelf kiest." },
  varianten: { title: "Gemeentelijke varianten", description: "Hoe gemeenten de aanpak uitvoeren." },
  training: { title: "Training", description: "Trainingsmodules voor ambtenaren en begeleiders." },
  methodieken: { title: "Methodieken", description: "Verwante aanpakken en wat erover bekend is." },
};

/** Slugs that pages may not use, because the site generates pages with these names. */
export const RESERVED_SLUGS = new Set(["vergelijk", "planner", "trainer", "a-z", "actueel", "release"]);

/** True when the string is one of the five section slugs. */
export function isSection(value: string): value is SectionSlug {
  return (SECTIONS as readonly string[]).includes(value);
}
