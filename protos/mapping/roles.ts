import { skylark } from '../gen/skylark.js';

/** What a participant may do in a room; the wire form is skylark.v1.Role. */
export type Role = 'participant' | 'presenter' | 'viewer';

const ROLES: Record<Role, skylark.v1.Role> = {
	participant: skylark.v1.Role.PARTICIPANT,
	presenter: skylark.v1.Role.PRESENTER,
	viewer: skylark.v1.Role.VIEWER,
};

export function roleToProto(role: Role): skylark.v1.Role {
	return ROLES[role];
}

/** An unset or unknown role reads as participant. */
export function roleFromProto(role: skylark.v1.Role | null | undefined): Role {
	return (Object.keys(ROLES) as Role[]).find((r) => ROLES[r] === role) ?? 'participant';
}
