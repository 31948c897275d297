// Builds the fixture site into /tmp/site-dev (or the folder given) to look at by hand:
//   npx tsx test/render/dev-site.ts [outDir]
import { renderSite } from '../../src/render/eleventy.ts';
import { fixtureModel } from './fixtures/model.ts';

const out = process.argv[2] ?? '/tmp/site-dev';
await renderSite(fixtureModel(), out);
console.log(`fixture site written to ${out}`);
