import * as assert from 'node:assert/strict';
import type * as os from 'node:os';
import { chooseAnnouncedAddress } from '../../server/src/media/announcedAddress.js';

const iface = (
	address: string,
	internal: boolean,
	family: 'IPv4' | 'IPv6' = 'IPv4'
): os.NetworkInterfaceInfo =>
	({ address, internal, family, netmask: '', mac: '', cidr: null }) as os.NetworkInterfaceInfo;

describe('announced address', () => {
	const interfaces = {
		lo: [iface('127.0.0.1', true)],
		eth0: [iface('fe80::1', false, 'IPv6'), iface('10.0.0.5', false)],
	};

	it('uses ANNOUNCED_ADDRESS when set, and the listen IP when it is specific', () => {
		assert.deepEqual(chooseAnnouncedAddress('0.0.0.0', 'sfu.example.com', interfaces), {
			announcedAddress: 'sfu.example.com',
		});
		assert.deepEqual(chooseAnnouncedAddress('10.0.0.5', undefined, interfaces), {
			announcedAddress: undefined,
		});
	});

	it('never announces 0.0.0.0: it guesses the first external address and says so', () => {
		const choice = chooseAnnouncedAddress('0.0.0.0', undefined, interfaces);

		assert.equal(choice.announcedAddress, '10.0.0.5');
		assert.match(choice.guessed ?? '', /ANNOUNCED_ADDRESS is not set: announcing 10\.0\.0\.5/);
		assert.equal(
			chooseAnnouncedAddress('0.0.0.0', undefined, { lo: interfaces.lo }).announcedAddress,
			'127.0.0.1'
		);
	});
});
