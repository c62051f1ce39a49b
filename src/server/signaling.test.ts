// @vitest-environment node
// The signaling server, end to end: a real HTTP server on 127.0.0.1 and real WebSocket clients.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { SignalingLogEntry, SignalingOptions } from './signaling.ts';
import { MAX_LOGGED_CHARS, createSignaling } from './signaling.ts';
import type { RunningServer } from './staticServer.ts';
import { startStaticServer } from './staticServer.ts';

type Message = Record<string, unknown>;

/** A test client that keeps every message it receives, in order. */
interface Client {
  ws: WebSocket;
  received: Message[];
  send: (message: unknown) => void;
  /** Waits for the next message not yet taken. */
  next: () => Promise<Message>;
  /** Sends a ping and waits for the pong: everything sent before it has been handled by then. */
  sync: () => Promise<void>;
  closed: Promise<{ code: number }>;
}

let root: string;
const running: RunningServer[] = [];
const clients: WebSocket[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'roundtable-signaling-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Roundtable</title>');
});

afterEach(async () => {
  for (const ws of clients.splice(0)) ws.terminate();
  await Promise.all(running.splice(0).map((server) => server.close()));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function start(options: SignalingOptions = {}) {
  const log: SignalingLogEntry[] = [];
  const signaling = createSignaling({ log: (entry) => log.push(entry), ...options });
  const server = await startStaticServer({ root, port: 0, host: '127.0.0.1', signaling });
  running.push(server);
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/signal`;
  return { server, signaling, log, wsUrl, connect: (url = wsUrl, autoPong = true) => connect(url, autoPong) };
}

function connect(url: string, autoPong = true): Promise<Client> {
  const ws = new WebSocket(url, { autoPong });
  clients.push(ws);
  const received: Message[] = [];
  const waiting: ((message: Message) => void)[] = [];
  let taken = 0;
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    received.push(message);
    const waiter = waiting.shift();
    if (waiter) {
      taken++;
      waiter(message);
    }
  });
  const closed = new Promise<{ code: number }>((resolveClose) => ws.on('close', (code) => resolveClose({ code })));
  const next = () =>
    new Promise<Message>((resolveNext, rejectNext) => {
      if (taken < received.length) {
        resolveNext(received[taken++]!);
        return;
      }
      const timer = setTimeout(() => rejectNext(new Error('no message within 2 s')), 2000);
      waiting.push((message) => {
        clearTimeout(timer);
        resolveNext(message);
      });
    });
  const send = (message: unknown) => ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  const sync = async () => {
    send({ type: 'ping' });
    for (;;) if ((await next()).type === 'pong') return;
  };
  return new Promise((resolveOpen, rejectOpen) => {
    ws.once('open', () => resolveOpen({ ws, received, send, next, sync, closed }));
    ws.once('error', rejectOpen);
  });
}

/** The publishes a client has received, without the pongs. */
const publishes = (client: Client) => client.received.filter((message) => message.type === 'publish');

describe('signaling server', () => {
  it('forwards a publish to every subscriber of its topic, the sender included, with the count of subscribers', async () => {
    const { connect, signaling } = await start();
    const [alice, bob, carol] = await Promise.all([connect(), connect(), connect()]);
    alice.send({ type: 'subscribe', topics: ['room-a'] });
    bob.send({ type: 'subscribe', topics: ['room-a'] });
    carol.send({ type: 'subscribe', topics: ['room-b'] });
    await Promise.all([alice.sync(), bob.sync(), carol.sync()]);
    expect(signaling.stats()).toEqual({ connections: 3, topics: 2 });

    const data = { type: 'announce', from: 'peer-1' };
    alice.send({ type: 'publish', topic: 'room-a', data });
    await Promise.all([alice.sync(), bob.sync(), carol.sync()]);

    const expected = { type: 'publish', topic: 'room-a', data, clients: 2 };
    expect(publishes(alice)).toEqual([expected]);
    expect(publishes(bob)).toEqual([expected]);
    expect(publishes(carol)).toEqual([]);
  });

  it('stops delivering a topic after unsubscribe, and forgets the topic once nobody is left', async () => {
    const { connect, signaling } = await start();
    const [alice, bob] = await Promise.all([connect(), connect()]);
    alice.send({ type: 'subscribe', topics: ['room-a', 'room-b'] });
    bob.send({ type: 'subscribe', topics: ['room-a'] });
    await Promise.all([alice.sync(), bob.sync()]);

    bob.send({ type: 'unsubscribe', topics: ['room-a'] });
    await bob.sync();
    alice.send({ type: 'publish', topic: 'room-a', data: 'one' });
    await Promise.all([alice.sync(), bob.sync()]);
    expect(publishes(bob)).toEqual([]);
    expect(publishes(alice)).toEqual([{ type: 'publish', topic: 'room-a', data: 'one', clients: 1 }]);

    alice.send({ type: 'unsubscribe', topics: ['room-a', 'room-b'] });
    await alice.sync();
    expect(signaling.stats()).toEqual({ connections: 2, topics: 0 });
  });

  it('answers ping with pong', async () => {
    const { connect } = await start();
    const client = await connect();
    client.send({ type: 'ping' });
    expect(await client.next()).toEqual({ type: 'pong' });
  });

  it('ignores garbage and keeps working', async () => {
    const { connect, signaling } = await start();
    const [sender, listener] = await Promise.all([connect(), connect()]);
    listener.send({ type: 'subscribe', topics: ['room'] });
    await listener.sync();

    const longTopic = 'x'.repeat(201);
    const garbage: unknown[] = [
      'not json',
      '{"type":',
      '',
      '[1,2,3]',
      '42',
      'null',
      '"publish"',
      'true',
      { no: 'type' },
      { type: 42 },
      { type: 'unknown' },
      { type: 'x'.repeat(5000) },
      { type: 'subscribe' },
      { type: 'subscribe', topics: 'room' },
      { type: 'subscribe', topics: [1, null, {}, ['room'], '', longTopic] },
      { type: 'unsubscribe', topics: { 0: 'room' } },
      { type: 'publish' },
      { type: 'publish', topic: ['room'], data: 1 },
      { type: 'publish', topic: longTopic, data: 1 },
      { type: 'publish', topic: 'nobody-here', data: 1 },
      '{"type":"unknown","__proto__":{"polluted":true}}',
      '{"type":"publish","topic":"nobody-here","data":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
    ];
    for (const message of garbage) sender.send(message);
    sender.ws.send(Buffer.from([0xff, 0xfe, 0x00, 0x01]), { binary: true });
    await sender.sync();

    expect(signaling.stats()).toEqual({ connections: 2, topics: 1 });
    expect(publishes(listener)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    sender.send({ type: 'publish', topic: 'room', data: 'still here' });
    expect(await listener.next()).toEqual({ type: 'publish', topic: 'room', data: 'still here', clients: 1 });
  });

  it('closes a connection that sends a frame over maxMessageBytes, and serves the others', async () => {
    const { connect, signaling, log } = await start({ maxMessageBytes: 1024 });
    const [big, listener] = await Promise.all([connect(), connect()]);
    listener.send({ type: 'subscribe', topics: ['room'] });
    await listener.sync();

    big.send({ type: 'publish', topic: 'room', data: 'x'.repeat(2000) });
    expect((await big.closed).code).toBe(1009);
    expect(log.map((entry) => entry.type)).toContain('oversized');
    await vi.waitFor(() => expect(signaling.stats().connections).toBe(1));
    expect(publishes(listener)).toEqual([]);

    const later = await connect();
    later.send({ type: 'publish', topic: 'room', data: 'small' });
    expect(await listener.next()).toEqual({ type: 'publish', topic: 'room', data: 'small', clients: 1 });
  });

  it('removes a closed connection from its topics and deletes empty topics', async () => {
    const { connect, signaling } = await start();
    const [alice, bob] = await Promise.all([connect(), connect()]);
    alice.send({ type: 'subscribe', topics: ['shared', 'alice-only'] });
    bob.send({ type: 'subscribe', topics: ['shared'] });
    await Promise.all([alice.sync(), bob.sync()]);
    expect(signaling.stats()).toEqual({ connections: 2, topics: 2 });

    alice.ws.close();
    await vi.waitFor(() => expect(signaling.stats()).toEqual({ connections: 1, topics: 1 }));
    bob.send({ type: 'publish', topic: 'shared', data: 1 });
    expect(await bob.next()).toMatchObject({ type: 'publish', clients: 1 });

    bob.ws.terminate();
    await vi.waitFor(() => expect(signaling.stats()).toEqual({ connections: 0, topics: 0 }));
  });

  it('logs every message it receives, as text cut to 10 000 characters', async () => {
    const { connect, log } = await start();
    const client = await connect();
    const sent = [
      JSON.stringify({ type: 'subscribe', topics: ['room'] }),
      JSON.stringify({ type: 'publish', topic: 'room', data: 'ciphertext' }),
      'not json',
      '[1]',
      JSON.stringify({ type: 'unsubscribe', topics: ['room'] }),
    ];
    for (const text of sent) client.send(text);
    const long = JSON.stringify({ type: 'publish', topic: 'room', data: 'y'.repeat(20_000) });
    client.send(long);
    await client.sync();

    expect(log.map(({ type, raw }) => ({ type, raw }))).toEqual([
      { type: 'subscribe', raw: sent[0] },
      { type: 'publish', raw: sent[1] },
      { type: 'invalid', raw: 'not json' },
      { type: 'invalid', raw: '[1]' },
      { type: 'unsubscribe', raw: sent[4] },
      { type: 'publish', raw: long.slice(0, MAX_LOGGED_CHARS) },
      { type: 'ping', raw: '{"type":"ping"}' },
    ]);
    for (const entry of log) expect(entry.at).toBeTypeOf('number');
  });

  it('keeps a client to maxTopicsPerConnection topics', async () => {
    const { connect, signaling } = await start({ maxTopicsPerConnection: 3 });
    const [greedy, other] = await Promise.all([connect(), connect()]);
    greedy.send({ type: 'subscribe', topics: ['t1', 't2'] });
    greedy.send({ type: 'subscribe', topics: ['t2', 't3', 't4', 't5'] });
    await greedy.sync();
    expect(signaling.stats().topics).toBe(3);

    other.send({ type: 'publish', topic: 't4', data: 'x' });
    other.send({ type: 'publish', topic: 't3', data: 'y' });
    await other.sync();
    await greedy.sync();
    expect(publishes(greedy)).toEqual([{ type: 'publish', topic: 't3', data: 'y', clients: 1 }]);

    // Unsubscribing frees a place.
    greedy.send({ type: 'unsubscribe', topics: ['t1'] });
    greedy.send({ type: 'subscribe', topics: ['t4'] });
    await greedy.sync();
    other.send({ type: 'publish', topic: 't4', data: 'z' });
    expect(await greedy.next()).toEqual({ type: 'publish', topic: 't4', data: 'z', clients: 1 });
  });

  it('closes connections that stop answering pings, and keeps those that answer', async () => {
    const { connect, wsUrl, signaling } = await start({ pingIntervalMs: 40 });
    const silent = await connect(wsUrl, false);
    const lively = await connect();
    await silent.closed;
    await new Promise((resolveWait) => setTimeout(resolveWait, 150));
    expect(lively.ws.readyState).toBe(WebSocket.OPEN);
    expect(signaling.stats().connections).toBe(1);
  });

  it('refuses upgrades on other paths, and still serves the app over HTTP', async () => {
    const { server, connect } = await start();
    const wsBase = server.url.replace(/^http/, 'ws');
    for (const path of ['/', '/signal/extra', '/other', '/signals']) {
      await expect(connect(`${wsBase}${path}`)).rejects.toThrow(/404/);
    }
    await expect(connect(`${wsBase}/signal?room=1`)).resolves.toBeDefined();
    const response = await fetch(`${server.url}/some/route`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Roundtable');
  });

  it('stops everything on close()', async () => {
    const { server, signaling, connect, wsUrl } = await start();
    const [alice, bob] = await Promise.all([connect(), connect()]);
    alice.send({ type: 'subscribe', topics: ['room'] });
    await alice.sync();

    await server.close();
    running.splice(running.indexOf(server), 1);
    expect((await alice.closed).code).toBe(1001);
    expect((await bob.closed).code).toBe(1001);
    expect(signaling.stats()).toEqual({ connections: 0, topics: 0 });
    expect(server.server.listening).toBe(false);
    await expect(connect(wsUrl)).rejects.toThrow(/ECONNREFUSED/);
    // Closing again is harmless.
    await signaling.close();
  });
});
