import { Option, type Command } from 'commander';
import { AdminClient } from '../../../../server-sdk/src/index.js';
import { UsageError } from './result.js';

export interface AdminOptionValues {
	url: string;
	apiKey?: string;
}

/** `--url` and `--api-key`, or SKYLARK_URL and SKYLARK_API_KEY (ADMIN_API_KEY also serves, on the node's host). */
export function withAdminOptions(command: Command): Command {
	return command
		.addOption(
			new Option('--url <url>', "the node's HTTP URL")
				.env('SKYLARK_URL')
				.default('http://127.0.0.1:3000')
		)
		.addOption(new Option('--api-key <key>', "the node's ADMIN_API_KEY").env('SKYLARK_API_KEY'));
}

export function adminClient(command: Command): AdminClient {
	const { url, apiKey } = command.optsWithGlobals<AdminOptionValues>();
	const key = apiKey ?? process.env.ADMIN_API_KEY;

	if (!key) {
		throw new UsageError(command, 'no API key: pass --api-key, or set SKYLARK_API_KEY');
	}

	try {
		return new AdminClient(url, { apiKey: key });
	} catch (error) {
		throw new UsageError(command, `--url: ${(error as Error).message}`);
	}
}
