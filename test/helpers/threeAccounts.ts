import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {sample} from './fixtures.js';
import {startServer, type Reply, type TestServer} from './server.js';

export const keys = {
	studio: 'sk_live_studio_3a3a3a3a',
	home: 'sk_live_home_4b4b4b4b',
	broken: 'sk_live_broken_5c5c5c5c',
} as const;
export type AccountName = keyof typeof keys;

const totals: Record<AccountName, number> = {studio: 9000, home: 120, broken: 777};

/**
 * One API, three accounts told apart by their key: studio (9,000 credits), home (120) and broken,
 * which fails with a 500 until `answer.broken` says otherwise (a Reply, or 'ok' for its 777 credits).
 */
export async function startThreeAccountApi(): Promise<
	TestServer & {answer: Partial<Record<AccountName, Reply | 'ok'>>; count(name: AccountName): number}
> {
	const answer: Partial<Record<AccountName, Reply | 'ok'>> = {
		broken: {
			status: 500,
			body: '{"success":false,"error":"server_error","message":"An unexpected internal error occurred."}',
		},
	};
	const server = await startServer(request => {
		const name = (Object.keys(keys) as AccountName[]).find(each => keys[each] === request.headers['x-api-key']);
		if (name === undefined) {
			return {status: 401, body: '{"success":false,"error":"unauthorized"}'};
		}

		const set = answer[name];
		if (set !== undefined && set !== 'ok') {
			return set;
		}

		const body = sample();
		body['user'] = {name: `${name[0]!.toUpperCase()}${name.slice(1)}`, email: `${name}@example.com`};
		body['credits'].totalBalance = totals[name];
		return {body: JSON.stringify(body)};
	});
	return Object.assign(server, {
		answer,
		count: (name: AccountName) =>
			server.requests.filter(request => request.headers['x-api-key'] === keys[name]).length,
	});
}

/**
 * A config file with the three accounts (home below its warn of 500), each key from the
 * environment, but home's from a file.
 */
export function threeAccountConfig(api: TestServer, extra = ''): {config: string; env: Record<string, string>} {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-accounts-'));
	const keyFile = path.join(dir, 'home.key');
	writeFileSync(keyFile, `${keys.home}\n`, {mode: 0o600});
	const config = path.join(dir, 'config.toml');
	writeFileSync(
		config,
		`base-url = "${api.url.href}"\n${extra}\n[accounts.studio]\nkey-env = "STUDIO_KEY"\n\n[accounts.home]\nkey-file = "${keyFile}"\nwarn = 500\n\n[accounts.broken]\nkey-env = "BROKEN_KEY"\n`,
		{mode: 0o600},
	);
	return {config, env: {STUDIO_KEY: keys.studio, BROKEN_KEY: keys.broken}};
}
