// The prefilled form: locked fields show the database and the time the value was read; fields whose
// source failed are editable with the reason in Vietnamese; the documents list says what the national
// data replaced (and by which record) and what the citizen must still upload.
import { both, esc, viTime } from './html.mjs';

const DATABASES = {
  population: { vi: 'CSDL quốc gia về dân cư', en: 'national population database' },
  'civil-status': { vi: 'CSDL hộ tịch điện tử', en: 'civil status database' },
  insurance: { vi: 'CSDL quốc gia về bảo hiểm', en: 'national insurance database' },
  enterprise: { vi: 'CSDL quốc gia về đăng ký doanh nghiệp', en: 'national business registry' },
  land: { vi: 'CSDL quốc gia về đất đai', en: 'national land database' },
};

/** The name of a database for the citizen; an unknown one by its code. */
export function databaseName(code) {
  return DATABASES[code] ?? { vi: code, en: code };
}

// How a coded value reads on the page; the form posts the code itself, as prefill returned it.
const CODE_LABELS = {
  male: 'Nam',
  female: 'Nữ',
  single: 'Chưa kết hôn',
  married: 'Đang có vợ/chồng',
  divorced: 'Đã ly hôn',
  widowed: 'Vợ/chồng đã chết',
  unknown: 'Không rõ',
};

/** One control: an address gets a two-line box, so that it reads whole on a phone. */
function control(id, name, value, kind, attributes) {
  if (kind === 'address')
    return `<textarea id="${id}" name="${esc(name)}" rows="2"${attributes}>${esc(value)}</textarea>`;
  return `<input id="${id}" name="${esc(name)}" value="${esc(value)}"${attributes}>`;
}

/** The locked input: a coded value is posted hidden and shown by its Vietnamese label. */
function lockedInput(id, name, result) {
  const shown = result.kind === 'code' ? CODE_LABELS[result.value] : undefined;
  if (shown === undefined)
    return control(id, name, result.value, result.kind, ` readonly aria-describedby="${id}-src"`);
  return `<input type="hidden" name="${esc(name)}" value="${esc(result.value)}">
<input id="${id}" value="${esc(shown)}" readonly aria-describedby="${id}-src">`;
}

function fieldHtml(name, decl, result, posted) {
  const id = `f-${name}`;
  const label = `<label for="${id}">${both(decl.label)}</label>`;
  if (result?.status === 'filled' && result.locked) {
    const from = databaseName(result.database);
    return `<div class="field locked" data-field="${esc(name)}" data-status="locked">${label}
${lockedInput(id, name, result)}
<p class="source" id="${id}-src"><span class="badge">Đã xác thực</span> Nguồn: ${esc(from.vi)}, lấy lúc ${esc(viTime(result.retrievedAt))} <span class="en" lang="en">/ from the ${esc(from.en)}</span></p></div>`;
  }
  const value = posted?.get(name) ?? (result?.status === 'filled' ? result.value : '');
  const reason =
    result?.status === 'unavailable'
      ? `<p class="reason" id="${id}-why" role="note">${esc(result.reason.message.vi.text)} Vui lòng tự khai thông tin này. <span class="en" lang="en">/ ${esc(result.reason.message.en.text)}</span></p>`
      : '';
  const described = reason ? ` aria-describedby="${id}-why"` : '';
  return `<div class="field" data-field="${esc(name)}" data-status="${esc(result?.status ?? 'manual')}">${label}
${control(id, name, value, result?.kind ?? decl.kind, described)}${reason}</div>`;
}

function documentsHtml(documents) {
  const waived = documents.waived.map((d) => {
    const by = databaseName(d.by.database);
    return `<li class="waived" data-document="${esc(d.id)}" data-status="waived">✔ ${both(d.label)}<br><small>Không cần nộp: đã có trong ${esc(by.vi)} (${esc(viTime(d.by.retrievedAt))})</small></li>`;
  });
  const required = documents.required.map((d) => {
    const why = d.reasons.length
      ? `<br><small>${esc(d.reasons[0].message.vi.text)}</small>`
      : d.note
        ? `<br><small>${esc(d.note.vi)}</small>`
        : '';
    return `<li class="required" data-document="${esc(d.id)}" data-status="required"><span class="badge need">Cần nộp</span> ${both(d.label)}${why}</li>`;
  });
  return `<section class="card" aria-labelledby="docs-title"><h2 id="docs-title">Giấy tờ <span class="en" lang="en">/ Documents</span></h2>
<p>Được miễn nộp nhờ dữ liệu quốc gia: <strong data-summary="waived">${documents.waived.length}</strong></p>
<ul class="docs">${waived.join('')}</ul>
<p>Còn phải nộp (bản điện tử):</p>
<ul class="docs">${required.join('')}</ul></section>`;
}

/**
 * The form page body. `posted` (URLSearchParams) keeps what the citizen typed after a refused submit;
 * locked fields always show the values the databases returned.
 */
export function formBody({ form, prefilled, csrf, error, posted }) {
  const { summary } = prefilled;
  const fields = Object.entries(form.fields).map(([name, decl]) =>
    fieldHtml(name, decl, prefilled.fields[name], posted),
  );
  const alert = error ? `<div class="error" role="alert" id="submit-error">${error}</div>` : '';
  return `${alert}
<p class="ok" id="prefill-summary" data-prefilled="${summary.prefilled}" data-fields="${summary.fields}" data-waived="${summary.waived}" data-documents="${summary.documents}">
Đã điền sẵn <strong>${summary.prefilled}/${summary.fields}</strong> trường từ cơ sở dữ liệu quốc gia; miễn nộp <strong>${summary.waived}/${summary.documents}</strong> giấy tờ.
Các trường “Đã xác thực” không sửa được. <span class="en" lang="en">/ Verified fields were verified by the national databases and are locked.</span></p>
<form method="post" action="/form" class="card" aria-labelledby="form-title">
<h2 id="form-title">${both(form.procedure.name)}</h2>
<input type="hidden" name="_csrf" value="${esc(csrf)}">
${fields.join('\n')}
<button type="submit">Nộp hồ sơ <span lang="en">/ Submit</span></button>
</form>
${documentsHtml(prefilled.documents)}`;
}
