import {afterEach, beforeEach} from 'vitest';
import {temporaryStateDir} from './cli.js';
import {sampleBody} from './fixtures.js';
import {startServer, type TestServer} from './server.js';
import {openPane, type Pane} from './tmux.js';

export type LivePane = {server: TestServer; pane: Pane; stateDir: string};

/**
 * For each test of the file: a server answering the sample, a state directory of its own and a
 * 100×30 pane whose environment has the key and points at both; ended after the test.
 */
export function livePaneForEachTest(key: string): LivePane {
	const live = {} as LivePane;
	beforeEach(async () => {
		live.server = await startServer({body: sampleBody});
		live.stateDir = temporaryStateDir();
		live.pane = openPane(100, 30, {
			SRTGEN_API_KEY: key,
			SRTGEN_BASE_URL: live.server.url.href,
			SRTGEN_TOP_STATE_DIR: live.stateDir,
		});
	});
	afterEach(async () => {
		live.pane.kill();
		await live.server.close();
	});
	return live;
}

/** A screen with `text` somewhere on it. */
export const shows = (text: string) => (lines: string[]) => lines.some(line => line.includes(text));
