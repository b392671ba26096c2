import type {TypedFlags} from 'meow';
import {defaultListen} from './listen.js';
import {
	alertAfterBounds,
	demoIntervalSeconds,
	intervalBounds,
	reportDaysBounds,
	timeoutBounds,
	unusedBeforeBounds,
} from './bounds.js';

/* eslint-disable @stylistic/max-len -- the help's lines, as wide as they print once their ${} are filled in */
export const help = `
	Usage
	  $ srtgen-top [options]
	  $ srtgen-top --guard --keep <credits> [options] -- <command> [args...]

	  A live view of your SRTGen credits. Without a key it shows a demo account.

	Modes (default: the live full-screen view)
	  --once              Print the balance once, readably, and exit
	  --json              Print the balance once as JSON (docs/json.md) and exit
	  --line              Print one short line (for a status bar) and exit
	  --tmux-updater      Keep tmux's @srtgen_line, @srtgen_total and
	                      @srtgen_verdict up to date (the tmux plugin starts it)
	  --report            Credits spent by day and by plan cycle, and what each
	                      plan left unused at its resets (with --json, --csv)
	  --serve             Serve every account's metrics to Prometheus
	                      (docs/exporter.md)
	  --openmetrics       Print every account's metrics once, in OpenMetrics
	  --check             Will more jobs be covered now? One line (or --json);
	                      exit 0 yes, 1 maybe not or no, 2 cost unknown
	  --guard             Run the command after -- and pause it (SIGSTOP)
	                      before the balance falls to --keep; resume on a
	                      top-up. Exits with the command's code
	  --demo              Use the built-in demo account instead of a key

	Options
	  -h, --help          Show this help and exit
	  -v, --version       Show the version and exit
	  --config <path>     The config file (default
	                      $XDG_CONFIG_HOME/srtgen-top/config.toml)
	  --account <name>    An account of the config file ([accounts.NAME])
	  --all-accounts      Every account of the config file: --once a table,
	                      --json an array, --line a segment each; the live
	                      view opens on the overview (as it does with two or
	                      more accounts and no --account). --demo has two
	  --print-config      Show every setting and where it came from, and exit
	  --key-file <path>   Read the API key from a file (else $SRTGEN_API_KEY)
	  --base-url <url>    API origin (default https://api.srtgen.com)
	  --interval <s>      Seconds between polls, live and --serve (${intervalBounds.min}-${intervalBounds.max},
	                      default ${intervalBounds.default}; ${demoIntervalSeconds} on the demo account)
	  --timeout <s>       Seconds before a request gives up (${timeoutBounds.min}-${timeoutBounds.max}, default ${timeoutBounds.default})
	  --warn <credits>    Low-balance threshold: colours the view, exit code 1
	  --theme <name>      auto (ask the terminal), dark, light or mono (no
	                      colour at all; NO_COLOR does the same)

	Exporter (--serve, --openmetrics)
	  --listen <host:port>
	                      Where --serve listens (default ${defaultListen}; a
	                      host beyond loopback serves the network)
	  --output <path>     --openmetrics: write to this file atomically (for
	                      node_exporter's textfile collector), not stdout

	Report (--report)
	  --days <n>          How many days back (${reportDaysBounds.min}-${reportDaysBounds.max}, default ${reportDaysBounds.default})
	  --csv               The days as CSV: date,spent,toppedUp

	Status line (--line)
	  --max-age <s>       Answer from the last reading while it is younger
	                      (0-86400, default 30); one request for all callers
	  --format <template>
	                      Fields {total} {monthly} {extra} {low} {rate}
	                      {projection} {verdict} {reset} {plans} {stale} {demo};
	                      [text] shows only when its fields have values;
	                      a field outside [ ] with no value prints ?
	  --tmux              Colours in tmux's #[fg=...] style
	  --waybar            A JSON document for a Waybar custom module
	                      (return-type json); exits 0 whenever it prints one

	Alerts (live view and --line: each fires once, and once when it ends)
	  --notify            A desktop notification (the terminal's own, and
	                      notify-send where there is one)
	  --on-alert <cmd>    Run cmd on each alert, with SRTGEN_EVENT,
	                      SRTGEN_MESSAGE, SRTGEN_BALANCE… set (never the key)
	  --on-alert-shell    Run --on-alert's cmd with sh -c (pipes, $VARS)
	  --alert-after <s>   Failing polls this long are "unreachable"
	                      (${alertAfterBounds.min}-${alertAfterBounds.max}, default ${alertAfterBounds.default})
	  --unused-before <d>
	                      Days before a plan's reset to say it will leave over
	                      a tenth unused (${unusedBeforeBounds.min}-${unusedBeforeBounds.max}, default ${unusedBeforeBounds.default}; 0: never)

	Bulk runs (live view: keys m, u, j; --once and --json report the run)
	  --mark              Mark the start of a run now
	  --unmark            Clear the marked run (the verdict is the balance's)
	  --jobs <n>          The run has n jobs: will the credits cover the rest?

	Pre-flight and guard (--check, --guard)
	  --keep <credits>    Credits to keep in reserve (default 0)
	  --per-job <credits>
	                      What one job costs (else learnt from the history's
	                      drops: two at least)
	  --jobs <n>          --check: will n more jobs be covered?
	  --credits <c>       --check: will c more credits be covered?
	  --in-flight <n>     --guard: jobs the command runs at once (default 1);
	                      they are charged even after a pause
	  --guard-offline <pause|run>
	                      --guard, while the API cannot be read: pause once
	                      the last balance, less the most it may have spent
	                      since, leaves no room (default), or let it run

	Environment
	  SRTGEN_API_KEY      Your API key (there is no flag for it, on purpose)
	  SRTGEN_API_KEY_FILE
	                      A file holding the key, like --key-file
	  SRTGEN_BASE_URL     Like --base-url
	  NO_COLOR            Set to turn colours off
	  SRTGEN_TOP_STATE_DIR
	                      Where the balance history is kept
	                      (default $XDG_STATE_HOME/srtgen-top)

	Live view keys
	  r refresh   q quit   ? help   m mark a run   u unmark   j jobs
	  f freeze (f again resumes)   1-5, +/- chart zoom
	  Esc accounts (a dashboard opened from the overview)

	Exit codes
	  0 ok   1 balance below --warn   2 usage or configuration error
	  3 key rejected   4 API, network, response or output error
	  5 internal error   (--all-accounts: the highest of the accounts')
	  --check: 0 covered, 1 may not be, 2 also when no per-job cost is known
	  --guard: the command's own code (128+n when a signal n ended it);
	  2, 3, 4 before it starts

	Examples
	  $ srtgen-top --key-file ~/.config/srtgen/key
	  $ srtgen-top --demo --once
	  $ srtgen-top --demo --all-accounts
	  $ srtgen-top --json --warn 500 || echo "top up soon"
	  $ srtgen-top --line --tmux --format '{total} cr[ {rate}][ {stale}]'
	  $ srtgen-top --check --jobs 40 --keep 200 && ./transcribe-all.sh
	  $ srtgen-top --guard --keep 200 -- ./transcribe-all.sh
`;
/* eslint-enable @stylistic/max-len */

