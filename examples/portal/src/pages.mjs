// The portal's other pages: the procedure list, the dossier receipt, the KPIs and the citizen's access log.
import { both, esc, viTime } from './html.mjs';

const LEVELS = { commune: 'Cấp xã', district: 'Cấp huyện', province: 'Cấp tỉnh', central: 'Cấp trung ương' };

/** The procedures of the catalog, each a link that starts sign-in with consent for it. */
export function catalogBody(catalog) {
  const items = Object.values(catalog).map(
    (
      form,
    ) => `<li class="card"><a href="/procedures/${esc(form.procedure.code)}/start">${both(form.procedure.name)}</a>
<br><small>Mã thủ tục ${esc(form.procedure.code)}${form.procedure.level ? ` · ${esc(LEVELS[form.procedure.level] ?? form.procedure.level)}` : ''} · ${Object.keys(form.fields).length} trường, ${form.documents.length} giấy tờ</small></li>`,
  );
  return `<p>Chọn thủ tục. Bạn sẽ đăng nhập bằng VNeID và đồng ý chia sẻ dữ liệu; biểu mẫu sẽ được điền sẵn từ cơ sở dữ liệu quốc gia, và bạn không phải nộp lại giấy tờ mà Nhà nước đã có.
<span class="en" lang="en">/ Pick a procedure: you sign in, consent, and find the form already filled.</span></p>
<ul class="procedures">${items.join('\n')}</ul>`;
}

/** After a checked submission: the dossier code and what happens next. */
export function submittedBody({ dossierCode, form, summary }) {
  return `<div class="ok" role="status" id="dossier"><p>Hồ sơ <strong data-dossier="${esc(dossierCode)}">${esc(dossierCode)}</strong> đã được tiếp nhận.
<span class="en" lang="en">/ Dossier received.</span></p>
<p>${both(form.procedure.name)}</p>
<p>${summary.prefilled}/${summary.fields} trường được điền sẵn, ${summary.waived}/${summary.documents} giấy tờ được miễn nộp.</p></div>
<p><a href="/kpis">Xem chỉ số dịch vụ công</a> · <a href="/access-log">Xem ai đã truy cập dữ liệu của bạn</a></p>`;
}

const pct = (share) => (share === undefined || share === null ? '—' : `${Math.round(share * 100)} %`);

/** The KPIs of the dossiers this portal reported (`computeKpis` over its events). */
export function kpiBody(report, catalog, eventCount) {
  const rows = Object.entries(report.byProcedure).map(
    ([code, k]) =>
      `<tr><td>${esc(code)} ${esc(catalog[code]?.procedure.name.vi ?? '')}</td><td>${k.dossiers}</td><td>${pct(k.shareSubmittedOnline)}</td><td>${pct(k.shareDocumentsWaived)}</td></tr>`,
  );
  const o = report.overall;
  return `<p>Tính từ ${eventCount} sự kiện hồ sơ mà cổng đã gửi đến hệ thống giám sát. <span class="en" lang="en">/ From the dossier events this portal reported to monitoring.</span></p>
<dl class="card" id="kpis" data-dossiers="${o.dossiers}" data-waived="${o.shareDocumentsWaived ?? ''}">
<dt>Số hồ sơ <span class="en" lang="en">/ dossiers</span></dt><dd>${o.dossiers}</dd>
<dt>Tỷ lệ nộp trực tuyến <span class="en" lang="en">/ submitted online</span></dt><dd>${pct(o.shareSubmittedOnline)}</dd>
<dt>Tỷ lệ giấy tờ được miễn nộp nhờ dữ liệu quốc gia <span class="en" lang="en">/ documents waived</span></dt><dd>${pct(o.shareDocumentsWaived)}</dd>
</dl>
<div class="scroll"><table><caption>Theo thủ tục <span class="en" lang="en">/ by procedure</span></caption>
<thead><tr><th>Thủ tục</th><th>Hồ sơ</th><th>Trực tuyến</th><th>Miễn giấy tờ</th></tr></thead>
<tbody>${rows.join('') || '<tr><td colspan="4">Chưa có hồ sơ.</td></tr>'}</tbody></table></div>`;
}

/** Which service read which of the citizen's data, when, for which procedure and case. */
export function accessLogBody(records, catalog) {
  const rows = records.map(
    (r) =>
      `<tr><td>${esc(viTime(r.time))}</td><td>${esc(r.xroadService.split('/').slice(0, 4).join('/'))}</td><td>${esc(r.service)}</td><td>${esc(r.purpose)} ${esc(catalog[r.purpose]?.procedure.name.vi ?? '')}</td><td>${esc(r.issue)}</td><td>${r.outcome === 'success' ? 'thành công' : esc(r.outcome)}</td></tr>`,
  );
  return `<p>Mỗi lần cổng này lấy dữ liệu của bạn từ cơ sở dữ liệu quốc gia đều được ghi lại. <span class="en" lang="en">/ Every read of your data by this portal.</span></p>
<div class="scroll"><table id="access-log" data-rows="${records.length}"><thead><tr><th>Thời điểm</th><th>Cơ sở dữ liệu</th><th>Dịch vụ</th><th>Thủ tục</th><th>Hồ sơ</th><th>Kết quả</th></tr></thead>
<tbody>${rows.join('') || '<tr><td colspan="6">Chưa có lượt truy cập nào.</td></tr>'}</tbody></table></div>`;
}

/** A plain message page body: an error, or a refusal. `message` is bilingual. */
export function messageBody(message, link = { href: '/', text: 'Về trang chủ' }) {
  return `<div class="error" role="alert"><p>${both(message)}</p></div><p><a href="${esc(link.href)}">${esc(link.text)}</a></p>`;
}
