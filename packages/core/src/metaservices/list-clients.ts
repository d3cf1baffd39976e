import type { CallDeps } from '../gateway/call.js';
import type { MetaOptions, XRoadMember } from '../gateway/types.js';
import { getMetaservice, jsonObject, malformed, text } from './get-metaservice.js';

type Json = Record<string, unknown>;

/** One `member` entry of `listClients` (metadata protocol annex C.1, JSON form). */
function member(entry: unknown): XRoadMember {
  const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Json;
  const id = (typeof item.id === 'object' && item.id !== null ? item.id : {}) as Json;
  const instance = text(id.xroad_instance);
  const memberClass = text(id.member_class);
  const memberCode = text(id.member_code);
  if (!instance || !memberClass || !memberCode) throw malformed('listClients');
  const subsystemCode = text(id.subsystem_code);
  // object_type says which; an older answer without it is read from the presence of subsystem_code.
  const kind =
    id.object_type === 'MEMBER' || (id.object_type === undefined && !subsystemCode) ? 'MEMBER' : 'SUBSYSTEM';
  if (kind === 'SUBSYSTEM' && !subsystemCode)
    throw malformed('listClients', 'names a subsystem without its code');
  const parts = [instance, memberClass, memberCode];
  if (kind === 'SUBSYSTEM') parts.push(subsystemCode!);
  const result: XRoadMember = { kind, id: parts.join('/'), instance, memberClass, memberCode };
  if (kind === 'SUBSYSTEM') result.subsystemCode = subsystemCode!;
  const memberName = text(item.name);
  if (memberName) result.memberName = memberName;
  const subsystemName = text(item.subsystem_name);
  if (kind === 'SUBSYSTEM' && subsystemName) result.subsystemName = subsystemName;
  return result;
}

/** `GET /listClients`: the members of the instance and their subsystems, in the order listed. */
export async function listClients(deps: CallDeps, options?: MetaOptions): Promise<XRoadMember[]> {
  const body = jsonObject(await getMetaservice(deps, '/listClients', options), 'listClients');
  if (!Array.isArray(body.member)) throw malformed('listClients');
  return body.member.map(member);
}
