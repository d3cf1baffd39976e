// The identity provider's HTML pages: server-rendered, no script, UTF-8, Vietnamese first with English
// beside it. Every value that reaches the page goes through `escapeHtml`.
import { utf8 } from './responses.js';
import type { MockResponse } from './types.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A bilingual text: Vietnamese, and English beside it. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** What each data category means, in plain words, for the consent page. */
export const CATEGORY_LABELS: Readonly<Record<string, Bilingual>> = {
  openid: { vi: 'Danh tính của bạn (số định danh cá nhân)', en: 'your identity (personal id number)' },
  'population.basic': { vi: 'Thông tin cơ bản về dân cư', en: 'basic population data' },
  'population.residence': { vi: 'Thông tin cư trú', en: 'residence data' },
  'population.household': { vi: 'Thông tin hộ gia đình', en: 'household data' },
  'civil.birth': { vi: 'Thông tin đăng ký khai sinh', en: 'birth registration data' },
  'civil.marriage': { vi: 'Thông tin đăng ký kết hôn', en: 'marriage registration data' },
  'civil.death': { vi: 'Thông tin đăng ký khai tử', en: 'death registration data' },
  'civil.status': { vi: 'Thông tin xác nhận tình trạng hôn nhân', en: 'marital status confirmation data' },
  'insurance.social': { vi: 'Thông tin bảo hiểm xã hội', en: 'social insurance data' },
  'insurance.health': { vi: 'Thông tin bảo hiểm y tế', en: 'health insurance data' },
  'insurance.basic': { vi: 'Thông tin bảo hiểm', en: 'insurance data' },
  'enterprise.basic': { vi: 'Thông tin đăng ký doanh nghiệp', en: 'enterprise registration data' },
  'land.basic': { vi: 'Thông tin đất đai', en: 'land data' },
};

/** The label of a category; an unknown category is shown by its code. */
export function categoryLabel(category: string): Bilingual {
  return CATEGORY_LABELS[category] ?? { vi: category, en: category };
}

/** `001******345`: enough to tell personas apart, never the whole number. */
export function maskPersonalId(id: string): string {
  if (id.length <= 6) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;
}

const STYLE = `
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24}
header{background:#b3261e;color:#fff;padding:.75rem 1.5rem;font-weight:600}
main{max-width:46rem;margin:1.5rem auto;padding:0 1rem}
.en{color:#555;font-weight:normal}
header .en{color:#fde7e5}
ul{list-style:none;padding:0}
.personas li{margin:.4rem 0}
.personas button{width:100%;text-align:left;padding:.6rem .8rem;border:1px solid #ccd;border-radius:6px;background:#fff;cursor:pointer;font:inherit}
.personas button:hover,.personas button:focus{border-color:#b3261e}
.id{font-family:ui-monospace,monospace;margin-left:.5rem;color:#333}
.tag{display:inline-block;font-size:.8em;background:#eef;border-radius:4px;padding:0 .35rem;margin:.2rem .2rem 0 0}
.categories li{padding:.4rem 0;border-bottom:1px solid #dde}
.actions{display:flex;gap:1rem;margin-top:1.5rem}
.actions button{font:inherit;padding:.6rem 1.4rem;border-radius:6px;border:1px solid #888;cursor:pointer}
.agree{background:#1b6e20;color:#fff;border-color:#1b6e20}
.refuse{background:#fff}
.error{background:#fff3f3;border:1px solid #d88;padding:1rem;border-radius:6px}
`;

/** Headers of every page: no caching, no framing (a consent page must not be clickjacked), no script. */
const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Both languages, the English one marked as such. */
export function both(text: Bilingual): string {
  return `${escapeHtml(text.vi)} <span class="en" lang="en">/ ${escapeHtml(text.en)}</span>`;
}

