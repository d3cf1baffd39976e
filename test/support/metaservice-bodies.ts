/** Metaservice answers as docs/contract.md shows them, for tests that play the security server. */

/** `GET /listClients`: one provider subsystem of the VN instance. */
export const listClientsBody = (member: string, subsystem: string, name: string) => ({
  member: [
    {
      id: {
        object_type: 'SUBSYSTEM',
        xroad_instance: 'VN',
        member_class: 'GOV',
        member_code: member,
        subsystem_code: subsystem,
      },
      name,
    },
  ],
});

/** `GET /r1/{provider}/listMethods` and `.../allowedMethods`. */
export const serviceListBody = (member: string, subsystem: string, codes: string[]) => ({
  service: codes.map((code) => ({
    object_type: 'SERVICE',
    xroad_instance: 'VN',
    member_class: 'GOV',
    member_code: member,
    subsystem_code: subsystem,
    service_code: code,
    service_type: 'REST',
  })),
});
