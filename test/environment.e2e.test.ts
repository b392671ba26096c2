import {execFileSync} from 'node:child_process';
import {expect, test} from 'vitest';

// .ci/run puts another Node first on PATH to run the suite on it. The tests start the binary with
// process.execPath and, in tmux panes, as `node` from PATH: both must be the Node being tested.
test('the node on PATH is the Node running the tests', () => {
	expect(execFileSync('node', ['--version'], {encoding: 'utf8'}).trim()).toBe(process.version);
});
