import {afterEach, beforeEach, expect, test} from 'vitest';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let server: TestServer;
let pane: Pane;

beforeEach(async () => {
	server = await startServer({
		status: 429,
		headers: {'retry-after': '999999'},
		body: '{"success":false,"error":"rate_limited","message":"Slow down"}',
	});
	pane = openPane(100, 30, {SRTGEN_API_KEY: 'sk_live_retry_1a2b3c4d', SRTGEN_BASE_URL: server.url.href});
});

afterEach(async () => {
	pane.kill();
	await server.close();
});

test('r does not ask an API that answered 429 with Retry-After again before it allows; the view says when it will', async () => {
	pane.type(command('--interval', '30'));
	await pane.waitFor(lines => lines.some(line => line.includes('rate limited (429)')), 'the 429 shown', 20_000);
	for (let press = 0; press < 30; press++) {
		pane.keys('r');
	}

	// Every press has reached the view once a key pressed after them has: ? opens the help.
	pane.keys('?');
	await pane.waitFor(lines => lines.some(line => line.includes('Help — press ? to close')), 'the help');
	pane.keys('?');
	const lines = await pane.waitFor(
		lines => lines.some(line => line.includes('rate limited (429)')),
		'the dashboard again',
	);
	expect(server.requests).toHaveLength(1);
	expect(lines.join('\n')).toMatch(/retrying in (59m|1h)/);
	pane.keys('q');
});
