import type {Config} from '../config/config.js';
import type {Env, Flags} from '../config/flags.js';
import {keyVariable} from '../config/key.js';

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

	const keySource = config.sources.key ?? (typed.keyFile === undefined ? (env[`${keyVariable}_FILE`] ? `$${keyVariable}_FILE` : env[keyVariable] ? `$${keyVariable}` : undefined) : '--key-file');
	const command = config.alerts.command === undefined ? '-' : 'words' in config.alerts.command ? config.alerts.command.words.join(' ') : config.alerts.command.shellLine;
	const rows: Array<[string, string, string]> = [
		['config file', config.configFile ?? 'none', ''],
		['account', config.account ?? '-', config.account === undefined ? '' : config.sources.account ?? ''],
		['key', config.demo === false ? 'set' : 'none (the demo account)', keySource ?? ''],
		['base-url', config.baseUrl.href, source('base-url', 'SRTGEN_BASE_URL')],
		['interval', `${config.intervalSeconds}s`, source('interval')],
		['timeout', `${config.timeoutSeconds}s`, source('timeout')],
		['warn', config.warnBelow === undefined ? '-' : String(config.warnBelow), source('warn')],
		['max-age', `${config.maxAgeSeconds}s`, source('max-age')],
		['format', config.lineFormat ?? '-', source('format')],
		['tmux', String(config.tmux), source('tmux')],
		['notify', String(config.alerts.desktop), source('notify')],
		['on-alert', command, source('on-alert')],
		['on-alert-shell', String(config.alerts.command !== undefined && 'shellLine' in config.alerts.command), source('on-alert-shell')],
		['alert-after', `${config.alerts.unreachableAfterSeconds}s`, source('alert-after')],
		['unused-before', `${config.alerts.unusedBeforeDays}d`, source('unused-before')],
		['state-dir', config.stateDir, env['SRTGEN_TOP_STATE_DIR'] ? '$SRTGEN_TOP_STATE_DIR' : 'default'],
	];
	const width = Math.max(...rows.map(([, value]) => value.length));
	return rows.map(([name, value, from]) => `${name.padEnd(15)}${from === '' ? value : `${value.padEnd(width)}  ${from}`}`.trimEnd()).join('\n');
}
