/** The "your code" of docs/testing-with-the-mock.md's msw example: a look-up written with fetch. */
export interface LegacyQuery {
  client: string;
  personalId: string;
  /** Full name, as on the id card (HoVaTen). */
  fullName: string;
  /** Date of birth, yyyyMMdd (NgayThangNam). */
  birthDate: string;
  /** The officer's personal id (MaCanBo). */
  officerId: string;
  purpose: string;
  consent: string;
}

export async function legacyLookup(origin: string, query: LegacyQuery): Promise<{ data: unknown }> {
  const requestId = crypto.randomUUID();
  const response = await fetch(`${origin}/r1/VN/GOV/000.00.00.G10/CSDLDC/TraCuuThongTinCongDan`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-road-client': query.client,
      'x-road-id': requestId,
      'x-road-issue': 'H23.01-241122-0001',
      'x-purpose': query.purpose,
      'x-consent': query.consent,
    },
    // The real services' field names (the REST profile's JSON uses the SOAP names).
    body: JSON.stringify({
      MaYeuCau: requestId,
      MaCanBo: query.officerId,
      MaTichHop: '037',
      SoDinhDanh: query.personalId,
      HoVaTen: query.fullName,
      NgayThangNamSinh: { NgayThangNam: query.birthDate },
    }),
  });
  if (!response.ok) throw new Error(`The population database answered ${response.status}.`);
  return (await response.json()) as { data: unknown };
}
