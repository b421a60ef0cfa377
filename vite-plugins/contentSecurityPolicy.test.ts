import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

describe('the Content-Security-Policy', () => {
  test('allows no inline or eval script, and adds only the listed origins to connect-src', () => {
    const policy = contentSecurityPolicy(['https://stories.example.org']);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).toContain("connect-src 'self' https://stories.example.org;");
    expect(policy).toContain("script-src 'self';");
  });
  test('is the one the README documents for hosts', () => {
    const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(`\n${contentSecurityPolicy([])}\n`);
    expect(readme).toContain(`"${contentSecurityPolicy([])}; frame-ancestors 'self'"`);
  });
});
