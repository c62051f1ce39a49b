// The WebSocket signaling server for y-webrtc: relays publish messages between the peers subscribed to a topic
// (the same JSON protocol as y-webrtc's reference server), and drops bad input without ever throwing.

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { WebSocketServer } from 'ws';

/** One message the server received, as given to the `log` option. */
export interface SignalingLogEntry {
  /** When it arrived, in milliseconds since the epoch. */
  at: number;
  /** The message's `type` when it has one; `invalid` when it is not a JSON object with a string type; `oversized` for a frame over the limit. */
  type: string;
  /** The text received, cut to {@link MAX_LOGGED_CHARS} characters (empty for an oversized frame, which is never read). */
  raw: string;
}

/** Options of {@link createSignaling}. */
export interface SignalingOptions {
  /** Receives every message the server receives. A logger that throws is ignored. */
  log?: (entry: SignalingLogEntry) => void;
  /** The largest frame accepted, in bytes; a larger one closes the connection (code 1009). Default 64 KiB. */
  maxMessageBytes?: number;
  /** How many topics one connection may be subscribed to at once; further subscriptions are ignored. Default 50. */
  maxTopicsPerConnection?: number;
  /** How often connections are pinged; one that has not answered the previous ping is closed. Default 30 000 ms. */
  pingIntervalMs?: number;
}

/** A running signaling server, to be attached to an HTTP server's `upgrade` event. */
export interface Signaling {
  /** Takes over an HTTP upgrade request and makes it a signaling connection. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection and stops the ping timer; later upgrades are refused. */
  close(): Promise<void>;
  /** How many connections are open and how many topics have subscribers. */
  stats(): { connections: number; topics: number };
}

/** The longest topic name accepted, in characters. */
export const MAX_TOPIC_LENGTH = 200;
/** How much of each received message reaches the log, in characters. */
export const MAX_LOGGED_CHARS = 10_000;

const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;
const DEFAULT_MAX_TOPICS = 50;
const DEFAULT_PING_INTERVAL_MS = 30_000;
/** How long close() waits for clients to answer the close handshake before cutting them off. */
const CLOSE_GRACE_MS = 1_000;
const MAX_LOGGED_TYPE_CHARS = 64;

interface Connection {
  socket: WebSocket;
  topics: Set<string>;
  alive: boolean;
  closed: boolean;
}

function isTopic(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOPIC_LENGTH;
}

function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates a signaling server that speaks y-webrtc's protocol: subscribe, unsubscribe, publish and ping. */
export function createSignaling(options: SignalingOptions = {}): Signaling {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxTopics = options.maxTopicsPerConnection ?? DEFAULT_MAX_TOPICS;
  const pingIntervalMs = options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  /** Topic name → the connections subscribed to it; a topic with no subscribers is deleted. */
  const topics = new Map<string, Set<Connection>>();
  const connections = new Set<Connection>();
  let closing = false;

  const log = (type: string, raw: string): void => {
    if (!options.log) return;
    try {
      options.log({ at: Date.now(), type, raw: raw.slice(0, MAX_LOGGED_CHARS) });
    } catch {
      // A faulty logger must not take the server down.
    }
  };

  const sendText = (conn: Connection, text: string): void => {
    if (conn.closed || conn.socket.readyState !== conn.socket.OPEN) return;
    try {
      conn.socket.send(text);
    } catch {
      conn.socket.terminate();
    }
  };

  const unsubscribe = (conn: Connection, topic: string): void => {
    conn.topics.delete(topic);
    const subscribers = topics.get(topic);
    if (!subscribers) return;
    subscribers.delete(conn);
    if (subscribers.size === 0) topics.delete(topic);
  };

  const subscribe = (conn: Connection, topic: string): void => {
    if (conn.topics.has(topic) || conn.topics.size >= maxTopics) return;
    conn.topics.add(topic);
    let subscribers = topics.get(topic);
    if (!subscribers) {
      subscribers = new Set();
      topics.set(topic, subscribers);
    }
    subscribers.add(conn);
  };

  const onMessage = (conn: Connection, data: RawData): void => {
    conn.alive = true;
    const text = rawToText(data);
    const message = parseObject(text);
    const type = typeof message?.type === 'string' ? message.type.slice(0, MAX_LOGGED_TYPE_CHARS) : 'invalid';
    log(type, text);
    if (!message || conn.closed) return;
    switch (message.type) {
      case 'subscribe':
      case 'unsubscribe': {
        if (!Array.isArray(message.topics)) return;
        for (const topic of message.topics as unknown[]) {
          if (!isTopic(topic)) continue;
          if (message.type === 'subscribe') subscribe(conn, topic);
          else unsubscribe(conn, topic);
        }
        return;
      }
      case 'publish': {
        if (!isTopic(message.topic)) return;
        const receivers = topics.get(message.topic);
        if (!receivers) return;
        // Like the reference server, every subscriber gets it, the sender included, with the count of subscribers.
        const text = JSON.stringify({ ...message, clients: receivers.size });
        for (const receiver of receivers) sendText(receiver, text);
        return;
      }
      case 'ping':
        sendText(conn, JSON.stringify({ type: 'pong' }));
        return;
      default:
        return;
    }
  };

  const onConnection = (socket: WebSocket): void => {
    const conn: Connection = { socket, topics: new Set(), alive: true, closed: false };
    connections.add(conn);
    socket.on('message', (data) => {
      try {
        onMessage(conn, data);
      } catch {
        // Nothing a client sends may throw out of here; drop what could not be handled.
      }
    });
    socket.on('pong', () => {
      conn.alive = true;
    });
    socket.on('error', (error: Error & { code?: string }) => {
      // ws closes the connection itself after a protocol error, e.g. a frame over maxPayload.
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') log('oversized', '');
    });
    socket.on('close', () => {
      conn.closed = true;
      for (const topic of [...conn.topics]) unsubscribe(conn, topic);
      connections.delete(conn);
    });
  };

  const heartbeat = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.socket.ping();
      } catch {
        conn.socket.terminate();
      }
    }
  }, pingIntervalMs);
  heartbeat.unref();

  return {
    handleUpgrade(req, socket, head) {
      if (closing) {
        socket.destroy();
        return;
      }
      try {
        wss.handleUpgrade(req, socket, head, (ws) => {
          if (closing) ws.terminate();
          else onConnection(ws);
        });
      } catch {
        socket.destroy();
      }
    },
    close() {
      closing = true;
      clearInterval(heartbeat);
      const done = new Promise<void>((resolveClose) => wss.close(() => resolveClose()));
      for (const conn of connections) {
        try {
          conn.socket.close(1001, 'Server closing');
        } catch {
          conn.socket.terminate();
        }
      }
      const cutOff = setTimeout(() => {
        for (const conn of connections) conn.socket.terminate();
      }, CLOSE_GRACE_MS);
      return done.finally(() => clearTimeout(cutOff));
    },
    stats() {
      return { connections: connections.size, topics: topics.size };
    },
  };
}
