import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { articleWorld } from './article-claims.ts';

for (const backend of BACKENDS) {
  describe(`opstrack claims (${backend})`, () => {
    test('tables by default, JSON on request, names resolved', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store, location) => {
        const world = articleWorld();
        await store.put(world.objects);
        const [attribution] = await new ClaimService(store, store.db).put(SYSTEM, world.claims(`${CLAIM_TYPE}--${randomUUID()}`));
        assert.ok(attribution);
        const cli = (...args: string[]) => runCliInProcess(location, ['claims', ...args]);

        const contested = await cli('--contested');
        assert.match(contested, /^SUBJECT\s+ACCUSING\s+DENYING\s+STATEMENTS$/m);
        assert.match(contested, /^Volt Typhoon\s+1\s+1\s+2$/m);
        assert.match(contested, /^Salt Typhoon\s+1\s+1\s+2$/m);
        const matrix = await cli('--matrix');
        assert.match(matrix, /^United States\s+China\s+1$/m);
        assert.match(matrix, /^China\s+United States\s+1$/m);
        const about = await cli('--about', 'volt typhoon');
        assert.match(about, /^Volt Typhoon: 2 claim\(s\)/);
        assert.match(about, /For:\n\s+Government of the United States attributes \(1\)/);
        assert.match(about, /Against:\n\s+Wang Lei denies \(1\)/);
        const byChina = JSON.parse(await cli('--by', 'China', '--json'));
        assert.equal(byChina.total, 2);
        assert.ok(byChina.items.every((c: { speaks_for_ref: string }) => c.speaks_for_ref === world.ids.cn));
        const all = JSON.parse(await cli('--json'));
        assert.equal(all.total, 4);
        assert.ok(all.items.some((c: { id: string }) => c.id === attribution.id));
        await assert.rejects(cli('--about', 'No Such Group Anywhere'), /no subject named/);
      });
    });
  });
}
