import { skylark } from '../../protos/index.js';
import type { Role } from './models.js';

const TO_PROTO: Record<Role, skylark.v1.Role> = {
	participant: skylark.v1.Role.PARTICIPANT,
	presenter: skylark.v1.Role.PRESENTER,
	viewer: skylark.v1.Role.VIEWER,
};

export function roleToProto(role: Role): skylark.v1.Role {
	return TO_PROTO[role];
}

export function roleFromProto(role: skylark.v1.Role | null | undefined): Role {
	return (Object.keys(TO_PROTO) as Role[]).find((r) => TO_PROTO[r] === role) ?? 'participant';
}
