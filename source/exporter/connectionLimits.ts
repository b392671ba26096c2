import type http from 'node:http';
import type {Socket} from 'node:net';

/** How long a client may take to send a whole request, and keep a connection open idle after an answer. */
export type ConnectionTimeouts = {requestMs: number; idleMs: number};

/**
 * Against clients that hold a connection without finishing a request: a scrape's request is a few
 * headers, sent at once. Not a flag: only the tests choose others, to see them at work in a second.
 */
export const connectionTimeouts: ConnectionTimeouts = {requestMs: 10_000, idleMs: 5000};

/** Checked every second (Node's default is every 30), or four times within a shorter time-out. */
export const serverOptions = ({requestMs, idleMs}: ConnectionTimeouts): http.ServerOptions => ({
	headersTimeout: requestMs,
	requestTimeout: requestMs,
	keepAliveTimeout: idleMs,
	connectionsCheckingInterval: Math.min(1000, requestMs / 4),
});

/** Answers a connection may hold that its client has not taken: a scraper waits for each one. */
const maxUnread = 16;
/** Bytes of answers a connection may have waiting in memory for its client to read. */
const maxBuffered = 4 * 1024 * 1024;

const unread = new WeakMap<Socket, number>();

/**
 * Whether to answer this request. A client that pipelines requests without reading the answers
 * would otherwise have each answer made and kept in memory, and the CPU spent on them delays every
 * other scraper; its connection is closed instead.
 */
export function admitRequest(request: http.IncomingMessage, response: http.ServerResponse): boolean {
	const {socket} = request;
	const waiting = (unread.get(socket) ?? 0) + 1;
	if (socket.destroyed || waiting > maxUnread || socket.writableLength > maxBuffered) {
		socket.destroy();
		return false;
	}

	unread.set(socket, waiting);
	response.once('close', () => {
		unread.set(socket, (unread.get(socket) ?? 1) - 1);
	});
	return true;
}
