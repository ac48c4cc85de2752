/** Fired on window to open the site search from anywhere on the page (e.g. the 404 page). */
export const OPEN_SEARCH_EVENT = "course:open-search";
