// npm run story:check -- FILE… : one line per problem (FILE:LINE:COLUMN: path: message); exit 1 on any, 0 when clean.
// Outlines are checked against public/data/regions.geojson unless --regions FILE names another.
import { readFileSync, statSync } from 'node:fs';
import { checkStoryText, formatProblem, sizeProblem, type CheckProblem } from '../src/story/check/checkStory';

const DEFAULT_REGIONS = 'public/data/regions.geojson';

function readRegions(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    console.error(`${file}: cannot read the region outlines: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

function checkFile(file: string, regions: unknown): CheckProblem[] {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return [{ path: '(root)', message: 'is not a file' }];
    const tooBig = sizeProblem(stats.size);
    if (tooBig) return [tooBig];
    const result = checkStoryText(readFileSync(file, 'utf8'), regions);
    return result.ok ? [] : result.problems;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return [{ path: '(root)', message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code || String(error)})` }];
  }
}

function main(args: string[]): number {
  const regionsFlag = args.indexOf('--regions');
  const regionsFile = regionsFlag >= 0 ? args[regionsFlag + 1] : DEFAULT_REGIONS;
  const files = regionsFlag < 0 ? args : args.filter((_, index) => index !== regionsFlag && index !== regionsFlag + 1);
  if (files.length === 0 || regionsFile === undefined) {
    console.error('usage: npm run story:check -- [--regions FILE] STORY.json…');
    return 2;
  }
  const regions = readRegions(regionsFile);
  let problemCount = 0;
  for (const file of files) {
    const problems = checkFile(file, regions);
    problemCount += problems.length;
    for (const problem of problems) console.log(formatProblem(file, problem));
  }
  console.error(problemCount === 0 ? `${files.length} story file(s) checked: no problems.` : `${problemCount} problem(s) found.`);
  return problemCount === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
