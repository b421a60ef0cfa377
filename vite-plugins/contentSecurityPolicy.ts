// The production build's Content-Security-Policy, as a <meta> tag (dev is left alone: its client injects inline
// scripts), and as dist/content-security-policy.txt for hosts, who should send it as a header plus frame-ancestors,
// which a meta tag cannot carry. The page inlines its stylesheet and two small scripts (vite-plugins/firstView.ts): the
// policy allows exactly those by their hashes, so it changes with them and hosts should take it from each build.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const POLICY_FILE = 'content-security-policy.txt';

/** What the page inlines, by kind: the texts of its <style> and src-less <script> elements. */
export type Inlined = { styles: readonly string[]; scripts: readonly string[] };

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a build whose stories (and optional basemap) may come from `extraOrigins` besides its own. */
export function contentSecurityPolicy(
  extraOrigins: readonly string[],
  inlined: Inlined = { styles: [], scripts: [] },
): string {
  const connect = ["'self'", ...extraOrigins].join(' ');
  const withHashes = (texts: readonly string[]) => ["'self'", ...texts.map(hash)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${withHashes(inlined.scripts)}`,
    // MapLibre starts its worker from the build's own file; in a sandboxed embed (opaque origin) that file counts as
    // cross-origin and MapLibre rebuilds the worker from its fetched text as a data:/blob: URL. script-src stays 'self'.
    "worker-src 'self' blob: data:",
    `connect-src ${connect}`,
    "img-src 'self' data: blob:",
    `style-src ${withHashes(inlined.styles)}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The inline styles and scripts of a page; style attributes and inline handlers, which no hash allows, are errors. */
export function inlinedIn(html: string): Inlined {
  const refused = html.match(/<[a-z][^>]*\s(style|on[a-z]+)=/i);
  if (refused) throw new Error(`the page has a ${refused[1] ?? ''} attribute, which its policy refuses: ${refused[0]}`);
  const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map(([, text = '']) => text);
  return {
    styles: texts(/<style>([\s\S]*?)<\/style>/g),
    scripts: texts(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
  };
}

export function contentSecurityPolicyPlugin(extraOrigins: readonly string[]): Plugin {
  let policy: string | null = null;
  let outDir = 'dist';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        policy = contentSecurityPolicy(extraOrigins, inlinedIn(html));
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    writeBundle() {
      if (policy) writeFileSync(join(outDir, POLICY_FILE), `${policy}\n`);
    },
  };
}
