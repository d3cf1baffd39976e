/**
 * Metaservice answers in the formats of the X-Road specifications (metadata protocol annex C.1, REST
 * metadata protocol annex B.1), for tests that play the security server.
 */

/** `GET /listClients`: one provider member of the VN instance and its subsystem. */
export const listClientsBody = (
  member: string,
  subsystem: string,
  subsystemName: string,
  memberName = 'Bộ Công an',
) => ({
  member: [
    {
      id: { object_type: 'MEMBER', xroad_instance: 'VN', member_class: 'GOV', member_code: member },
      name: memberName,
    },
    {
      id: {
        object_type: 'SUBSYSTEM',
        xroad_instance: 'VN',
        member_class: 'GOV',
        member_code: member,
        subsystem_code: subsystem,
      },
      name: memberName,
      subsystem_name: subsystemName,
    },
  ],
});

/** `GET /r1/{provider}/listMethods` and `.../allowedMethods`: REST services with one POST endpoint each. */
export const serviceListBody = (member: string, subsystem: string, codes: string[]) => ({
  service: codes.map((code) => ({
    object_type: 'SERVICE',
    xroad_instance: 'VN',
    member_class: 'GOV',
    member_code: member,
    subsystem_code: subsystem,
    service_code: code,
    service_type: 'REST',
    endpoint_list: [{ method: 'POST', path: '/' }],
  })),
});
