import * as os from 'node:os';

export interface AnnouncedAddressChoice {
	/** What ICE candidates will carry (undefined: the listen IP itself). */
	announcedAddress?: string;
	/** Set when Skylark had to guess: worth a warning at start-up. */
	guessed?: string;
}

function isUnspecified(ip: string): boolean {
	return ip === '0.0.0.0' || ip === '::';
}

/**
 * ICE candidates must carry an address clients can reach. Listening on all
 * interfaces (0.0.0.0) with no ANNOUNCED_ADDRESS would hand out 0.0.0.0, so
 * Skylark announces the host's first non-loopback address instead (or
 * 127.0.0.1 on a host with none) and says so: behind NAT that guess is the
 * private address, and ANNOUNCED_ADDRESS must be set to the public one.
 */
export function chooseAnnouncedAddress(
	listenIp: string,
	configured: string | undefined,
	interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()
): AnnouncedAddressChoice {
	if (configured || !isUnspecified(listenIp)) {
		return { announcedAddress: configured };
	}

	const family = listenIp === '::' ? 'IPv6' : 'IPv4';
	const external = Object.values(interfaces)
		.flat()
		.find((i) => i && !i.internal && i.family === family && !i.address.startsWith('fe80'));
	const address = external?.address ?? (family === 'IPv6' ? '::1' : '127.0.0.1');

	return {
		announcedAddress: address,
		guessed:
			`LISTEN_IP is ${listenIp} and ANNOUNCED_ADDRESS is not set: announcing ${address} in ICE candidates. ` +
			'Clients on other networks need ANNOUNCED_ADDRESS set to an address they can reach (your public IP behind NAT).',
	};
}
