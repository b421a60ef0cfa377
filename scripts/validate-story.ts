// npm run story:check -- FILE… : one line per problem (FILE:LINE:COLUMN: path: message); exit 1 on any, 0 when clean.
// Outlines are validated against the `regions` object of public/data/detail.topo.json unless --regions FILE names
// another TopoJSON topology (with the app's objects regions, near and borders); country codes against
// public/data/countries/index.json.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { COUNTRY_INDEX_URL, DETAIL_URL } from '../src/shipped/paths';
import { readCountryIndex } from '../src/geometry/storyOutlines';
import { readRegions as decodeRegions, type GeoData } from '../src/geometry/geoData';
import {
  formatProblem,
  sizeProblem,
  validateStoryBytes,
  type ValidationProblem,
} from '../src/story/validate/validateStory';

const DEFAULT_REGIONS = `public/${DETAIL_URL}`;
const COUNTRY_INDEX = `public/${COUNTRY_INDEX_URL}`;

/** The codes that have a country file: a story's `country` must be one of them. */
function readCountryCodes(): ReadonlySet<string> {
  const index = readCountryIndex(JSON.parse(readFileSync(COUNTRY_INDEX, 'utf8')));
  if (typeof index !== 'string') return new Set(index.map((entry) => entry.iso));
  console.error(`${COUNTRY_INDEX}: ${index}`);
  process.exit(2);
}

function readRegions(file: string): GeoData['regions'] {
  let regions: GeoData['regions'] | string;
  try {
    regions = decodeRegions(JSON.parse(readFileSync(file, 'utf8')), basename(file));
  } catch (error) {
    regions = error instanceof Error ? error.message : String(error);
  }
  if (typeof regions !== 'string') return regions;
  console.error(`${file}: cannot read the region outlines: ${regions}`);
  process.exit(2);
}

/** The first problems of a file, and how many more there are. Bytes in, as the app reads them (one rule for encodings). */
function validateFile(
  file: string,
  regions: GeoData['regions'],
  countries: ReadonlySet<string>,
): { problems: ValidationProblem[]; omitted: number } {
  const only = (problem: ValidationProblem) => ({ problems: [problem], omitted: 0 });
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return only({ path: '(root)', message: 'is not a file' });
    const tooBig = sizeProblem(stats.size);
    if (tooBig) return only(tooBig);
    const result = validateStoryBytes(readFileSync(file), regions, countries);
    return result.ok ? { problems: [], omitted: 0 } : result;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return only({
      path: '(root)',
      message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code || String(error)})`,
    });
  }
}

function main(args: string[]): number {
  const regionsFlag = args.indexOf('--regions');
  const regionsFile = regionsFlag >= 0 ? args[regionsFlag + 1] : DEFAULT_REGIONS;
  const files = regionsFlag < 0 ? args : args.filter((_, index) => index !== regionsFlag && index !== regionsFlag + 1);
  if (files.length === 0 || regionsFile === undefined) {
    console.error(
      `usage: npm run story:check -- [--regions MAP.topo.json] STORY.json… (default map: ${DEFAULT_REGIONS})`,
    );
    return 2;
  }
  const regions = readRegions(regionsFile);
  const countries = readCountryCodes();
  let problemCount = 0;
  for (const file of files) {
    const { problems, omitted } = validateFile(file, regions, countries);
    problemCount += problems.length + omitted;
    for (const problem of problems) console.log(formatProblem(file, problem));
    if (omitted > 0) console.log(`${file}: …and ${omitted} more problems (the first ${problems.length} are listed)`);
  }
  console.error(
    problemCount === 0 ? `${files.length} story file(s) checked: no problems.` : `${problemCount} problem(s) found.`,
  );
  return problemCount === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
