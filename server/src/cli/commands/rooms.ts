import { Command } from 'commander';
import type { CommandResult } from './result.js';
import { adminClient, withAdminOptions } from './adminOptions.js';

/** `skylark rooms list|close`: rooms through the admin API. */
export function roomsCommand(done: (result: CommandResult) => void): Command {
	const rooms = new Command('rooms').description("list or close a node's rooms (admin API)");

	withAdminOptions(rooms.command('list'))
		.description('list rooms: id, peers, node (in a cluster, every node)')
		.option('--json', 'print JSON')
		.action(async (options: { json?: boolean }, command: Command) => {
			const list = await adminClient(command).listRooms();

			if (options.json) {
				process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
			} else if (list.length === 0) {
				process.stdout.write('no rooms\n');
			} else {
				const width = Math.max(4, ...list.map((r) => r.id.length));

				process.stdout.write(`${'ROOM'.padEnd(width)}  PEERS  NODE\n`);

				for (const room of list) {
					process.stdout.write(
						`${room.id.padEnd(width)}  ${String(room.peers).padStart(5)}  ${room.node}\n`
					);
				}
			}

			done(0);
		});

	withAdminOptions(rooms.command('close'))
		.description('close a room; its peers are told why')
		.argument('<roomId>')
		.action(async (roomId: string, _options: object, command: Command) => {
			await adminClient(command).closeRoom(roomId);
			process.stdout.write(`closed room ${roomId}\n`);
			done(0);
		});

	return rooms;
}
