import {expect, test} from 'vitest';
import {accountIdentity, historyFileName} from '../../source/state/accountFiles.js';
import {fromHistoryFile, toHistoryFile} from '../../source/state/historyFile.js';

const origin = 'https://api.srtgen.com';
const account = 'alex@example.com';
const samples = [
	{at: 1_000, total: 1250, extra: 250, plans: {starter: 1000}},
	{at: 2_000, total: 1240, extra: 250, plans: {starter: 990}},
];

test('one file name per origin and account, from a hash of nothing else', () => {
	const name = historyFileName(origin, account);
	expect(name).toMatch(/^history-[\da-f]{16}\.json$/);
	expect(historyFileName(origin, account)).toBe(name);
	expect(historyFileName(origin, 'sam@example.com')).not.toBe(name);
	expect(historyFileName('http://127.0.0.1:8080', account)).not.toBe(name);
});

test('the identity is the email, in lower case, else the name', () => {
	expect(accountIdentity({name: 'Alex Rivera', email: 'Alex@Example.com'})).toBe('alex@example.com');
	expect(accountIdentity({name: 'Alex Rivera'})).toBe('Alex Rivera');
	expect(accountIdentity({})).toBeUndefined();
});

test('round trip', () => {
	const text = toHistoryFile(origin, account, {samples});
	expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'origin', 'account', 'samples']);
	expect(fromHistoryFile(text, origin, account, Date.now())).toEqual({samples});
});

test('samples that fail validation are dropped, the rest kept in order', () => {
	const text = JSON.stringify({version: 1, origin, account, samples: [
		samples[1],
		{at: 1500, total: 'lots', plans: {}},
		{at: -1, total: 5, plans: {}},
		{at: 1600, total: 1245, plans: {starter: null}},
		null,
		samples[0],
	]});
	expect(fromHistoryFile(text, origin, account, Date.now())).toEqual({samples});
});

test.each([
	['not JSON', '{"version": 1, "samp'],
	['another version', JSON.stringify({version: 2, origin, account, samples})],
	['another origin', JSON.stringify({version: 1, origin: 'https://example.com', account, samples})],
	['another account', JSON.stringify({version: 1, origin, account: 'sam@example.com', samples})],
	['no samples array', JSON.stringify({version: 1, origin, account, samples: {}})],
	['an array', '[]'],
])('not a history file: %s', (_, text) => {
	expect(fromHistoryFile(text, origin, account, Date.now())).toBeUndefined();
});
