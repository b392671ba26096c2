import {runOneShot} from './commands/oneShot.js';
import {readArguments} from './config/arguments.js';
import {resolveConfig} from './config/config.js';
import {readKeyFile} from './config/keyFile.js';
import {keyFileWarning, readConfigFile} from './config/readConfigFile.js';
import {printConfig} from './commands/printConfig.js';
import {connect} from './connection/connect.js';
import {exitCode} from './process/exitCodes.js';
import {exportedAccounts} from './exporter/accounts.js';
import {stateDirWarning} from './state/stateDirCheck.js';
import {runStatusLine} from './statusLine/runStatusLine.js';
import {runTmuxUpdater} from './statusLine/tmux/runTmuxUpdater.js';

/** Everything but a status line answered from its cache (see cli.tsx): the command line read, the way of running picked. */
export async function main(): Promise<number> {
	const cli = readArguments(process.argv.slice(2), import.meta);
	const file = readConfigFile(cli.flags.config);
	const userAgent = `srtgen-top/${cli.pkg.version ?? 'dev'}`;
	if ((cli.flags.serve === true || cli.flags.openmetrics === true) && cli.flags.printConfig !== true) {
		// Every account, not only the default one. Loaded only here, like the live view: prom-client
		// stays out of the other modes' start-up.
		const accounts = exportedAccounts(cli.flags, process.env, readKeyFile, file);
		if (cli.flags.openmetrics === true) {
			const {writeMetricsOnce} = await import('./exporter/writeOnce.js');
			return await writeMetricsOnce(accounts, userAgent, process.stdout, process.stderr);
		}

		const {runExporter} = await import('./exporter/runExporter.js');
		return await runExporter(accounts, userAgent, process.stderr);
	}

	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- isTTY is undefined on a pipe, whatever its type says.
	const config = resolveConfig(cli.flags, process.env, readKeyFile, Boolean(process.stdout.isTTY), file);
	const exposed = keyFileWarning(config.configFile, config.configKeyFile);
	if (exposed !== undefined) {
		process.stderr.write(`srtgen-top: ${exposed}\n`);
	}

	if (config.mode === 'print-config') {
		process.stdout.write(`${printConfig(config, cli.flags, process.env)}\n`);
		return exitCode.ok;
	}

	const connection = await connect(config, userAgent);
	// Before the live view takes the screen: the line is there on the main screen once it is back.
	const warning = connection.place === undefined ? undefined : await stateDirWarning(connection.place.stateDir);
	if (warning !== undefined) {
		process.stderr.write(`srtgen-top: ${warning}\n`);
	}

	try {
		if (config.mode === 'live' && process.stdout.isTTY) {
			if (process.env['NO_COLOR']) {
				process.env['FORCE_COLOR'] = '0'; // Ink's chalk reads FORCE_COLOR, not NO_COLOR.
			}

			// The young generation grows to 32 MB for some 5 MB of live objects, and RSS swung
			// 90→130 MB with it; kept at its first size it stays flat, at no cost in CPU (readme,
			// Performance). Set before Ink loads, here only: the one-shot modes are left as they are.
			const v8 = await import('node:v8');
			v8.setFlagsFromString('--semi-space-growth-factor=1');
			// Loaded only here: the one-shot modes start faster without Ink, React and the fonts.
			const {runLive} = await import('./live/runLive.js');
			return await runLive(config, connection);
		}

		if (config.mode === 'live') {
			process.stderr.write('srtgen-top: stdout is not a terminal, so here is one snapshot; --json and --line suit scripts.\n');
		}

		const output = {stdout: process.stdout, stderr: process.stderr, env: process.env};
		if (config.mode === 'tmux-updater') {
			return await runTmuxUpdater(config, connection, output);
		}

		return await (config.mode === 'line' ? runStatusLine(config, connection, output) : runOneShot(config, connection, output));
	} finally {
		await connection.close();
	}
}
