/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint, for the translation tests
 * (API and browser): answers "EN: <the first 40 characters of the user's text>" and records what it
 * was asked, so a test can count calls.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An OpenAI-compatible chat-completions stand-in: answers "EN: <user text>" and records what it was asked. */
export async function fakeEndpoint(): Promise<{ url: string; asked: Array<{ model: string; messages: Array<{ role: string; content: string }> }>; close: () => Promise<void> }> {
  const asked: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions') { res.writeHead(404).end(); return; }
      const json = JSON.parse(body) as { model: string; messages: Array<{ role: string; content: string }> };
      asked.push(json);
      const user = json.messages.find((m) => m.role === 'user')?.content ?? '';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: `EN: ${user.slice(0, 40)}` } }] }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asked, close: () => new Promise((ok) => server.close(() => ok())) };
}

