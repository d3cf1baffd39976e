import { baseUrl, consent, verify } from '../harness.js';
// #region quick-start
import { createGateway, defineService } from '@onceonly/core';

const gw = createGateway({ baseUrl, client: 'VN/GOV/000.00.00.H23/PORTAL', verify });

const getCitizen = defineService({
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'citizen.get',
  category: 'population.basic',
  idempotent: true,
  request: {
    type: 'object',
    required: ['personalId'],
    properties: { personalId: { format: 'vn-personal-id' } },
  },
  response: { type: 'object', required: ['hoVaTen', 'ngaySinh'] },
  subject: (query: { personalId: string }) => query.personalId,
  // The population database's own field names (docs/contract.md); only the fields used here.
  map: (wire: { hoVaTen: { ho: string; chuDem: string; ten: string }; ngaySinh: string }) => ({
    fullName: [wire.hoVaTen.ho, wire.hoVaTen.chuDem, wire.hoVaTen.ten].filter(Boolean).join(' '),
    birthDate: wire.ngaySinh.split('/').reverse().join('-'), // dd/mm/yyyy → ISO
  }),
});

const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001', userId: 'VN001085012345', consent };
const citizen = await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
// { fullName: 'Nguyễn Văn An', birthDate: '2003-05-14' }
// #endregion quick-start

export { citizen, ctx, getCitizen, gw };
