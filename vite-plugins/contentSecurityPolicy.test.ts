import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlinedIn, POLICY_FILE } from './contentSecurityPolicy';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
  test('allows no inline or eval script, and adds only the listed origins to connect-src', () => {
    const policy = contentSecurityPolicy(['https://stories.example.org']);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).toContain("connect-src 'self' https://stories.example.org;");
    expect(policy).toContain("script-src 'self';");
  });

  test('allows exactly what the page inlines, by hash', () => {
    const css = '.map{background:#dce7ee}';
    const script = 'answer(document)';
    const html = `<head><style>${css}</style></head><body><p>Text</p><script>${script}</script><script type="module" src="./a.js"></script></body>`;
    const policy = contentSecurityPolicy([], inlinedIn(html));
    expect(policy).toContain(`style-src 'self' ${sha256(css)};`);
    expect(policy).toContain(`script-src 'self' ${sha256(script)};`);
    expect(policy).not.toMatch(/unsafe-inline/);
  });

  test('refuses a page with style attributes or inline handlers, which no hash allows', () => {
    expect(() => inlinedIn('<p style="color:red">Text</p>')).toThrow(/style attribute/);
    expect(() => inlinedIn('<button onclick="go()">Go</button>')).toThrow(/onclick attribute/);
    // A word in the text is not an attribute.
    expect(inlinedIn('<p>The style="plain" of it</p>')).toEqual({ styles: [], scripts: [] });
  });

  test('is the one the README documents for hosts, who take it with its hashes from each build', () => {
    const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(`\n${contentSecurityPolicy([])}\n`);
    expect(readme).toContain(`dist/${POLICY_FILE}`);
  });
});
