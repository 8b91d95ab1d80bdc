// Every page is prerendered; URLs that are not (own articles) are served by the SPA fallback.
export const prerender = true;
export const trailingSlash = 'never';