/** A whole page. `title` and `body` are already HTML (escape what goes into them). */
export function page(status: number, title: Bilingual, body: string): MockResponse {
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.vi)} / ${escapeHtml(title.en)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>VNeID <span class="en">(mô phỏng / mock identity provider)</span></header>
<main>
<h1>${both(title)}</h1>
${body}
</main>
</body>
</html>
`;
  return { status, headers: { ...PAGE_HEADERS }, body: utf8(html) };
}

/** A 400 page naming what is wrong with the request. Nothing is issued, nobody is redirected. */
export function errorPage(problem: Bilingual): MockResponse {
  return page(
    400,
    { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' },
    `<div class="error" role="alert"><p>${escapeHtml(problem.vi)}</p><p lang="en">${escapeHtml(problem.en)}</p></div>
<p>${both({ vi: 'Không có thông tin nào được chia sẻ. Hãy quay lại cổng dịch vụ công.', en: 'Nothing was shared. Go back to the portal.' })}</p>`,
  );
}

/** One persona as the picker shows it. */
export interface PickerEntry {
  handle: string;
  name: string;
  maskedId: string;
  tags: readonly string[];
}

/** The persona picker: a search box, then one button per persona, each a form posting to the consent page. */
export function pickerPage(options: {
  request: string;
  clientName: string;
  clientId: string;
  purpose: string;
  /** The authorization request's parameters, resent by the search form (without `q`). */
  params: ReadonlyArray<readonly [string, string]>;
  q: string;
  shown: readonly PickerEntry[];
  total: number;
}): MockResponse {
  const hidden = options.params
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const items = options.shown
    .map(
      (p) => `<li><form method="post" action="/idp/consent">
<input type="hidden" name="request" value="${escapeHtml(options.request)}">
<button type="submit" name="persona" value="${escapeHtml(p.handle)}"><strong class="name">${escapeHtml(p.name)}</strong><span class="id">${escapeHtml(p.maskedId)}</span><br>${p.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')}</button>
</form></li>`,
    )
    .join('\n');
  const count =
    options.total === 0
      ? both({ vi: 'Không tìm thấy công dân nào.', en: 'No citizen found.' })
      : both({
          vi: `Hiển thị ${options.shown.length} trên ${options.total} công dân.`,
          en: `Showing ${options.shown.length} of ${options.total} citizens.`,
        }) +
        (options.shown.length < options.total
          ? ` ${both({ vi: 'Hãy tìm để thu hẹp danh sách.', en: 'Search to narrow the list.' })}`
          : '');
  return page(
    200,
    { vi: 'Chọn công dân để đăng nhập', en: 'Choose a citizen to sign in as' },
    `<p>${both({
      vi: `Cổng dịch vụ công “${options.clientName}” (${options.clientId}) yêu cầu bạn đăng nhập để thực hiện thủ tục ${options.purpose}.`,
      en: `The portal “${options.clientName}” (${options.clientId}) asks you to sign in for procedure ${options.purpose}.`,
    })}</p>
<form method="get" action="/idp/authorize" role="search">
${hidden}
<label for="q">${both({ vi: 'Tìm theo tên hoặc nhãn', en: 'Search by name or tag' })}</label><br>
<input id="q" name="q" type="search" maxlength="100" value="${escapeHtml(options.q)}">
<button type="submit">${both({ vi: 'Tìm', en: 'Search' })}</button>
</form>
<p class="count">${count}</p>
<ul class="personas">
${items}
</ul>`,
  );
}

/** The consent page: who asks, why, for what; Agree or Refuse, nothing pre-selected. */
export function consentPage(options: {
  ticket: string;
  personName: string;
  maskedId: string;
  clientName: string;
  clientId: string;
  purpose: string;
  scopes: readonly string[];
}): MockResponse {
  const categories = options.scopes
    .map((s) => `<li>${both(categoryLabel(s))} <code class="en">${escapeHtml(s)}</code></li>`)
    .join('\n');
  return page(
    200,
    { vi: 'Đồng ý chia sẻ thông tin', en: 'Consent to share data' },
    `<p>${both({
      vi: `Công dân: ${options.personName} (${options.maskedId})`,
      en: `Citizen: ${options.personName} (${options.maskedId})`,
    })}</p>
<p>${both({
      vi: `Cổng dịch vụ công “${options.clientName}” (${options.clientId}) đề nghị được lấy thông tin sau từ cơ sở dữ liệu quốc gia, cho mục đích: thủ tục ${options.purpose}.`,
      en: `The portal “${options.clientName}” (${options.clientId}) asks to fetch the following data from the national databases, for the purpose: procedure ${options.purpose}.`,
    })}</p>
<ul class="categories">
${categories}
</ul>
<p>${both({
      vi: 'Thông tin chỉ được chia sẻ khi bạn bấm “Đồng ý”.',
      en: 'Nothing is shared unless you press “Agree”.',
    })}</p>
<form method="post" action="/idp/decision" class="actions">
<input type="hidden" name="ticket" value="${escapeHtml(options.ticket)}">
<button type="submit" name="decision" value="agree" class="agree">Đồng ý <span lang="en">/ Agree</span></button>
<button type="submit" name="decision" value="refuse" class="refuse">Từ chối <span lang="en">/ Refuse</span></button>
</form>`,
  );
}
