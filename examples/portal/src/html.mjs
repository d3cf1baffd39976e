// The portal's page frame: server-rendered HTML, no script, no external resource (the machine may have
// no internet), Vietnamese first, a single column that fits a phone. Every value goes through `esc`.

/** Escapes text for element content and double-quoted attribute values. */
export function esc(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** `text.vi`, with the English beside it for a developer (or a foreign resident). */
export function both(text) {
  return `${esc(text.vi)} <span class="en" lang="en">/ ${esc(text.en)}</span>`;
}

/** `dd/mm/yyyy HH:MM` in Vietnam's time (UTC+7, no daylight saving). */
export function viTime(iso) {
  const t = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

const STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24;line-height:1.45}
header{background:#b3261e;color:#fff;padding:.75rem 1rem}
header a{color:#fff}
nav ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
main{max-width:46rem;margin:1rem auto;padding:0 1rem}
.en{color:#555;font-weight:normal;font-size:.9em}
header .en{color:#fde7e5}
a:focus,button:focus,input:focus,textarea:focus{outline:3px solid #f0b400;outline-offset:2px}
.card{background:#fff;border:1px solid #d7dae0;border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}
.field{margin:.9rem 0}
.field label{display:block;font-weight:600}
.field input,.field textarea{width:100%;font:inherit;padding:.55rem .6rem;border:1px solid #99a;border-radius:6px;background:#fff;resize:vertical}
.field [readonly]{background:#eef3ee;border-color:#9b9}
.source{font-size:.85em;color:#2d5b2f;margin:.2rem 0 0}
.reason{font-size:.9em;color:#8a1c14;background:#fff3f3;border-left:4px solid #b3261e;padding:.3rem .5rem;margin:.3rem 0 0}
.docs li{margin:.4rem 0}
.waived{color:#2d5b2f}
.badge{display:inline-block;font-size:.8em;font-weight:600;background:#2d5b2f;color:#fff;border-radius:4px;padding:0 .35rem}
.badge.need{background:#8a1c14}
.required{color:#8a1c14}
.error{background:#fff3f3;border:1px solid #d88;padding:.8rem 1rem;border-radius:6px}
.ok{background:#eef8ee;border:1px solid #9c9;padding:.8rem 1rem;border-radius:6px}
button,.button{display:inline-block;font:inherit;padding:.65rem 1.3rem;border-radius:6px;border:1px solid #1b6e20;background:#1b6e20;color:#fff;cursor:pointer;text-decoration:none}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d7dae0;padding:.4rem;text-align:left;vertical-align:top;font-size:.92em}
.scroll{overflow-x:auto}
.procedures{list-style:none;padding:0}
`;

/** The security headers of every page: no caching of personal data, no framing, no script at all. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A whole page; `title` is bilingual, `body` is already HTML, `signedIn` shows the citizen's links. */
export function page(title, body, { signedIn = false } = {}) {
  const citizenLinks = signedIn
    ? '<li><a href="/access-log">Nhật ký truy cập dữ liệu</a></li><li><a href="/logout">Đăng xuất</a></li>'
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title.vi)} | Cổng dịch vụ công (ví dụ)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<a href="/"><strong>Cổng dịch vụ công</strong></a> <span class="en" lang="en">(example portal, synthetic data)</span>
<nav aria-label="Điều hướng chính"><ul><li><a href="/">Thủ tục</a></li><li><a href="/kpis">Chỉ số</a></li>${citizenLinks}</ul></nav>
</header>
<main>
<h1>${both(title)}</h1>
${body}
</main>
</body>
</html>
`;
}
