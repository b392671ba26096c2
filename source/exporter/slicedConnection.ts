import type http from 'node:http';
import type {Socket} from 'node:net';
import {Duplex} from 'node:stream';

/** Bytes of a connection parsed at a time: a scrape's request is a few hundred. */
const sliceBytes = 2048;

/**
 * A connection as the HTTP server reads it: what the client sent, a slice at a time, the next slice
 * on a later turn of the event loop. Node parses every request of a 64 KB read at once (some 1,800
 * pipelined ones) before a handler can close the connection; sliced, one that floods is closed after
 * a few dozen, and every other connection is read in between.
 */
class SlicedConnection extends Duplex {
	private rest: {chunk: Buffer; at: number} | undefined;

	constructor(private readonly raw: Socket) {
		super({allowHalfOpen: true});
		raw.on('data', (chunk: Buffer) => {
			raw.pause();
			this.rest = {chunk, at: 0};
			this.feed();
		});
		raw.on('end', () => this.push(null));
		raw.on('error', error => this.destroy(error));
		raw.on('close', () => this.destroy());
		raw.on('timeout', () => this.emit('timeout'));
	}

	/** The keep-alive time-out the server sets, kept by the real socket. */
	setTimeout(milliseconds: number, callback?: () => void): this {
		this.raw.setTimeout(milliseconds);
		if (callback !== undefined) {
			this.once('timeout', callback);
		}

		return this;
	}

	override _read(): void {
		this.feed();
	}

	override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		this.raw.write(chunk, callback);
	}

	override _final(callback: () => void): void {
		this.raw.end(callback);
	}

	override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
		this.raw.destroy();
		callback(error);
	}

	/** Hands on one slice; the next on a later turn, as long as the server reads. */
	private feed(): void {
		const rest = this.rest;
		if (rest === undefined || this.destroyed) {
			return;
		}

		const end = Math.min(rest.chunk.length, rest.at + sliceBytes);
		this.rest = end < rest.chunk.length ? {chunk: rest.chunk, at: end} : undefined;
		const more = this.push(rest.chunk.subarray(rest.at, end));
		if (this.rest === undefined) {
			this.raw.resume();
		} else if (more) {
			setImmediate(() => {
				this.feed();
			});
		}
	}
}

/**
 * Makes the server parse each connection through a SlicedConnection. Its own connection listener
 * is given the wrapper in place of the socket, as a connection emitted to it may be any Duplex;
 * everything else (listening, time-outs, closing) stays the server's.
 */
export function sliceConnections(server: http.Server): void {
	const [parse] = server.listeners('connection') as Array<(this: http.Server, connection: Duplex) => void>;
	server.removeAllListeners('connection');
	server.on('connection', (raw: Socket) => {
		parse!.call(server, new SlicedConnection(raw));
	});
}
