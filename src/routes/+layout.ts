// The shell of every page is prerendered; the map and the data load in the browser.
export const prerender = true;
export const trailingSlash = 'never';
