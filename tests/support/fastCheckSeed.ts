// Unit-test setup: fast-check draws the same cases on every run, so a red run is red again. FC_SEED=<integer> draws
// others; a failing property's message gives the seed and path that replay it.
import fc from 'fast-check';

const DEFAULT_SEED = 20200930;
const fromEnv = process.env['FC_SEED'];
const seed = fromEnv !== undefined && fromEnv !== '' ? Number.parseInt(fromEnv, 10) : DEFAULT_SEED;
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${fromEnv ?? ''}"`);
fc.configureGlobal({ seed });
