/**
 * The model's claims joined to the rules': a claim telling the same thing (claimant, kind of
 * stance, target where it matters, overlapping evidence) is not added twice and lends the rule
 * claim what it lacked; a quote whose white space differs from the text is located and the text's
 * own characters kept; a resolved name never becomes an id the knowledge does not hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { extractWithLlm } from '../../src/extract/llm.ts';
import { locateQuote } from '../../src/extract/llm/evidence.ts';
import { mergeClaims, sameClaim } from '../../src/extract/llm/merge.ts';
import { resolveName } from '../../src/extract/llm/resolve.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { article, playRecorded } from './llm-server.ts';

const resolver = defaultResolver();

function claim(over: Partial<ClaimCandidate> & { start: number; end: number }): ClaimCandidate {
  const { start, end, ...rest } = over;
  return { claimant: 'AU', claimant_kind: 'state', stance: 'attributes', about: [], evidence: { text: 'x'.repeat(end - start), start, end }, confidence: 0.5, method: 'llm', ...rest };
}

test('merge: duplicates by claimant, stance kind, target and evidence overlap; the rule claim gains what it lacked', () => {
  const rule = claim({ start: 0, end: 100, method: 'cue', target: 'CN', stance: 'accuses' });
  const same = claim({ start: 10, end: 90, stance: 'attributes', target: 'CN', about: ['Leviathan'] });
  const otherTarget = claim({ start: 0, end: 100, target: 'RU' });
  const elsewhere = claim({ start: 300, end: 400, target: 'CN' });
  const denial = claim({ start: 0, end: 100, stance: 'denies', claimant: 'CN', target: 'US' });
  const ruleDenial = claim({ start: 20, end: 80, stance: 'denies', claimant: 'CN', target: 'CN', method: 'cue' });
  assert.ok(sameClaim(rule, same));
  assert.ok(!sameClaim(rule, otherTarget));
  assert.ok(!sameClaim(rule, elsewhere));
  assert.ok(sameClaim(ruleDenial, denial), 'a denial\'s target does not tell it apart');
  const merged = mergeClaims([rule, ruleDenial], [elsewhere, same, otherTarget, denial, { ...elsewhere }]);
  assert.equal(merged.duplicates, 3);
  assert.deepEqual(merged.claims.map((c) => [c.method, c.stance, c.target, c.evidence.start]), [
    ['cue', 'accuses', 'CN', 0], ['cue', 'denies', 'CN', 20], ['llm', 'attributes', 'RU', 0], ['llm', 'attributes', 'CN', 300],
  ]);
  assert.deepEqual(merged.claims[0]!.about, ['Leviathan'], 'the operation the model named joins the rule claim');
});

test('evidence: located verbatim, white space may differ, the text\'s characters are kept; otherwise nothing', () => {
  const text = 'Intro.\nThe ministry said the group\nwas behind it. Later text.';
  const at = locateQuote(text, 'The ministry said the group was behind it.');
  assert.ok(at);
  assert.equal(text.slice(at.start, at.end), 'The ministry said the group\nwas behind it.');
  assert.equal(locateQuote(text, 'The ministry said the gang was behind it.'), undefined);
  // found in its chunk first when it occurs twice
  const twice = 'A denied it. B spoke. A denied it.';
  assert.equal(locateQuote(twice, 'A denied it.', { start: 13, end: twice.length })?.start, 22);
});

test('names: states however named, state bodies as their state, aliases as the intrusion set; unknown kept, invented ids flagged', () => {
  const cases: Array<[string, string, string]> = [
    ['Bắc Kinh', 'vi', 'state:CN'], ['中方', 'zh', 'state:CN'], ['the Kremlin', 'en', 'state:RU'], ['cn', 'en', 'state:CN'],
    ['the Chinese embassy in Canberra', 'en', 'state:CN'], ['Ministry of State Security', 'en', 'state:CN'],
    ['Bronze Silhouette', 'en', 'group:Volt Typhoon'], ['伏特台风', 'zh', 'group:Volt Typhoon'], ['Kryptonite Panda', 'en', 'group:Leviathan'],
    ['Operation Harbour Lantern', 'en', 'unresolved:Operation Harbour Lantern'],
    ['intrusion-set--00000000-1111-4222-8333-444444444444', 'en', 'invented-id:intrusion-set--00000000-1111-4222-8333-444444444444'],
  ];
  for (const [name, lang, want] of cases) {
    const r = resolveName(name, resolver, lang);
    assert.equal(`${r.kind}:${r.value}`, want, name);
  }
});

test('with the rules: every model claim is either new or told once, and every claim quotes the text', async () => {
  for (const [name, fixture, path] of [['en', 'vllm-json-schema', ''], ['vi', 'ollama-api-chat', '/api/chat'], ['zh', 'ollama-api-chat-think', '/api/chat']] as const) {
    const text = article(name);
    const rules = extract(text);
    const p = await playRecorded([fixture]);
    try {
      const out = await extractWithLlm(text, rules, { url: `${p.url}${path}`, model: 'm' }, { resolver });
      assert.equal(out.claims.length, rules.claims.length + out.stats.kept, name);
      assert.equal(out.stats.kept + out.stats.duplicates, out.stats.proposed, name);
      for (let i = 0; i < out.claims.length; i++) {
        const c = out.claims[i]!;
        assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
        for (const d of out.claims.slice(i + 1)) if (c.method === 'llm' || d.method === 'llm') assert.ok(!sameClaim(c, d), `${name}: told twice`);
      }
    } finally {
      await p.close();
    }
  }
});
