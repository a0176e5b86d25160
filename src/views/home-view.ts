import type { SitePage } from "../content/model.ts";
import { PODCAST_URL, type EpisodeView, type PodcastView } from "../podcast/podcast-view.ts";
import type { ReleaseView } from "../toolkit/release-view.ts";
import type { ToolkitView } from "../toolkit/toolkit-view.ts";

/** How many episodes the home page lists. */
const LATEST_EPISODES = 3;

/** The ways in to the current release by the tasks of its readers; every address comes from the release's views. */
export interface HomeTasks {
  /** What it costs: the rekenhulp of the current release; null when the site has no reference figures. */
  rekenhulpUrl: string | null;
  /** Starting in a municipality: the preconditions, counted by kind from the content. */
  preconditions: { url: string; mandatory: number; recommended: number };
  /** Giving a training: the training section with its modules (each with a hand-out) and the session planner. */
  training: { url: string; modules: number; plannerUrl: string };
  /** Listening: the podcast overview. */
  podcastUrl: string;
}

/** The home page: its own text, the tasks of the current release, the current release and the newest episodes. */
export interface HomeView {
  /** content/pages/home.md. */
  home: SitePage;
  /** The current release, if any is released. */
  current: ReleaseView | undefined;
  /** The ways in by task; null when no release is current. */
  tasks: HomeTasks | null;
  /** The newest published episodes, newest first. */
  latestEpisodes: EpisodeView[];
}

/** Derives the home page's view from the toolkit and the podcast; pure. */
export function homeView(home: SitePage, toolkit: ToolkitView, podcast: PodcastView): HomeView {
  const current = toolkit.current;
  const latestEpisodes = podcast.episodes
    .filter((view) => !view.concept)
    .sort((a, b) => b.episode.data.published.localeCompare(a.episode.data.published) || b.episode.data.episode - a.episode.data.episode)
    .slice(0, LATEST_EPISODES);
  return { home, current, tasks: current ? homeTasks(current, toolkit) : null, latestEpisodes };
}

function homeTasks(current: ReleaseView, toolkit: ToolkitView): HomeTasks {
  const pagesOf = (slug: string) => toolkit.sectionIndexes.find((view) => view.release.version === current.version && view.section.slug === slug)?.pages ?? [];
  const preconditions = pagesOf("randvoorwaarden");
  const section = (slug: string) => current.sections.find((link) => link.slug === slug)?.url ?? current.url;
  return {
    rekenhulpUrl: current.rekenhulpUrl,
    preconditions: {
      url: section("randvoorwaarden"),
      mandatory: preconditions.filter((page) => page.kind === "verplicht").length,
      recommended: preconditions.filter((page) => page.kind === "aanbevolen").length,
    },
    training: { url: section("training"), modules: pagesOf("training").length, plannerUrl: current.plannerUrl },
    podcastUrl: PODCAST_URL,
  };
}
