/** The live view's keys, as the footer names them: the help overlay and --help say the same. */
export const footerKeys = {
	refresh: ['r', 'refresh'],
	quit: ['q', 'quit'],
	help: ['?', 'help'],
	mark: ['m', 'mark a run'],
	unmark: ['u', 'unmark'],
	jobs: ['j', 'jobs'],
	freeze: ['f', 'freeze'],
	zoom: ['1-5', 'zoom'],
	back: ['Esc', 'accounts'],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * The demo's hint, over its footer until a run is marked (and again once it is cleared): the
 * demo opens on the common case, and a run too big for its credits shows the other verdicts.
 */
export const demoHint = `try ${footerKeys.mark[0]} to mark a bulk run, then ${footerKeys.jobs[0]} to give it 2000 jobs: the verdict answers for the run`;

/** The help overlay's entries: each key, and then what the screen shows. */
export const helpEntries: Array<[string, string]> = [
	['r', 'refresh now (ignored while a request is in flight, or the API asked to wait)'],
	['q, Ctrl+C', 'quit'],
	['?', 'show or hide this help'],
	['m', 'mark the start of a bulk run: cost, jobs and pace since then (asks before replacing a run)'],
	['u', 'unmark: clear the marked run, so the verdict is about the balance again (asks first)'],
	['j', 'enter how many jobs the run has: will the credits cover them?'],
	['f', 'freeze: polling stops and every number holds still; f again resumes'],
	['1-5, +/-', 'chart zoom: 15 minutes, 1 hour, 24 hours, 7 days, 30 days'],
	['verdict', '✓ lasts, ! may not, ✗ will not, … measuring: forecasts wait for 2 drops over 45 s, then give a range'],
	['bars', 'each plan: credits left of its total; storage: space used of its limit'],
	['chart', 'the balance over the zoom\'s span; ▲ marks a top-up or a plan reset'],
	['stale', 'the last good numbers stay on screen while polls fail'],
];
