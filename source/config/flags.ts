import type {TypedFlags} from 'meow';
import {defaultListen} from './listen.js';
import {alertAfterBounds, demoIntervalSeconds, intervalBounds, timeoutBounds} from './bounds.js';

export const help = `
	Usage
	  $ srtgen-top [options]

	  A live view of your SRTGen credits. Without a key it shows a demo account.

	Modes (default: the live full-screen view)
	  --once              Print the balance once, readably, and exit
	  --json              Print the balance once as JSON (see the readme) and exit
	  --line              Print one short line (for a status bar) and exit
	  --tmux-updater      Keep tmux's @srtgen_line, @srtgen_total and
	                      @srtgen_verdict up to date (the tmux plugin starts it)
	  --serve             Serve every account's metrics to Prometheus (see the
	                      readme's Exporter section)
	  --openmetrics       Print every account's metrics once, in OpenMetrics
	  --demo              Use the built-in demo account instead of a key

	Options
	  -h, --help          Show this help and exit
	  -v, --version       Show the version and exit
	  --config <path>     The config file (default
	                      $XDG_CONFIG_HOME/srtgen-top/config.toml)
	  --account <name>    An account of the config file ([accounts.NAME])
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

	Bulk runs (live view: keys m, u, j; --once and --json report the run)
	  --mark              Mark the start of a run now
	  --unmark            Clear the marked run (the verdict is the balance's)
	  --jobs <n>          The run has n jobs: will the credits cover the rest?

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
	  f freeze (f again resumes)   1-4, +/- chart zoom

	Exit codes
	  0 ok   1 balance below --warn   2 usage or configuration error
	  3 key rejected   4 API, network, response or output error
	  5 internal error

	Examples
	  $ srtgen-top --key-file ~/.config/srtgen/key
	  $ srtgen-top --demo --once
	  $ srtgen-top --json --warn 500 || echo "top up soon"
	  $ srtgen-top --line --tmux --format '{total} cr[ {rate}][ {stale}]'
`;

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
	mark: {type: 'boolean'},
	unmark: {type: 'boolean'},
	jobs: {type: 'string'},
	notify: {type: 'boolean'},
	onAlert: {type: 'string'},
	onAlertShell: {type: 'boolean'},
	alertAfter: {type: 'string'},
	config: {type: 'string'},
	account: {type: 'string'},
	printConfig: {type: 'boolean'},
	theme: {type: 'string'},
	// Only to refuse them with the reason: see resolveConfig.
	apiKey: {type: 'string'},
	key: {type: 'string'},
} as const;

/** The flags as meow hands them over; any may be absent. */
export type Flags = Partial<TypedFlags<typeof flags>>;

export type Env = Record<string, string | undefined>;

const asTyped = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** The flags' names as typed (kebab-case): the switches, with --help and --version, and those that take a value. */
export const knownFlags = {
	switches: ['help', 'version', ...Object.entries(flags).filter(([, flag]) => flag.type === 'boolean').map(([name]) => asTyped(name))],
	values: Object.entries(flags).filter(([, flag]) => flag.type === 'string').map(([name]) => asTyped(name)),
};
