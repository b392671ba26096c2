import type {Config} from '../config/config.js';
import {defaultConfigPath} from '../config/configFile.js';
import type {Env, Flags} from '../config/flags.js';
import {keyVariable} from '../config/key.js';
import {defaultLineFormat} from '../config/lineFormat.js';

/**
 * --print-config: every setting in force and where it came from (a flag, a variable, a line of the
 * config file, or the default). The key is never shown, only where it is read from.
 */
export function printConfig(config: Config, typed: Flags, env: Env): string {
	const source = (name: string, variable?: string) => {
		const flag = name.replaceAll(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Flags;
		if (typed[flag] !== undefined) {
			return `--${name}`;
		}

		if (variable !== undefined && env[variable]) {
			return `$${variable}`;
		}

		return config.sources[name as keyof Config['sources']] ?? 'default';
	};

	const command
		= config.alerts.command === undefined
			? 'none'
			: 'words' in config.alerts.command
				? config.alerts.command.words.join(' ')
				: config.alerts.command.shellLine;
	const rows: Array<[string, string, string]> = [
		// Where it was looked for, when there is none: a file in the wrong place is the usual mistake.
		['config file', config.configFile ?? `none (looked for ${defaultConfigPath()})`, ''],
		['account', config.account ?? 'none', config.account === undefined ? '' : (config.sources.account ?? '')],
		keyRow(config),
		['base-url', config.baseUrl.href, source('base-url', 'SRTGEN_BASE_URL')],
		['interval', `${config.intervalSeconds}s`, source('interval')],
		['timeout', `${config.timeoutSeconds}s`, source('timeout')],
		['warn', config.warnBelow === undefined ? 'none' : String(config.warnBelow), source('warn')],
		['max-age', `${config.maxAgeSeconds}s`, source('max-age')],
		['format', config.lineFormat ?? defaultLineFormat, source('format')],
		['tmux', String(config.tmux), source('tmux')],
		['notify', String(config.alerts.desktop), source('notify')],
		['on-alert', command, source('on-alert')],
		[
			'on-alert-shell',
			String(config.alerts.command !== undefined && 'shellLine' in config.alerts.command),
			source('on-alert-shell'),
		],
		['alert-after', `${config.alerts.unreachableAfterSeconds}s`, source('alert-after')],
		['theme', config.theme, source('theme')],
		['unused-before', `${config.alerts.unusedBeforeDays}d`, source('unused-before')],
		['state-dir', config.stateDir, env['SRTGEN_TOP_STATE_DIR'] ? '$SRTGEN_TOP_STATE_DIR' : 'default'],
	];
	const width = Math.max(...rows.filter(([, , from]) => from !== '').map(([, value]) => value.length));
	return rows
		.map(([name, value, from]) =>
			`${name.padEnd(15)}${from === '' ? value : `${value.padEnd(width)}  ${from}`}`.trimEnd(),
		)
		.join('\n');
}

/** Whether there is a key, and where it is read from; without one, where it would be. */
function keyRow(config: Config): [string, string, string] {
	if (config.demo === 'requested') {
		return ['key', 'none: --demo', ''];
	}

	return config.apiKey === undefined
		? [
			'key',
			'not set',
			`read from --key-file, $${keyVariable}_FILE or $${keyVariable}; without one the live view shows the demo account`,
		]
		: ['key', 'set', config.keySource];
}
