/**
 * A sentence a portal can show the citizen for any error, in Vietnamese and English, and what to do
 * next. Built from the code table only: nothing from the error's message (which is for developers)
 * reaches the citizen, so no personal data can.
 */
import { ERROR_CODES, type ErrorCode, isErrorCode, type UserAction } from './codes.js';
import { OnceOnlyError } from './onceonly-error.js';

export type Locale = 'vi' | 'en';

export interface UserMessageOptions {
  /** The language of `title` and `text`; both languages are always in `vi` and `en`. Default `'vi'`. */
  locale?: Locale;
}

export interface UserMessage {
  /** The code the message was chosen by (`INTERNAL_ERROR` for anything that is not an SDK error). */
  code: ErrorCode;
  /** What the citizen should do next; pick the button or link to show from it. */
  action: UserAction;
  /** A short heading in `locale`. */
  title: string;
  /** One or two sentences in `locale`. */
  text: string;
  vi: { title: string; text: string };
  en: { title: string; text: string };
  /** When to try again, for `retry-later`, when it is known (`Retry-After`, breaker half-open time). */
  retryAfterMs?: number;
}

const TITLES: Record<UserAction, { vi: string; en: string }> = {
  'retry-later': { vi: 'Vui lòng thử lại sau', en: 'Please try again later' },
  'give-consent-again': { vi: 'Cần xác nhận đồng ý', en: 'Consent needed' },
  'fill-in-by-hand': { vi: 'Vui lòng tự nhập thông tin', en: 'Please fill in the form yourself' },
  'contact-agency': { vi: 'Chưa lấy được dữ liệu', en: 'The data could not be fetched' },
  'fix-input': { vi: 'Vui lòng kiểm tra thông tin', en: 'Please check what you entered' },
  report: { vi: 'Hệ thống gặp sự cố', en: 'Technical problem' },
};

/** "in 2 minutes" / "sau 2 phút": whole seconds below two minutes, whole minutes (rounded up) above. */
function wait(ms: number): { vi: string; en: string } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return { vi: `${seconds} giây`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { vi: `${minutes} phút`, en: `${minutes} minutes` };
}

/** The code to speak about: the error's own when it is one of ours, else by class, else `INTERNAL_ERROR`. */
function codeOf(error: unknown): ErrorCode {
  if (!OnceOnlyError.isInstance(error)) return 'INTERNAL_ERROR';
  if (isErrorCode(error.code)) return error.code;
  // An error from another (older or newer) copy of the SDK with a code this copy does not know: its
  // class's default code, else the first code of a class of that name.
  const defaultCode = (error.constructor as { defaultCode?: unknown } | undefined)?.defaultCode;
  if (isErrorCode(defaultCode)) return defaultCode;
  const byClass = Object.entries(ERROR_CODES).find(([, info]) => info.error === error.name);
  return byClass ? (byClass[0] as ErrorCode) : 'ONCEONLY_ERROR';
}

/**
 * What to tell the citizen about `error`, and what they should do next.
 *
 * @example
 * try {
 *   await pop.getCitizen({ personalId }, ctx);
 * } catch (error) {
 *   const { title, text, action } = userMessage(error, { locale: 'vi' });
 *   // show title and text; offer a "try again" button if action === 'retry-later'
 * }
 */
export function userMessage(error: unknown, options: UserMessageOptions = {}): UserMessage {
  const code = codeOf(error);
  const { action, citizen } = ERROR_CODES[code];
  const vi = { title: TITLES[action].vi, text: citizen.vi };
  const en = { title: TITLES[action].en, text: citizen.en };
  const retryAfterMs = OnceOnlyError.isInstance(error) ? error.retryAfterMs : undefined;
  const known = action === 'retry-later' && retryAfterMs !== undefined && Number.isFinite(retryAfterMs);
  if (known) {
    // Replace the vague "in a few minutes" with the time the upstream or the breaker gave.
    const after = wait(retryAfterMs);
    vi.text = vi.text.replace(/ sau ít phút\.$/, ` sau ${after.vi}.`);
    en.text = en.text.replace(/ in a few minutes\.$/, ` in ${after.en}.`);
  }
  const locale = options.locale ?? 'vi';
  const chosen = locale === 'en' ? en : vi;
  const message: UserMessage = { code, action, title: chosen.title, text: chosen.text, vi, en };
  if (known) message.retryAfterMs = retryAfterMs;
  return message;
}
