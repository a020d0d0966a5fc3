// `npm run openapi`: writes openapi.json from the route table and the core's schemas (after a build).
// The Node tests fail when the committed file and the generated document differ.
import { writeFile } from 'node:fs/promises';
import { openApiDocument } from 'izp-sdk/server';

await writeFile(new URL('../openapi.json', import.meta.url), `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log('openapi.json written');
