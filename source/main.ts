import type {Transport} from './api/transport.js';
import {runOneShot} from './commands/oneShot.js';
import type {ExportedAccount} from './config/accounts.js';
import {readArguments} from './config/arguments.js';
import type {Config} from './config/config.js';
import type {Flags} from './config/flags.js';
import {
	configsOf,
	resolveInvocation,
	type Invocation,
	type InvocationMode,
	type InvocationOf,
} from './config/invocation.js';
import {readKeyFile} from './config/keyFile.js';
import {keyFileWarning, readConfigFile} from './config/readConfigFile.js';
import {connect, type ConnectedAccount, type Connection} from './connection/connect.js';
import {exitCode} from './process/exitCodes.js';
import {stateDirWarning} from './state/stateDirCheck.js';
import {runStatusLine} from './statusLine/runStatusLine.js';
import {runTmuxUpdater} from './statusLine/tmux/runTmuxUpdater.js';

const output = {stdout: process.stdout, stderr: process.stderr, env: process.env};

/** What every runner may need beside its invocation. */
type Context = {userAgent: string; flags: Flags};

/** Runs the one account's mode with its connection (over `transport`, ky's by default), closed afterwards. */
const connected
	= (run: (config: Config, connection: Connection) => Promise<number>, transport?: () => Promise<Transport>) =>
		async ({config}: {config: Config}, {userAgent}: Context) => {
			const connection = await connect(config, userAgent, await transport?.());
			try {
				return await run(config, connection);
			} finally {
				await connection.close();
			}
		};

/** Runs a mode over every account, each with its connection, all closed afterwards. */
const everyAccount
	= (run: (accounts: ConnectedAccount[]) => Promise<number>) =>
		async ({accounts}: {accounts: ExportedAccount[]}, {userAgent}: Context) => {
			const connections = await Promise.all(accounts.map(async ({config}) => connect(config, userAgent)));
			try {
				return await run(accounts.map((account, index) => ({...account, connection: connections[index]!})));
			} finally {
				await Promise.all(connections.map(async connection => connection.close()));
			}
		};

/** The live view, once the terminal is known to be one; set up as it needs before Ink loads. */
async function startLive(accounts: ConnectedAccount[], overview: boolean): Promise<number> {
	if (process.env['NO_COLOR']) {
		process.env['FORCE_COLOR'] = '0'; // Ink's chalk reads FORCE_COLOR, not NO_COLOR.
	}

	// The young generation grows to 32 MB for some 5 MB of live objects, and RSS swung 90→130 MB
	// with it; kept at its first size it stays flat, at no cost in CPU (docs/performance.md). Set
	// before Ink loads, here only: the one-shot modes are left as they are.
	const v8 = await import('node:v8');
	v8.setFlagsFromString('--semi-space-growth-factor=1');
	return (await import('./live/runLive.js')).runLive(accounts, overview);
}

const notATerminal = 'srtgen-top: stdout is not a terminal, so here is one snapshot; --json and --line suit scripts.\n';

/** Snapshots for scripts: --once and --json. */
const oneShot = connected(async (config, connection) => runOneShot(config, connection, output));

/**
 * Each mode's runner. The live view, the exporter and --print-config are loaded only when they run:
 * the one-shot modes start without Ink, React, the fonts or prom-client. The one-shot modes and the
 * status line are in the first file itself: loading them as chunks of their own cost a tenth of
 * their start-up.
 */
const runners: {[M in InvocationMode]: (invocation: InvocationOf<M>, context: Context) => Promise<number>} = {
	async 'print-config'({config}, {flags}) {
		const {printConfig} = await import('./commands/printConfig.js');
		process.stdout.write(`${printConfig(config, flags, process.env)}\n`);
		return exitCode.ok;
	},
	async serve({accounts}, {userAgent}) {
		return (await import('./exporter/runExporter.js')).runExporter(accounts, userAgent, process.stderr);
	},
	async openmetrics({accounts}, {userAgent}) {
		return (await import('./exporter/writeOnce.js')).writeMetricsOnce(
			accounts,
			userAgent,
			process.stdout,
			process.stderr,
		);
	},
	check: connected(async (config, connection) =>
		(await import('./commands/check.js')).runCheck(config, connection, output),
	),
	guard: connected(async (config, connection) =>
		(await import('./guard/runGuard.js')).runGuard(config, connection, process.stderr),
	),
	once: oneShot,
	json: oneShot,
	line: connected(async (config, connection) => runStatusLine(config, connection, output)),
	report: connected(async (config, connection) =>
		(await import('./commands/report.js')).runReport(config, connection, output),
	),
	// It runs for days: over node:http, some 20 MB smaller than over fetch.
	'tmux-updater': connected(
		async (config, connection) => runTmuxUpdater(config, connection, output),
		async () => (await import('./api/httpTransport.js')).httpTransport,
	),
	live: connected(async (config, connection) => {
		if (!process.stdout.isTTY) {
			process.stderr.write(notATerminal);
			return runOneShot(config, connection, output);
		}

		return startLive([{name: config.account ?? 'default', config, connection}], false);
	}),
	overview: everyAccount(async accounts => {
		if (!process.stdout.isTTY) {
			process.stderr.write(notATerminal);
			return (await import('./commands/allAccounts.js')).runAllAccounts(accounts, 'once', output);
		}

		return startLive(accounts, true);
	}),
	// Loaded only when they run, as the exporter is: a table's string widths cost every --line a little.
	'all-accounts': async (invocation, context) =>
		everyAccount(async accounts =>
			invocation.output === 'line'
				? (await import('./statusLine/allAccountsLine.js')).runAllAccountsLine(accounts, output)
				: (await import('./commands/allAccounts.js')).runAllAccounts(accounts, invocation.output, output),
		)(invocation, context),
};

/** The warnings every mode gives about what it runs with, before the live view takes the screen. */
async function warnings(configs: Config[]): Promise<string[]> {
	const exposed = new Set(configs.map(config => keyFileWarning(config.configFile, config.configKeyFile)));
	// The demo account keeps nothing in a state directory.
	const stateDirs = new Set(
		configs.filter(config => config.demo === false && config.apiKey !== undefined).map(config => config.stateDir),
	);
	const shared = await Promise.all([...stateDirs].map(async stateDir => stateDirWarning(stateDir)));
	return [...exposed, ...shared].filter(warning => warning !== undefined);
}

/**
 * Everything but a status line answered from its cache (see cli.tsx): the command line read, the
 * way of running picked.
 */
export async function main(): Promise<number> {
	const cli = readArguments(process.argv.slice(2), import.meta);
	const file = readConfigFile(cli.flags.config);
	// isTTY is undefined on a pipe, whatever its type says.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
	const invocation = resolveInvocation(cli.flags, process.env, readKeyFile, Boolean(process.stdout.isTTY), file);
	for (const warning of await warnings(configsOf(invocation))) {
		process.stderr.write(`srtgen-top: ${warning}\n`);
	}

	const run = runners[invocation.mode] as (invocation: Invocation, context: Context) => Promise<number>;
	return run(invocation, {userAgent: `srtgen-top/${cli.pkg.version ?? 'dev'}`, flags: cli.flags});
}
