// Which origins a story may be fetched from: the app's own, plus those a deployment lists in VITE_STORY_ORIGINS
// (space- or comma-separated, e.g. "https://stories.example.org https://cdn.example.net"). Pure: shared by the
// app and the build's Content-Security-Policy.

/** The http(s) origins in a list; anything else in it is ignored. */
export function parseOriginList(list: string | undefined): string[] {
  if (!list) return [];
  return list.split(/[\s,]+/).flatMap((entry) => {
    if (entry === '') return [];
    try {
      const url = new URL(entry);
      return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

export type StoryAddress = { ok: true; url: string } | { ok: false; message: string };

/** Resolves a `?story=` value against the page; refuses other origins unless the deployment allows them. */
export function resolveStoryAddress(value: string, pageUrl: string, allowedOrigins: readonly string[]): StoryAddress {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { ok: false, message: `"${value}" is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `"${value}" is not an http(s) address` };
  const own = new URL(pageUrl).origin;
  if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
    return {
      ok: false,
      message: `stories from ${url.origin} are not allowed here; this site loads stories from ${[own, ...allowedOrigins].join(', ')}`,
    };
  }
  return { ok: true, url: url.href };
}
