/**
 * The browsable API page at /api/docs: one self-contained HTML file (no CDN, no network) that
 * fetches /api/openapi.json and lists every operation with its parameters, body and responses.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OpsTrack API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d2330}
h1{font-size:1.5rem} h2{font-size:1.1rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #ccd}
details{border:1px solid #dde;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer} code,pre{font:13px ui-monospace,monospace}
pre{background:#f4f5f8;padding:.5rem;overflow:auto;max-height:24rem}
.m{display:inline-block;min-width:4.2rem;font-weight:600}.get{color:#0a6}.post{color:#06c}.patch{color:#a60}.delete{color:#c22}
table{border-collapse:collapse}td,th{padding:.15rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid #eee}
.lock{color:#888;font-size:.85em}
</style></head>
<body><h1>OpsTrack API</h1><p id="intro">Loading <a href="openapi.json">openapi.json</a>…</p><main id="ops"></main>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const json = (v) => '<pre>' + esc(JSON.stringify(v, null, 2)) + '</pre>';
fetch('openapi.json').then((r) => r.json()).then((doc) => {
  document.getElementById('intro').innerHTML = esc(doc.info.description) + ' Document: <a href="openapi.json">openapi.json</a> (OpenAPI ' + esc(doc.openapi) + ').';
  const groups = {};
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const tag = (op.tags && op.tags[0]) || path.split('/')[2] || 'api';
    (groups[tag] = groups[tag] || []).push({ path, method, op });
  }
  let html = '';
  for (const [tag, ops] of Object.entries(groups)) {
    html += '<h2>' + esc(tag) + '</h2>';
    for (const { path, method, op } of ops) {
      html += '<details><summary><span class="m ' + method + '">' + method.toUpperCase() + '</span><code>' + esc(path) + '</code> ' + esc(op.summary || '') +
        (op.security && op.security.length === 0 ? '' : ' <span class="lock">auth</span>') + '</summary>';
      if (op.description) html += '<p>' + esc(op.description) + '</p>';
      if (op.parameters) html += '<table><tr><th>parameter</th><th>in</th><th>schema</th><th></th></tr>' + op.parameters.map((p) =>
        '<tr><td><code>' + esc(p.name) + '</code>' + (p.required ? ' *' : '') + '</td><td>' + esc(p.in) + '</td><td><code>' + esc(JSON.stringify(p.schema)) + '</code></td><td>' + esc(p.description || '') + '</td></tr>').join('') + '</table>';
      if (op.requestBody) html += '<p>Body:</p>' + json(op.requestBody.content);
      html += '<p>Responses:</p><table>' + Object.entries(op.responses).map(([code, r]) =>
        '<tr><td>' + esc(code) + '</td><td>' + esc(r.description) + (r.content ? json(r.content['application/json'].schema) : '') + '</td></tr>').join('') + '</table></details>';
    }
  }
  document.getElementById('ops').innerHTML = html;
}).catch((e) => { document.getElementById('intro').textContent = 'Could not load openapi.json: ' + e; });
</script></body></html>
`;
