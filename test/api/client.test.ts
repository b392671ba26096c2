import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {createClient} from '../../source/api/client.js';
import {kyTransport} from '../../source/api/kyTransport.js';
import {failure as failureWith} from '../helpers/apiFailure.js';
import {sample, sampleBody, unauthorizedBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {transports} from '../helpers/transports.js';

const apiKey = 'sk_test_0123456789abcdef';
let server: TestServer;

beforeEach(async () => {
	server = await startServer({body: sampleBody});
});

afterEach(async () => {
	await server.close();
});

function client(timeoutSeconds = 5) {
	return createClient({baseUrl: server.url, apiKey, timeoutSeconds, userAgent: 'srtgen-top/9.9.9', transport});
}

const failure = async (promise: Promise<unknown>) => failureWith(promise, apiKey);

let transport = kyTransport;

describe.each(transports)('over %s', (_name, over) => {
	beforeEach(() => {
		transport = over;
	});

	describe('a documented response', () => {
		test('the sample response becomes a full snapshot', async () => {
			const snapshot = await client().fetchBalance();
			expect(snapshot).toEqual({
				account: {name: 'Alex Rivera', email: '[email protected]'},
				totalBalance: 1250,
				monthlyCredits: 1000,
				extraCredits: 250,
				plans: [
					{
						id: 'starter',
						name: 'Starter Plan',
						status: 'active',
						balance: 1000,
						total: 1000,
						resetsAt: new Date('2026-04-29T17:48:46.000Z'),
					},
				],
				storage: {used: 209_715_200, limit: 10_737_418_240, usedText: '200 MB', limitText: '10 GB'},
				updatedAt: new Date('2026-03-29T17:48:46.000Z'),
				unreadable: [],
			});
		});

		test('sends GET /api/v1/balance with the key, a user agent and nothing else surprising', async () => {
			await client().fetchBalance();
			const [request] = server.requests;
			expect(request?.method).toBe('GET');
			expect(request?.url).toBe('/api/v1/balance');
			expect(request?.headers['x-api-key']).toBe(apiKey);
			expect(request?.headers['user-agent']).toBe('srtgen-top/9.9.9');
		});

		test('keeps a path prefix of the base URL', async () => {
			const prefixed = createClient({
				baseUrl: new URL('/proxy/', server.url),
				apiKey,
				timeoutSeconds: 5,
				userAgent: 'x', transport,
			});
			await prefixed.fetchBalance();
			expect(server.requests[0]?.url).toBe('/proxy/api/v1/balance');
		});

		test('an empty plan list is a valid account with no plans', async () => {
			const body = sample();
			body['credits'].plans = [];
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.plans).toEqual([]);
			expect(snapshot.totalBalance).toBe(1250);
			expect(snapshot.unreadable).toEqual([]);
		});

		test('calls made while a request is in flight share it: one request at a time', async () => {
			const shared = client();
			const [a, b] = await Promise.all([shared.fetchBalance(), shared.fetchBalance()]);
			expect(a).toBe(b);
			expect(server.requests).toHaveLength(1);
			await shared.fetchBalance();
			expect(server.requests).toHaveLength(2);
		});
	});

	describe('malformed fields are marked, not fatal', () => {
		test('wrong field types leave those fields unknown and keep the rest', async () => {
			const body = sample();
			body['credits'].totalBalance = '1250';
			body['credits'].plans[0].balance = null;
			body['storage'].usage = -5;
			body['user'] = 'Alex';
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.totalBalance).toBeUndefined();
			expect(snapshot.extraCredits).toBe(250);
			expect(snapshot.plans[0]?.balance).toBeUndefined();
			expect(snapshot.plans[0]?.name).toBe('Starter Plan');
			expect(snapshot.storage.used).toBeUndefined();
			expect(snapshot.storage.limit).toBe(10_737_418_240);
			expect(snapshot.account).toEqual({name: undefined, email: undefined});
			expect(snapshot.unreadable).toEqual([
				'user.name',
				'user.email',
				'credits.totalBalance',
				'credits.plans[0].balance',
				'storage.usage',
			]);
		});

		test('one bad plan and an unparseable resetTime do not throw away the others', async () => {
			const body = sample();
			const good = body['credits'].plans[0];
			body['credits'].plans = ['not a plan', {...good, id: 'pro', resetTime: 'next Tuesday'}, good];
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.plans.map(plan => plan.id)).toEqual(['pro', 'starter']);
			expect(snapshot.plans[0]?.resetsAt).toBeUndefined();
			expect(snapshot.plans[0]?.balance).toBe(1000);
			expect(snapshot.plans[1]?.resetsAt).toEqual(new Date('2026-04-29T17:48:46.000Z'));
			expect(snapshot.unreadable).toEqual(['credits.plans[0]', 'credits.plans[1].resetTime']);
		});

		test('the undocumented fields may be absent without complaint', async () => {
			const body = sample();
			delete body['credits'].totalMonthlyCredits;
			delete body['updatedAt'];
			const plan = body['credits'].plans[0];
			delete plan.id;
			delete plan.total;
			delete plan.resetTime;
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.monthlyCredits).toBeUndefined();
			expect(snapshot.plans[0]).toEqual({
				name: 'Starter Plan',
				status: 'active',
				balance: 1000,
				id: undefined,
				total: undefined,
				resetsAt: undefined,
			});
			expect(snapshot.unreadable).toEqual([]);
		});
	});

	describe('errors a user can act on', () => {
		test('401 with the documented envelope: the key was rejected', async () => {
			server.reply({status: 401, body: unauthorizedBody});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('unauthorized');
			expect(error.message).toBe(
				'The API key was rejected (401: Invalid or expired API key); it was read from $SRTGEN_API_KEY.',
			);
		});

		test('a 401 names where the key came from', async () => {
			server.reply({status: 401, body: unauthorizedBody});
			const error = await failure(
				createClient({
					baseUrl: server.url,
					apiKey,
					keySource: '--key-file /run/k',
					timeoutSeconds: 2,
					userAgent: 'test', transport,
				}).fetchBalance(),
			);
			expect(error.message).toBe(
				'The API key was rejected (401: Invalid or expired API key); it was read from --key-file /run/k.',
			);
			expect(error.details.keySource).toBe('--key-file /run/k');
		});

		test.each([
			['the API\'s own', {success: false, error: 'forbidden', message: 'Plan suspended'}],
			['a nested error', {error: {code: 'forbidden', message: 'Plan suspended'}}],
			['a list of errors', {errors: [{code: 'forbidden', message: 'Plan suspended'}]}],
			['a list of texts', {errors: ['Plan suspended']}],
			['a detail', {detail: 'Plan suspended'}],
			['OAuth\'s', {error: 'forbidden', error_description: 'Plan suspended'}],
		])('an error envelope in %s shape gives its message', async (_, envelope) => {
			server.reply({status: 403, body: JSON.stringify(envelope)});
			expect((await failure(client().fetchBalance())).message).toBe('The API answered 403 (Plan suspended).');
		});

		test('an envelope with only a code gives the code', async () => {
			server.reply({status: 403, body: JSON.stringify({error: {code: 'forbidden'}})});
			expect((await failure(client().fetchBalance())).message).toBe('The API answered 403 (forbidden).');
		});

		test('500 with an envelope gives the server message', async () => {
			server.reply({
				status: 500,
				body: '{"success":false,"error":"server_error","message":"An unexpected internal error occurred."}',
			});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('server');
			expect(error.details.status).toBe(500);
			expect(error.message).toBe('Server error 500 (An unexpected internal error occurred.).');
		});

		test('an HTML 502 from a proxy is named, not dumped', async () => {
			const page = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(50_000)}</body></html>`;
			server.reply({status: 502, headers: {'content-type': 'text/html'}, body: page});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('server');
			expect(error.message).toBe('Server error 502 (an HTML page (a proxy or gateway answered)).');
		});

		test('429 with Retry-After in seconds', async () => {
			server.reply({
				status: 429,
				headers: {'retry-after': '30'},
				body: '{"success":false,"error":"rate_limited","message":"Slow down"}',
			});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('server');
			expect(error.details).toEqual({status: 429, retryAfterSeconds: 30});
			expect(error.message).toBe('Rate limited by the API (429: Slow down); retry after 30s.');
		});

		test('503 with Retry-After as an HTTP date', async () => {
			const at = new Date(Date.now() + 120_000).toUTCString();
			server.reply({status: 503, headers: {'retry-after': at}, body: ''});
			const error = await failure(client().fetchBalance());
			expect(error.details.retryAfterSeconds).toBeGreaterThan(100);
			expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(120);
		});

		test('truncated JSON', async () => {
			server.reply({body: sampleBody.slice(0, 120)});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('response');
			expect(error.message).toBe('The API answered 200 with truncated or invalid JSON, not a balance.');
		});

		test('an empty body', async () => {
			server.reply({body: ''});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe('The API answered 200 with an empty body.');
		});

		test('success: false on a 200 carries the envelope message, sanitised', async () => {
			server.reply({
				body: JSON.stringify({
					success: false,
					error: 'quota',
					message: `Account\u001B[31m suspended\n${'!'.repeat(500)}`,
				}),
			});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('response');
			expect(error.message).toMatch(/^The API reported a failure: Account \[31m suspended !+….$/);
			expect(error.message).not.toContain('\u001B');
			expect(error.message.length).toBeLessThan(220);
		});

		test('a JSON array is not a balance', async () => {
			server.reply({body: '[1,2,3]'});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe('The API answered 200 with JSON that is not an object.');
		});

		test('an object without credits is not a balance', async () => {
			server.reply({body: '{"success":true,"user":{"name":"A"}}'});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe('The API response has no credit balance in it.');
		});

		test('a server that never answers times out after the configured seconds', async () => {
			server.reply({hang: true});
			const started = Date.now();
			const error = await failure(client(1).fetchBalance());
			expect(error.kind).toBe('network');
			expect(error.message).toBe(`Cannot reach ${server.url.host}: timed out after 1s.`);
			expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		});

		test('a body that stops coming times out too: the time-out covers reading it', async () => {
			server.reply({stallBody: true, body: sampleBody.slice(0, 100)});
			const started = Date.now();
			const error = await failure(client(1).fetchBalance());
			expect(error.kind).toBe('network');
			expect(error.message).toBe(`Cannot reach ${server.url.host}: timed out after 1s.`);
			expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		});

		test('redirects share the one time-out, not one each', async () => {
			server.reply(request => request.url === '/api/v1/balance'
				? {status: 307, headers: {location: '/v2/balance'}, delayMs: 700}
				: {body: sampleBody, delayMs: 700});
			// Each hop alone is quicker than the time-out; together they are not.
			const error = await failure(client(1).fetchBalance());
			expect(error.message).toBe(`Cannot reach ${server.url.host}: timed out after 1s.`);
			expect(server.requests.map(request => request.url)).toEqual(['/api/v1/balance', '/v2/balance']);
		});

		test('a refused connection names the host', async () => {
			const {url} = server;
			await server.close();
			const error = await failure(
				createClient({baseUrl: url, apiKey, timeoutSeconds: 5, userAgent: 'x', transport}).fetchBalance(),
			);
			server = await startServer();
			expect(error.kind).toBe('network');
			expect(error.message).toBe(`Cannot reach ${url.host}: connection refused.`);
		});

		test('a port fetch will not use says so, not "the request failed"', async () => {
			const error = await failure(createClient({baseUrl: new URL('http://127.0.0.1:1'), apiKey, timeoutSeconds: 5, userAgent: 'x', transport}).fetchBalance());
			// node:http has no such list: nothing listens there.
			expect(error.message).toBe(
				transport === kyTransport
					? 'Cannot reach 127.0.0.1:1: fetch refuses that port (bad port); choose another.'
					: 'Cannot reach 127.0.0.1:1: connection refused.',
			);
		});

		test('a message that echoes the key is redacted', async () => {
			server.reply({status: 400, body: JSON.stringify({success: false, message: `bad key ${apiKey}`})});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe('The API answered 400 (bad key [key]).');
		});
	});

	describe('redirects', () => {
		test('a redirect to another host is refused and that host never sees the key', async () => {
			const other = await startServer({body: sampleBody}, '127.0.0.2');
			try {
				server.reply({status: 307, headers: {location: new URL('/api/v1/balance', other.url).href}});
				const error = await failure(client().fetchBalance());
				expect(error.kind).toBe('redirect');
				expect(error.message).toContain(other.url.host);
				expect(other.requests).toHaveLength(0);
			} finally {
				await other.close();
			}
		});

		test('a redirect within the same origin is followed with the key', async () => {
			server.reply(request => request.url === '/api/v1/balance'
				? {status: 301, headers: {location: '/v2/balance'}}
				: {body: sampleBody});
			const snapshot = await client().fetchBalance();
			expect(snapshot.totalBalance).toBe(1250);
			expect(server.requests.map(request => [request.url, request.headers['x-api-key']])).toEqual([
				['/api/v1/balance', apiKey],
				['/v2/balance', apiKey],
			]);
		});

		test('a redirect loop within the origin ends with an error', async () => {
			server.reply({status: 302, headers: {location: '/api/v1/balance'}});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe(`Too many redirects from ${server.url.host}.`);
		});
	});

	describe('a hostile or broken server', () => {
		test('text fields reach the snapshot without escape sequences, line breaks or bidi overrides', async () => {
			const body = sample();
			body['user'].name = 'Evil\u001B[2J\u001B]2;pwned\u0007\u001B[31mRED';
			body['credits'].plans[0].status = 'act\u001B[41mive\r\nFAKE LINE';
			body['credits'].plans[0].name = '\u202Enalp\u009B31m';
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			for (const text of [snapshot.account.name, snapshot.plans[0]?.status, snapshot.plans[0]?.name]) {
				expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
			}

			expect(snapshot.account.name).toBe('Evil [2J ]2;pwned [31mRED');
			expect(snapshot.plans[0]?.status).toBe('act [41mive FAKE LINE');
		});

		test('the key is blanked wherever the server echoes it, in any case, even where a message is cut short', async () => {
			server.reply({status: 500, body: JSON.stringify({success: false, message: `${'x'.repeat(140)}${apiKey}`})});
			const cut = await failure(client().fetchBalance());
			expect(cut.message).not.toContain(apiKey.slice(0, 8));
			const body = sample();
			body['user'].name = apiKey.toUpperCase();
			body['user'].email = `${apiKey}@example.com`;
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.account).toEqual({name: '[key]', email: '[key]@example.com'});
		});

		test('the key spelled with JSON escapes is blanked too', async () => {
			const body = sample();
			body['user'].name = `Key ${apiKey}`;
			const escaped = JSON.stringify(body).replace(apiKey, apiKey.replaceAll('s', String.raw`\u0073`));
			expect(escaped).not.toContain(apiKey);
			server.reply({body: escaped});
			const snapshot = await client().fetchBalance();
			expect(snapshot.account.name).toBe('Key [key]');
		});

		test('a body over 1 MB is refused, not read into memory', async () => {
			server.reply({body: `{"padding":"${'x'.repeat(1_100_000)}"}`});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('response');
			expect(error.message).toBe('The API answered 200 with more than 1 MB, not a balance.');
		});

		test('a body that cannot be decoded is a response error, not "cannot reach"', async () => {
			server.reply({headers: {'content-encoding': 'gzip'}, body: 'this is not gzip'});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('response');
			expect(error.message).toMatch(/^The API's answer could not be read \(.+\)\.$/);
		});

		test('a redirect to https on the same host names the origin', async () => {
			server.reply({status: 301, headers: {location: `https://${server.url.host}/api/v1/balance`}});
			const error = await failure(client().fetchBalance());
			expect(error.message).toBe(`The API redirected to https://${server.url.host}; not followed, so the key stays with ${server.url.origin}. Check --base-url.`);
		});

		test('a Location that is not a URL', async () => {
			server.reply({status: 302, headers: {location: 'http://[oops'}});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('redirect');
			expect(error.message).toContain('an address that is not a URL');
		});

		test.each([
			['9'.repeat(400), 3600],
			['-5', undefined],
			['soon', undefined],
		])('Retry-After %s', async (value, seconds) => {
			server.reply({status: 429, headers: {'retry-after': value}, body: ''});
			const error = await failure(client().fetchBalance());
			expect(error.details.retryAfterSeconds).toBe(seconds);
			expect(error.message).not.toContain('Infinity');
		});
	});
});
