/**
 * The conformance suite for the `Izp` interface itself: the behaviour of every function (rules, errors,
 * versions, audit, access) against any core: the local core over any adapter, or a REST client over a
 * server. Run it under any mocha-style runner:
 *
 *   import { describeIzpConformance } from 'izp-sdk/testing';
 *   describeIzpConformance('local core over MemoryAdapter', () => {
 *     const adapter = new MemoryAdapter();
 *     return { as: (user, setup) => createIzp({ adapter, user, ...setup }) };
 *   });
 *
 * `makeStore` returns a fresh, empty store each time it is called; `as(user, setup)` gives an `Izp`
 * acting as that user, on the suite's clock (`setup.now`) and, when it can, its ids (`setup.newId`).
 */
import { describeAccess } from './izp/access.js';
import { describeAgreements } from './izp/agreement.js';
import { describeErrors } from './izp/errors.js';
import { worldOver, type IzpStore } from './izp/fixtures.js';
import { describeGoals } from './izp/goal.js';
import { describeFollowUp } from './izp/follow-up.js';
import { describeImport } from './izp/import.js';
import { describeInput } from './izp/input.js';
import { describeLanguages } from './izp/languages.js';
import { describeModules } from './izp/modules.js';
import { describeOverview } from './izp/overview.js';
import { describePlans } from './izp/plan.js';
import { describePrint } from './izp/print.js';
import { describeReads } from './izp/reads.js';
import { afterEach, describe } from './runner.js';


export type { IzpStore, IzpSetup } from './izp/fixtures.js';

export function describeIzpConformance(name: string, makeStore: () => IzpStore): void {
  describe(`${name} conforms to the Izp interface`, () => {
    const open: IzpStore[] = [];
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close?.();
    });
    const world = () => {
      const store = makeStore();
      open.push(store);
      return worldOver(store);
    };
    describePlans(world);
    describeGoals(world);
    describeAgreements(world);
    describeErrors(world);
    describeOverview(world);
    describePrint(world);
    describeFollowUp(world);
    describeModules(world);
    describeAccess(world);
    describeImport(world);
    describeReads(world);
    describeLanguages(world);
    describeInput(world);
  });
}
