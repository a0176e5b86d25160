import type { SiteViews } from "../views/site-views.ts";

/** Pages Eleventy renders in one pass of a production build: it keeps every page it rendered until the pass ends. */
export const PAGES_PER_PASS = 2500;

/** How many passes a build of these views takes, so that no pass holds more than `perPass` rendered pages. */
export function passCount(views: SiteViews, perPass: number): number {
  const lists = Object.values(views as unknown as Record<string, readonly unknown[]>);
  const pages = lists.reduce((sum, list) => sum + list.length, 0);
  return Math.max(1, Math.ceil(pages / perPass));
}

/**
 * Part `index` (from 0) of `of` parts of the views: each template's list cut into `of` consecutive slices of nearly
 * equal length. The parts of one set of views hold every view exactly once, so rendering them one after the other
 * writes exactly the pages one pass would; each template shows only its own view, so what a page shows does not
 * depend on the part it is rendered in.
 */
export function viewPart(views: SiteViews, index: number, of: number): SiteViews {
  const slice = <T>(list: readonly T[]): T[] => list.slice(Math.floor((list.length * index) / of), Math.floor((list.length * (index + 1)) / of));
  return Object.fromEntries(Object.entries(views).map(([name, list]: [string, readonly unknown[]]) => [name, slice(list)])) as unknown as SiteViews;
}
