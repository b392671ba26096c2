import {expect, test} from 'vitest';
import {ConfigError} from '../../source/config/error.js';
import {parseListen} from '../../source/config/listen.js';
import {createMetrics} from '../../source/exporter/metrics.js';
import {serveMetrics} from '../../source/exporter/server.js';

test('a failure to listen names the address as given, brackets and all', async () => {
	const failure = serveMetrics(parseListen('[1:2]:0'), createMetrics([]));
	await expect(failure).rejects.toThrow(ConfigError);
	await expect(failure).rejects.toThrow(/^--listen \[1:2\]:0: no such host\.$/);
});