/** Every flag, declared once: meow reads this table, and the Flags type is derived from it. */
export const flags = {
	once: {type: 'boolean'},
	json: {type: 'boolean'},
	line: {type: 'boolean'},
	serve: {type: 'boolean'},
	openmetrics: {type: 'boolean'},
	listen: {type: 'string'},
	output: {type: 'string'},
	demo: {type: 'boolean'},
	keyFile: {type: 'string'},
	baseUrl: {type: 'string'},
	interval: {type: 'string'},
	timeout: {type: 'string'},
	warn: {type: 'string'},
	maxAge: {type: 'string'},
	format: {type: 'string'},
	tmux: {type: 'boolean'},
	waybar: {type: 'boolean'},
	tmuxUpdater: {type: 'boolean'},
	report: {type: 'boolean'},
	days: {type: 'string'},
	csv: {type: 'boolean'},
	mark: {type: 'boolean'},
	unmark: {type: 'boolean'},
	jobs: {type: 'string'},
	notify: {type: 'boolean'},
	onAlert: {type: 'string'},
	onAlertShell: {type: 'boolean'},
	alertAfter: {type: 'string'},
	unusedBefore: {type: 'string'},
	config: {type: 'string'},
	account: {type: 'string'},
	allAccounts: {type: 'boolean'},
	printConfig: {type: 'boolean'},
	theme: {type: 'string'},
	check: {type: 'boolean'},
	guard: {type: 'boolean'},
	keep: {type: 'string'},
	perJob: {type: 'string'},
	credits: {type: 'string'},
	inFlight: {type: 'string'},
	guardOffline: {type: 'string'},
	// Only to refuse them with the reason: see resolveConfig.
	apiKey: {type: 'string'},
	key: {type: 'string'},
} as const;

/** The flags as meow hands them over, any may be absent; and the words after `--`, the command --guard runs. */
export type Flags = Partial<TypedFlags<typeof flags>> & {command?: string[]};

export type Env = Record<string, string | undefined>;

const asTyped = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** The flags' names as typed (kebab-case): the switches, with --help and --version, and those that take a value. */
export const knownFlags = {
	switches: [
		'help',
		'version',
		...Object.entries(flags)
			.filter(([, flag]) => flag.type === 'boolean')
			.map(([name]) => asTyped(name)),
	],
	values: Object.entries(flags)
		.filter(([, flag]) => flag.type === 'string')
		.map(([name]) => asTyped(name)),
};
