// The HTTP contract in the repository (openapi.json) is the one the server generates from the core's
// schemas: a change to a schema or a route shows up as a change to this file (`npm run openapi`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const { openApiDocument, routes } = await import('izp-sdk/server');

describe('the OpenAPI document', () => {
  const generated = openApiDocument();

  it('has not drifted from the committed openapi.json (run `npm run openapi` after changing a schema)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(generated, committed);
  });

  it('describes every route the server serves, with the core\'s input schema as its body', () => {
    for (const route of routes) {
      const op = generated.paths[route.path]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${route.path}`);
      if (route.body) assert.ok(generated.components.schemas[op.requestBody.content['application/json'].schema.$ref.split('/').pop()], route.path);
    }
    const addGoal = generated.components.schemas.AddGoalBody;
    assert.deepEqual(addGoal.required.sort(), ['description', 'domain']);
    assert.equal(addGoal.additionalProperties, false, 'strict, as the core');
    assert.ok(addGoal.properties.domain.enum.includes('somatic'));
  });

  it('is OpenAPI 3.1 with unique operation ids', () => {
    assert.equal(generated.openapi, '3.1.0');
    const ids = Object.values(generated.paths).flatMap((p) => Object.values(p).map((op) => op.operationId));
    assert.equal(new Set(ids).size, ids.length);
  });
});
