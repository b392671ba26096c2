import http from 'node:http';
import https from 'node:https';
import {bodyTooLarge, maxBodyBytes, unreadableBody} from './cappedFetch.js';
import {RequestTimeout, type Transport} from './transport.js';

/**
 * GET over node:http, for the tmux updater, which runs for days: fetch (undici, and ky with it)
 * keeps some 20 MB more for as long as the process lives, 40 MB at its peak (docs/performance.md).
 * What ky and fetch do for the other modes is done here: one time-out for the whole answer, its
 * body included; no redirect followed; the body capped; no content encoding asked for, none taken.
 */
export const httpTransport: Transport = async ({url, headers, timeoutMs}) =>
	new Promise((resolve, reject) => {
		const request = (url.protocol === 'https:' ? https : http).get(url, {headers}, response => {
			const status = response.statusCode ?? 0;
			const encoding = response.headers['content-encoding'];
			if (encoding !== undefined && encoding !== 'identity') {
				request.destroy(unreadableBody(status, new Error(`content-encoding ${encoding}`)));
				return;
			}

			const chunks: Buffer[] = [];
			let size = 0;
			response.on('data', (chunk: Buffer) => {
				size += chunk.byteLength;
				if (size > maxBodyBytes) {
					request.destroy(bodyTooLarge(status));
					return;
				}

				chunks.push(chunk);
			});
			response.on('error', error => {
				request.destroy(unreadableBody(status, error));
			});
			response.on('end', () => {
				clearTimeout(timer);
				const header = (name: string) => {
					const value = response.headers[name.toLowerCase()];
					return Array.isArray(value) ? value.join(', ') : value;
				};
				resolve({status, header, body: Buffer.concat(chunks).toString('utf8')});
			});
		});
		const timer = setTimeout(() => {
			request.destroy(new RequestTimeout(`Request timed out after ${timeoutMs}ms`));
		}, timeoutMs);
		request.on('error', error => {
			clearTimeout(timer);
			reject(error);
		});
	});
