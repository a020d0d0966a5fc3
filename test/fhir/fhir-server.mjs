// A real FHIR R4 server on loopback for the adapter tests: Medplum's FhirRouter (REST routing, search,
// _history, batch and transaction Bundles, If-Match -> 412) over its MemoryRepository, one repository
// per tenant path so each adapter starts on an empty store.
//
// MemoryRepository's own withTransaction says it "does not support transactions": it applies entries
// one by one and keeps those before a failing one. The FHIR spec requires a transaction to succeed or
// fail as a whole, and every persistent server (HAPI, Medplum on PostgreSQL, the cloud services) does
// so. This set-up adds exactly that and nothing else: requests are handled one at a time (serializable)
// and a failed transaction is undone.
import http from 'node:http';
import { getStatus } from '@medplum/core';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { indexR4 } from './validators.mjs';

class TransactionalMemoryRepository extends MemoryRepository {
  undo = null;

  async withTransaction(callback) {
    if (this.undo) return callback(undefined);
    this.undo = [];
    try {
      return await callback(undefined);
    } catch (error) {
      for (const step of this.undo.reverse()) step();
      throw error;
    } finally {
      this.undo = null;
    }
  }

  remember(type, id) {
    const table = this.resources.get(type);
    const previous = table?.get(id);
    const versions = this.history.get(type)?.get(id)?.length ?? 0;
    return () => {
      if (!this.resources.has(type)) this.resources.set(type, new Map());
      if (previous) this.resources.get(type).set(id, previous);
      else this.resources.get(type).delete(id);
      const history = this.history.get(type)?.get(id);
      if (history) history.length = versions;
    };
  }

  async createResource(resource, options) {
    // A resource without an id is new: undoing it is deleting it (and its one history entry).
    const restore = resource.id ? this.remember(resource.resourceType, resource.id) : undefined;
    const created = await super.createResource(resource, options);
    this.undo?.push(restore ?? (() => {
      this.resources.get(created.resourceType)?.delete(created.id);
      this.history.get(created.resourceType)?.delete(created.id);
    }));
    return created;
  }

  async deleteResource(type, id) {
    const restore = this.remember(type, id);
    await super.deleteResource(type, id);
    this.undo?.push(restore);
  }
}

/** Starts the server on 127.0.0.1 and a free port. Tenants whose name starts with "secure" want a token. */
export async function startFhirServer({ token = 'Bearer t0ken' } = {}) {
  indexR4();
  const router = new FhirRouter();
  const tenants = new Map();
  let queue = Promise.resolve();

  async function handle(req, text, res) {
    const [, tenant, ...rest] = req.url.split('/');
    if (tenant.startsWith('secure') && req.headers.authorization !== token) {
      res.writeHead(401, { 'Content-Type': 'application/fhir+json' });
      res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }));
      return;
    }
    if (!tenants.has(tenant)) tenants.set(tenant, new TransactionalMemoryRepository());
    const url = rest.join('/');
    const body = text ? JSON.parse(text) : undefined;
    const [outcome, resource] = await router.handleRequest({
      method: req.method, url, body, params: {}, query: {}, headers: req.headers,
      // Without this flag the router runs a transaction Bundle as a batch (Medplum's server sets it from its config).
      config: { transactions: true },
    }, tenants.get(tenant));
    const status = getStatus(outcome);
    const headers = { 'Content-Type': 'application/fhir+json' };
    if (resource?.meta?.versionId) headers.ETag = `W/"${resource.meta.versionId}"`;
    res.writeHead(status, headers);
    res.end(JSON.stringify(resource ?? outcome));
  }

  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      queue = queue.then(() => handle(req, text, res)).catch((error) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (tenant) => `http://127.0.0.1:${port}/${tenant}/`,
    repository: (tenant) => tenants.get(tenant),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
