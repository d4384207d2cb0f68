import dayjs from 'dayjs';
import { chinaDate } from '../../src/domain/china-date.js';
import type { TestClient } from './platform.js';

/**
 * A filed case (立案 approved) in the officer's brigade: the officer and a colleague with a
 * valid 综合 certificate are its case officers. 运政 cause, act ten days ago.
 */
export async function fileCase(
  officer: TestClient,
  head: TestClient,
): Promise<{ id: string; caseNumber: string; leadId: string; officerIds: string[] }> {
  const me = (await officer.get('/api/auth/me')).body.user;
  const areaCode = (await officer.get(`/api/agencies/${me.agencyId}`)).body.regionCode;
  const colleagues = (
    await officer.get(`/api/officers?agencyId=${me.agencyId}&certificateStatus=valid&pageSize=200`)
  ).body.items;
  const colleague = colleagues.find(
    (o: { id: string; agencyId: string }) => o.id !== me.officerId && o.agencyId === me.agencyId,
  );
  const lead = await officer.post('/api/leads', {
    agencyId: me.agencyId,
    source: 'inspection',
    receivedAt: new Date().toISOString(),
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    summary: '执法人员检查时发现一辆货车无道路运输证从事货物运输。',
    areaCode,
  });
  const today = chinaDate();
  const proposed = await officer.post(`/api/leads/${lead.body.id}/filing`, {
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    category: 'transportAdministration',
    actAreaCode: areaCode,
    actEndDate: dayjs(today).subtract(10, 'day').format('YYYY-MM-DD'),
    discoveryDate: dayjs(today).subtract(1, 'day').format('YYYY-MM-DD'),
    party: { kind: 'citizen', name: '王五', idNumber: '11010519491231002X', address: '城关镇1号' },
    officerIds: [me.officerId, colleague.id],
  });
  if (proposed.status !== 201)
    throw new Error(`filing proposal failed: ${JSON.stringify(proposed.body)}`);
  const approved = await head.post(`/api/cases/${proposed.body.id}/approve-filing`);
  if (approved.status !== 200)
    throw new Error(`filing approval failed: ${JSON.stringify(approved.body)}`);
  return {
    id: approved.body.id,
    caseNumber: approved.body.caseNumber,
    leadId: lead.body.id,
    officerIds: [me.officerId, colleague.id],
  };
}

export function evidenceForm(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return form;
}
