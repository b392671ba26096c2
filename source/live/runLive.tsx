import {appendFileSync} from 'node:fs';
import {render, type RenderOptions} from 'ink';
import pLimit from 'p-limit';
import type {BalanceClient} from '../api/client.js';
import type {ConnectedAccount} from '../connection/connect.js';
import {readingsAtOnce} from '../connection/pollSchedule.js';
import {exitCode} from '../process/exitCodes.js';
import {registerCleanup, shutdown} from '../process/shutdown.js';
import type {WatchedAccount} from './hooks/useAccountWatch.js';
import {Live} from './Live.js';
import {Screen} from './screen.js';
import {terminalBackground} from './terminalBackground.js';
import {takeTerminal} from './terminal.js';
import {palettes, ThemeProvider} from './theme.js';

/**
 * The full-screen live view, until q, Ctrl+C or a signal ends the process through `shutdown`: the
 * overview of every account given, or the first one's dashboard.
 */
export async function runLive(accounts: ConnectedAccount[], overview: boolean): Promise<never> {
	// One theme for every account's dashboard and the overview, asked before the screen and stdin
	// are Ink's; NO_COLOR has no colours to choose.
	const chosen = accounts[0]?.config.theme ?? 'auto';
	const theme
		= chosen !== 'auto'
			? chosen
			: process.env['NO_COLOR']
				? 'mono'
				: ((await terminalBackground(process.stdin, process.stdout, process.env)) ?? 'dark');
	const terminal = takeTerminal({stdout: process.stdout, stdin: process.stdin});
	const watched: WatchedAccount[] = accounts.map(({name, config, connection}) => ({
		name,
		client: overview ? fewAtOnce(connection.client) : connection.client,
		apiHost: connection.apiHost,
		demo: connection.demo,
		demoBecauseNoKey: config.demo === 'no-key',
		intervalSeconds: config.intervalSeconds,
		warnBelow: config.warnBelow,
		place: connection.place,
		past: connection.past,
		mark: config.mark,
		jobs: config.jobs,
		unmark: config.unmark,
		alerts: config.alerts,
	}));
	const app = () => (
		<ThemeProvider value={palettes[theme]}>
			<Live
				accounts={watched}
				overview={overview}
				named={accounts[0]?.config.account !== undefined}
				alert={terminal.alert}
			/>
		</ThemeProvider>
	);
	const screen = new Screen(process.stdout);
	terminal.onResume(() => {
		screen.repaint();
	});
	// Debug mode: Ink hands every frame whole to the screen, which paints only the rows that changed.
	const instance = render(app(), {
		stdout: screen as unknown as NodeJS.WriteStream,
		exitOnCtrlC: false,
		debug: true,
		patchConsole: false,
		onRender: frameLog(),
	});
	// Ink redraws on resize at once, with the tree laid out for the old size: one frame too wide or
	// too tall. Re-rendering synchronously first (useTerminalSize reads the size during render)
	// means the first frame after a resize already has the new layout.
	const relayout = () => {
		instance.rerender(app());
		screen.emit('resize');
	};

	process.stdout.on('resize', relayout);
	registerCleanup('view', async () => {
		process.stdout.off('resize', relayout);
		instance.unmount();
		await instance.waitUntilExit();
	});
	await instance.waitUntilExit();
	return shutdown(exitCode.ok);
}

/**
 * For `npm run bench`: SRTGEN_TOP_FRAME_LOG names a file that gets a line per frame, the time and
 * how long Ink took to lay it out and turn it into text (most of a frame's cost).
 */
function frameLog(): RenderOptions['onRender'] {
	const file = process.env['SRTGEN_TOP_FRAME_LOG'];
	return file === undefined ? undefined : ({renderTime}) => {
		appendFileSync(file, `${Date.now()} ${renderTime.toFixed(3)}\n`);
	};
}

/** Readings at once across the overview's accounts: a file of hundreds would ask them all together. */
const limit = pLimit(readingsAtOnce);
function fewAtOnce(client: BalanceClient): BalanceClient {
	return {fetchBalance: async () => limit(async () => client.fetchBalance())};
}
