// One entry bundled on its own into a minified classic script (an IIFE, no imports left): the files a host loads with
// one tag (./hostScript.ts) and the script the page inlines (./firstView.ts).
import { build, type Rolldown } from 'vite';

/** `target`: the oldest syntax the script is written down to (e.g. 'es2019'). */
export async function bundleClassicScript(entry: string, target: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'conflictMap', fileName: () => 'classic-script.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`${entry}: the bundler produced no script`);
  return chunk.code;
}
