import winston from 'winston';

export type Logger = winston.Logger;

/** Context fields carried by log lines, never baked into the message text. */
export interface LogContext {
	component?: string;
	roomId?: string;
	peerId?: string;
	workerPid?: number;
}

/**
 * JSON lines for machines; a readable single line per event when stdout is a
 * terminal. Child loggers add context fields: `logger.child({ roomId })`.
 */
export function createLogger(level: string, pretty = process.stdout.isTTY === true): Logger {
	const format = pretty
		? winston.format.combine(
				winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
				winston.format.colorize(),
				winston.format.printf(({ timestamp, level: lvl, message, ...fields }) => {
					const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';

					return `${String(timestamp)} ${lvl} ${String(message)}${extra}`;
				})
			)
		: winston.format.combine(
				winston.format.timestamp(),
				winston.format.errors({ stack: true }),
				winston.format.json()
			);

	return winston.createLogger({
		level,
		format,
		transports: [new winston.transports.Console({ stderrLevels: [] })],
	});
}
