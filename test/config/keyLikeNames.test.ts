import {expect, test} from 'vitest';
import {parseConfigFile} from '../../source/config/configFile.js';

const key = 'sk_live_4f3e2d1c0b9a8f7e6d5c';
const refusal = (text: string, secrets: string[] = []) => {
	try {
		parseConfigFile('/home/alex/.config/srtgen-top/config.toml', text, secrets);
	} catch (error) {
		return (error as Error).message;
	}

	throw new Error('accepted');
};

test.each([
	[`${key} = 1`, 'sk_live'],
	[`interval = 30\n"${key}" = true`, 'sk_live'],
	['AKIA7Q2X9P3L5M8N4B6V0C = "x"', 'AKIA'],
	[`[accounts.${key}]\ninterval = 30\nbogus = 1`, 'sk_live'],
	[`default-account = "${key}"\n[accounts.studio]\ninterval = 30`, 'sk_live'],
	[`[accounts]\n${key} = 3`, 'sk_live'],
])('a setting or account named like a key is refused without its name: %s', (text, start) => {
	const message = refusal(text);
	expect(message).not.toContain(start);
	expect(message).toMatch(/^\/home\/alex\/\.config\/srtgen-top\/config\.toml:\d+: /);
	expect(message).toContain('looks like an API key');
});

test('a name equal to the key in use is not shown, whatever it looks like', () => {
	const message = refusal('hunter2 = 1', ['hunter2']);
	expect(message).not.toContain('hunter2');
});

test('an ordinary unknown setting is still named, with the nearest known one', () => {
	expect(refusal('intervall = 30')).toBe(
		"/home/alex/.config/srtgen-top/config.toml:1: unknown setting 'intervall'; did you mean 'interval'?",
	);
	expect(refusal('max-age-seconds = 30')).toContain('\'max-age-seconds\'');
});
