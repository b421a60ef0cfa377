// The production build's Content-Security-Policy, as a <meta> tag (dev is left alone: its client injects inline
// scripts). Hosts should send the same policy as a header, plus frame-ancestors, which a meta tag cannot carry.
import type { Plugin } from 'vite';

/** The policy for a build whose stories (and optional basemap) may come from `extraOrigins` besides its own. */
export function contentSecurityPolicy(extraOrigins: readonly string[]): string {
  const connect = ["'self'", ...extraOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre starts its worker from the build's own file; in a sandboxed embed (opaque origin) that file counts as
    // cross-origin and MapLibre rebuilds the worker from its fetched text as a data:/blob: URL. script-src stays 'self'.
    "worker-src 'self' blob: data:",
    `connect-src ${connect}`,
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function contentSecurityPolicyPlugin(extraOrigins: readonly string[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(extraOrigins) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
