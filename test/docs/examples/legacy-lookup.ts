/** The "your code" of docs/testing-with-the-mock.md's msw example: a look-up written with fetch. */
export interface LegacyQuery {
  client: string;
  personalId: string;
  purpose: string;
  consent: string;
}

export async function legacyLookup(origin: string, query: LegacyQuery): Promise<{ data: unknown }> {
  const response = await fetch(`${origin}/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-road-client': query.client,
      'x-road-id': crypto.randomUUID(),
      'x-road-issue': 'H23.01-241122-0001',
      'x-purpose': query.purpose,
      'x-consent': query.consent,
    },
    body: JSON.stringify({ personalId: query.personalId }),
  });
  if (!response.ok) throw new Error(`The population database answered ${response.status}.`);
  return (await response.json()) as { data: unknown };
}
