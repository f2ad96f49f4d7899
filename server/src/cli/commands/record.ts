import { Command, Option } from 'commander';
import type { Recording } from '../../../../server-sdk/src/index.js';
import type { CommandResult } from './result.js';
import { adminClient, withAdminOptions } from './adminOptions.js';

function print(recording: Recording): void {
	process.stdout.write(
		`${recording.id}  ${recording.state}  ${recording.durationSeconds}s  ${recording.sizeBytes} bytes  ${recording.path}\n`
	);

	for (const file of recording.files as { path: string; state: string; error: string | null }[]) {
		process.stdout.write(`  ${file.state}  ${file.path}${file.error ? `  (${file.error})` : ''}\n`);
	}
}

/** `skylark record start|stop|list`: recordings through the admin API. */
export function recordCommand(done: (result: CommandResult) => void): Command {
	const record = new Command('record').description('record a room, a participant or tracks (admin API)');

	withAdminOptions(record.command('start'))
		.description('start recording the room, one participant (--peer) or chosen tracks (--producer)')
		.argument('<roomId>')
		.option('--peer <peerId>', 'record one participant')
		.option('--producer <producerId...>', 'record chosen tracks')
		.addOption(new Option('--engine <engine>', 'recorder program').choices(['ffmpeg', 'gstreamer']))
		.addOption(
			new Option('--video <mode>', 'write video as is, or re-encode it').choices(['copy', 'transcode'])
		)
		.action(
			async (
				roomId: string,
				options: {
					peer?: string;
					producer?: string[];
					engine?: 'ffmpeg' | 'gstreamer';
					video?: 'copy' | 'transcode';
				},
				command: Command
			) => {
				print(
					await adminClient(command).startRecording(roomId, {
						peerId: options.peer,
						producerIds: options.producer,
						engine: options.engine,
						video: options.video,
					})
				);
				done(0);
			}
		);

	withAdminOptions(record.command('stop'))
		.description('stop a recording; answers once its files are final')
		.argument('<roomId>')
		.argument('<recordingId>')
		.action(async (roomId: string, recordingId: string, _options: object, command: Command) => {
			print(await adminClient(command).stopRecording(roomId, recordingId));
			done(0);
		});

	withAdminOptions(record.command('list'))
		.description("list a room's recordings")
		.argument('<roomId>')
		.action(async (roomId: string, _options: object, command: Command) => {
			const recordings = await adminClient(command).listRecordings(roomId);

			recordings.forEach(print);

			if (recordings.length === 0) {
				process.stdout.write('no recordings\n');
			}

			done(0);
		});

	return record;
}
