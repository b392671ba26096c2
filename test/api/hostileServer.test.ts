import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {createClient} from '../../source/api/client.js';
import {kyTransport} from '../../source/api/kyTransport.js';
import {maxPlans} from '../../source/api/snapshot.js';
import {failure as failureWith} from '../helpers/apiFailure.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {transports} from '../helpers/transports.js';

const apiKey = 'sk_test_hostile_5e6f7a8b';
let server: TestServer;

beforeEach(async () => {
	server = await startServer();
});

afterEach(async () => {
	await server.close();
});

const client = (key = apiKey) =>
	createClient({baseUrl: server.url, apiKey: key, timeoutSeconds: 5, userAgent: 'srtgen-top/9.9.9', transport});

const failure = async (promise: Promise<unknown>, key = apiKey) => failureWith(promise, key);

let transport = kyTransport;

describe.each(transports)('over %s', (_name, over) => {
	beforeEach(() => {
		transport = over;
	});

	describe('the key, echoed in disguise', () => {
		test('a 40,000-character key echoed back is blanked, with no regular expression to fail', async () => {
			const long = `sk_(${'a.*+?[]'.repeat(5800)})`;
			server.reply({status: 400, body: JSON.stringify({success: false, message: `bad key ${long}`})});
			const error = await failure(client(long).fetchBalance(), long);
			expect(error.message).toBe('The API answered 400 (bad key [key]).');
		});

		test.each([
			['zero-width spaces', apiKey.replace('hostile', 'hos\u200Btile\u200D')],
			['a soft hyphen and a byte-order mark', apiKey.replace('5e6f', '5e\u00AD6\uFEFFf')],
			['tag characters', apiKey.replace('7a8b', '7\u{E0061}a8\u{E0062}b')],
			['a control character', apiKey.replace('test', 'te\u0000st')],
		])('split by %s, in a field and in a message, it is still blanked', async (_, disguised) => {
			const body = sample();
			body['user'].name = `Owner ${disguised}`;
			server.reply({body: JSON.stringify(body)});
			expect((await client().fetchBalance()).account.name).toBe('Owner [key]');
			const message = `${'x'.repeat(140)}${disguised}`;
			server.reply({status: 500, body: JSON.stringify({success: false, message})});
			const error = await failure(client().fetchBalance());
			expect(error.message.replaceAll(/\s/g, '')).not.toContain(apiKey.slice(0, 8));
		});

		test('zero-width and format characters are gone from every text field', async () => {
			const body = sample();
			body['user'].name = 'Al\u200Bex\u2060 Ri\uFEFFvera\u00AD';
			body['credits'].plans[0].name = '\u2066Starter\u2069 Plan\u{E0001}';
			body['storage'].formattedUsage = '200\u200C MB';
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect([snapshot.account.name, snapshot.plans[0]?.name, snapshot.storage.usedText]).toEqual([
				'Alex Rivera',
				'Starter Plan',
				'200 MB',
			]);
		});
	});

	describe('bodies that are not a balance', () => {
		test('400,000 levels of nesting: a bad response, not a network error', async () => {
			server.reply({body: `${'['.repeat(400_000)}${']'.repeat(400_000)}`});
			const error = await failure(client().fetchBalance());
			expect(error.kind).toBe('response');
			expect(error.message).toBe(
				'The API answered 200 with JSON nested more than 32 levels deep, not a balance.',
			);
		});

		test('a balance nested inside deep padding is refused the same way', async () => {
			server.reply({body: JSON.stringify(sample()).replace(/}$/, `,"padding":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`)});
			const error = await failure(client().fetchBalance());
			expect(error.message).toContain('not a balance');
		});
	});

	describe('numbers and sizes no account has', () => {
		test('1e308 credits and bytes are unreadable fields, not arithmetic', async () => {
			const body = sample();
			body['credits'].plans[0].balance = 5;
			server.reply({
				body: JSON.stringify(body)
					.replace('"totalBalance":1250', '"totalBalance":1e308')
					.replace('"balance":5', '"balance":-1e308')
					.replace('"usage":209715200', '"usage":1e400'),
			});
			const snapshot = await client().fetchBalance();
			expect(snapshot.totalBalance).toBeUndefined();
			expect(snapshot.plans[0]?.balance).toBeUndefined();
			expect(snapshot.storage.used).toBeUndefined();
			expect(snapshot.extraCredits).toBe(250);
			expect(snapshot.unreadable).toEqual(['credits.totalBalance', 'credits.plans[0].balance', 'storage.usage']);
		});

		test('the largest exact whole number is still read', async () => {
			const body = sample();
			body['credits'].totalBalance = Number.MAX_SAFE_INTEGER;
			server.reply({body: JSON.stringify(body)});
			expect((await client().fetchBalance()).totalBalance).toBe(Number.MAX_SAFE_INTEGER);
		});

		test(`10,000 plans: the first ${maxPlans} are read, the rest named as unread`, async () => {
			const body = sample();
			body['credits'].plans = Array.from({length: 10_000}, (_, index) => ({
				id: `p${index}`,
				name: 'Plan',
				status: 'active',
				balance: index,
			}));
			server.reply({body: JSON.stringify(body)});
			const snapshot = await client().fetchBalance();
			expect(snapshot.plans).toHaveLength(maxPlans);
			expect(snapshot.plans.at(-1)?.id).toBe(`p${maxPlans - 1}`);
			expect(snapshot.unreadable).toEqual([`credits.plans[${maxPlans}…9999]`]);
		});
	});
});
