/** The build-time first view in index.html (see ./staticShell.ts): shown until React renders into #root. */
export const STATIC_SHELL_ID = 'static-shell';
