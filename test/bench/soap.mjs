/**
 * The SOAP profile's row of the own-cost table: the same lookup declared as an X-Road message protocol
 * 4.0 service, answered in-process by a dispatcher that echoes the request's X-Road header with a
 * requestHash, as a security server does. Verification off (SOAP answers carry no payload signature).
 */
import { createHash } from 'node:crypto';
import { Dispatcher } from 'undici';
import { CLIENT, CTX, PERSONAL_ID, PROVIDER, SUBJECT_KEY } from './fixtures.mjs';

const NS = 'http://dancuquocgia.bca';
const citizen = `<CongDan><SoDinhDanh>${PERSONAL_ID}</SoDinhDanh><SoCMND>013456789</SoCMND><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Thị Minh</ChuDem><Ten>Khai</Ten></HoVaTen><GioiTinh>2</GioiTinh><DanToc>01</DanToc><TonGiao>00</TonGiao><QuocTich>VN</QuocTich><TinhTrangHonNhan>1</TinhTrangHonNhan><NhomMau>4</NhomMau><NgayThangNamSinh><NgayThangNam>20030314</NgayThangNam></NgayThangNamSinh><ThuongTru><MaTinhThanh>01</MaTinhThanh><MaQuanHuyen>001</MaQuanHuyen><MaPhuongXa>00001</MaPhuongXa><ChiTiet>Số 1 Tràng Tiền</ChiTiet><QuocGia>VN</QuocGia></ThuongTru><Cha><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>Minh</Ten></HoVaTen><SoDinhDanh>001075012345</SoDinhDanh></Cha></CongDan>`;
const BODY_TAIL = `<SOAP-ENV:Body><ns:TraCuuThongTinCongDanResponse xmlns:ns="${NS}"><CongdanCollection xmlns="http://www.mic.gov.vn/dancu/1.0" SoCongDan="1" ThoiDiemDuLieu="2025-05-01">${citizen}</CongdanCollection></ns:TraCuuThongTinCongDanResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
const HEAD = /<SOAP-ENV:Header>[\s\S]*<\/SOAP-ENV:Header>/;

export class SoapInstantDispatcher extends Dispatcher {
  dispatch(options, handler) {
    const request = String(options.body ?? '');
    const hash = createHash('sha512').update(request).digest('base64');
    const header = (HEAD.exec(request)?.[0] ?? '').replace(
      '</SOAP-ENV:Header>',
      `<xroad:requestHash algorithmId="http://www.w3.org/2001/04/xmlenc#sha512">${hash}</xroad:requestHash></SOAP-ENV:Header>`,
    );
    const body = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xroad="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">${header}${BODY_TAIL}`,
    );
    const headers = [
      Buffer.from('content-type'),
      Buffer.from('text/xml; charset=utf-8'),
      Buffer.from('content-length'),
      Buffer.from(String(body.length)),
    ];
    queueMicrotask(() => {
      let aborted = false;
      handler.onConnect?.(() => {
        aborted = true;
      });
      if (aborted) return;
      handler.onHeaders?.(200, headers, () => {}, 'OK');
      if (aborted) return;
      handler.onData?.(body);
      handler.onComplete?.([]);
    });
    return true;
  }
  close() {
    return Promise.resolve();
  }
  destroy() {
    return Promise.resolve();
  }
}

/** The gateway calling the lookup over the SOAP profile (audit on, verify off). */
export function soapGatewayClient(core, baseUrl, dispatcher) {
  const { createGateway, defineService, functionAuditSink, Type } = core;
  const name = Type.Object({ Ho: Type.String(), ChuDem: Type.String(), Ten: Type.String() });
  const lookup = defineService({
    id: 'population.citizen.get',
    provider: PROVIDER,
    code: 'TraCuuThongTinCongDan',
    category: 'population.basic',
    idempotent: true,
    requiresConsent: false,
    requiresOfficer: true,
    profile: 'soap',
    soap: { namespace: NS, responseElement: 'CongdanCollection', arrays: ['CongDan'] },
    request: Type.Object({ personalId: Type.String({ pattern: '^\\d{12}$' }) }),
    wireRequest: Type.Object({ MaYeuCau: Type.String(), MaCanBo: Type.String(), SoDinhDanh: Type.String() }),
    toWire: (q, call) => ({ MaYeuCau: call.xroadId, MaCanBo: call.officerId, SoDinhDanh: q.personalId }),
    response: Type.Object({
      SoCongDan: Type.String(),
      CongDan: Type.Array(
        Type.Object({ SoDinhDanh: Type.String(), HoVaTen: name }, { additionalProperties: true }),
      ),
    }),
    subject: (q) => q.personalId,
    answerSubject: (wire) => wire.CongDan[0]?.SoDinhDanh,
  });
  let audited = 0;
  const gw = createGateway({
    baseUrl,
    client: CLIENT,
    dispatcher,
    verify: false,
    audit: { sink: functionAuditSink(() => void audited++), subjectKey: SUBJECT_KEY },
  });
  const ctx = { ...CTX, officerId: '001085012345' };
  return {
    name: 'gateway SOAP, verify off',
    call: () => gw.call(lookup, { personalId: PERSONAL_ID }, ctx),
    audited: () => audited,
    close: () => gw.close(),
  };
}
