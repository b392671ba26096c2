import {createHash} from 'node:crypto';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {temporaryStateDir} from './helpers/cli.js';
import {expectKeyNowhere} from './helpers/keyOnDisk.js';

// The scan every e2e run ends with (helpers/cli.ts) must itself catch a leak, or it proves nothing.
const key = 'sk_live_scan_1a2b3c4d5e';
const origin = 'https://api.srtgen.com';

function stateWith(name: string, content: string | Buffer, mode = 0o600): string {
	const dir = temporaryStateDir();
	mkdirSync(dir, {mode: 0o700});
	writeFileSync(path.join(dir, name), content, {mode});
	return dir;
}

test('a clean state directory passes, and one never created', () => {
	expectKeyNowhere(stateWith('history-0123456789abcdef.json', '{"samples":[]}'), key, origin);
	expectKeyNowhere(temporaryStateDir(), key, origin);
});

test.each([
	['the key itself', stateWith('line.json', `{"k":"${key}"}`)],
	['the key in capitals', stateWith('line.json', key.toUpperCase())],
	['base64', stateWith('line.json', Buffer.from(key).toString('base64'))],
	[
		'a sha256 of origin and key, cut short, as a name',
		stateWith(`line-${createHash('sha256').update(`${origin}\n${key}`).digest('hex').slice(0, 32)}.json`, '{}'),
	],
	['the raw bytes of a sha1', stateWith('secret', createHash('sha1').update(key).digest())],
	['a file readable by others', stateWith('history.json', '{}', 0o644)],
])('catches %s', (_what, dir) => {
	expect(() => {
		expectKeyNowhere(dir, key, origin);
	}).toThrow();
});
