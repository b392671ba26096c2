/** A flag, environment variable or key file that cannot be used; its message says what to do. */
export class ConfigError extends Error {
	override name = 'ConfigError';
}
