// Types of journey.mjs, for the TypeScript tests that drive the example.
export function runJourney(options: {
  portalUrl: string;
  procedure: string;
  persona: { fullName: string; maskedId: string };
  log?: (line: string) => void;
}): Promise<{ prefilled: number; fields: number; waived: number; documents: number; dossierCode: string }>;

export function formFields(html: string): Array<[string, string]>;
