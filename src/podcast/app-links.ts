/** A link that opens the podcast in an app that subscribes from a feed address, with one line on how it works. */
export interface AppLink {
  /** The app's name. */
  name: string;
  /** Where it runs, as listeners know it. */
  platforms: string;
  /** The link: the app's documented subscribe link or URL scheme, carrying the feed address. */
  url: string;
  /** One sentence on what happens after tapping it. */
  instruction: string;
}

/** The feed address without its scheme, as the apps whose links put it after their own scheme expect it. */
function withoutScheme(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, "");
}

/**
 * Subscribe links for the apps that subscribe from a feed address. Each follows the app's documented link: AntennaPod
 * its deeplink page (antennapod.org, "Add on AntennaPod"), Overcast its x-callback-url (overcast.fm, podcaster info);
 * Apple Podcasts, Pocket Casts and Podcast Addict the URL schemes of the Podlove Subscribe Button's client list,
 * the community's shared record of how each app takes a feed. Pure: the same address gives the same links.
 */
export function appLinks(feedUrl: string, title: string): AppLink[] {
  const encoded = encodeURIComponent(feedUrl);
  return [
    {
      name: "Apple Podcasts",
      platforms: "iPhone, iPad en Mac",
      url: `pcast://${withoutScheme(feedUrl)}`,
      instruction: "Opent de app Podcasts met deze podcast; daar volg je hem.",
    },
    {
      name: "Pocket Casts",
      platforms: "iPhone en Android",
      url: `pktc://subscribe/${withoutScheme(feedUrl)}`,
      instruction: "Opent Pocket Casts met deze podcast; daar volg je hem.",
    },
    {
      name: "Overcast",
      platforms: "iPhone en iPad",
      url: `overcast://x-callback-url/add?url=${encoded}`,
      instruction: "Opent Overcast met deze podcast; daar voeg je hem toe.",
    },
    {
      name: "AntennaPod",
      platforms: "Android",
      url: `https://antennapod.org/deeplink/subscribe?url=${encoded}&title=${encodeURIComponent(title)}`,
      instruction: "Opent een pagina van AntennaPod die de app start, met de afleveringen; daar abonneer je je.",
    },
    {
      name: "Podcast Addict",
      platforms: "Android",
      url: `podcastaddict://${withoutScheme(feedUrl)}`,
      instruction: "Opent Podcast Addict met deze podcast; daar abonneer je je.",
    },
  ];
}
