import type http from 'node:http';
import type {Socket} from 'node:net';

/**
 * Against clients that hold a connection without finishing a request: a scrape's request is a few
 * headers, sent at once. Checked every second (Node's default is every 30).
 */
export const serverOptions: http.ServerOptions = {headersTimeout: 10_000, requestTimeout: 10_000, connectionsCheckingInterval: 1000};

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
