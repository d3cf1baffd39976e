/**
 * What travels with every call: why it is made (purpose), for which dossier (case id), by whom, and the
 * citizen's consent where the data category needs one. See docs/security.md.
 */
export interface AccessContext {
  /** Purpose code, usually the national procedure code (`1.001193`). Sent as `X-Purpose`. */
  purpose: string;
  /** The dossier code (hồ sơ) that caused the call. Sent as `X-Road-Issue`. */
  caseId: string;
  /** The officer or citizen who initiated the call, ISO country prefix (`VN001203012345`). Sent as `X-Road-UserId`. */
  userId?: string;
  /**
   * The officer's 12-digit personal id, which the real population services require (`MaCanBo`).
   * Personal data: it goes only into the body a service's `toWire` builds, never into a header, a URL,
   * a log or an error; the audit record keeps its keyed hash (`officer`).
   */
  officerId?: string;
  /** Consent token (a JWT from the identity provider) where the service's data category needs one. Sent as `X-Consent`. */
  consent?: string;
  /** Aborts the call; the abort reaches every attempt and every wait between attempts. */
  signal?: AbortSignal;
  /** Overall deadline for the logical call, retries included, in milliseconds. */
  timeoutMs?: number;
}
