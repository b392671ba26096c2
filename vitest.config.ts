import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		// Times of day ("−37 at 14:02:11") are shown in local time; tests read them in UTC.
		env: {TZ: 'UTC'},
		testTimeout: 30_000,
	},
});
