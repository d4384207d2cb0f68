import dayjs from 'dayjs';
import { systemActor } from '../domain/actor.js';
import { chinaDate } from '../domain/china-date.js';
import type { EnforcementCategory } from '../domain/certificate.js';
import type { Role } from '../domain/role.js';
import { upgradeLegacyIdNumber } from '../domain/validators/id-number.js';
import type { Config } from '../config.js';
import { insertAgency, insertUnit } from '../modules/agency/agency.service.js';
import type { ServiceContext } from '../modules/context.js';
import { insertCertificate, insertOfficer } from '../modules/officer/officer.service.js';
import { insertUser } from '../modules/user/user.service.js';
import type { AgencyInput } from '../modules/agency/agency.schemas.js';
import type { Db } from '../storage/database.js';
import { demoPersonName } from './demo-names.js';

/** Shared by every demo account and printed when the demo starts. Never for real use. */
export const DEMO_PASSWORD = 'Zhifa@demo2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  agencyName: string;
  roles: Role[];
}

const CITY = { code: '439900', name: '临江市', prefix: 'shi' };
const COUNTIES = [
  { code: '439921', name: '清水县', prefix: 'qs' },
  { code: '439922', name: '石门县', prefix: 'sm' },
  { code: '439923', name: '云溪县', prefix: 'yx' },
];

/**
 * The certificate situation of the n-th demo officer: most are valid, and every other
 * status a person must notice appears at least once. Dates are relative to today, so the
 * demo never ages.
 */
const situations = [
  'valid',
  'valid',
  'expiring',
  'valid',
  'valid',
  'expired',
  'valid',
  'suspended',
  'valid',
  'valid',
  'unverified',
  'valid',
  'valid',
  'expiring',
  'valid',
  'revoked',
] as const;
type Situation = (typeof situations)[number];

interface DemoOfficer {
  id: string;
  name: string;
  situation: Situation;
}

const categoriesByAgencyKind: Record<string, EnforcementCategory[]> = {
  brigade: ['comprehensive'],
  roadSquadron: ['roadAdministration'],
  transportSquadron: ['transportAdministration'],
};

interface Seeder {
  trx: Db;
  ctx: ServiceContext;
  today: string;
  officerCount: number;
}

/** Builds the demonstration organisation through the same services a user calls. */
export async function seedDemoOrganisation(db: Db, config: Config): Promise<DemoAccount[]> {
  return db.transaction().execute(async (trx) => {
    const seeder: Seeder = {
      trx,
      ctx: { db: trx, actor: systemActor, config },
      today: chinaDate(),
      officerCount: 0,
    };
    const city = await addAgency(
      seeder,
      null,
      {
        name: `${CITY.name}交通运输局`,
        shortName: '临江交通',
        kind: 'city',
        address: `${CITY.name}滨江大道88号`,
        phone: '0739-12328',
      },
      CITY.code,
    );
    const cityBrigade = await addAgency(
      seeder,
      city.id,
      {
        name: `${CITY.name}交通运输综合行政执法支队`,
        shortName: '临江执法支队',
        kind: 'brigade',
      },
      CITY.code,
    );
    await addUnits(seeder, city.id, ['法制科', '政策法规科']);
    await addUnits(seeder, cityBrigade.id, ['治超科', '督查科']);
    const cityOfficers = await addOfficers(seeder, cityBrigade.id, CITY.code, 'brigade', 4);
    const accounts = await addRoleAccounts(seeder, CITY, city.id, city.name, cityOfficers);
    for (const county of COUNTIES) {
      accounts.push(...(await addCounty(seeder, county, city.id)));
    }
    return accounts;
  });
}

async function addCounty(
  seeder: Seeder,
  county: (typeof COUNTIES)[number],
  cityId: string,
): Promise<DemoAccount[]> {
  const short = county.name.slice(0, 2);
  const bureau = await addAgency(
    seeder,
    cityId,
    {
      name: `${county.name}交通运输局`,
      shortName: `${short}交通`,
      kind: 'county',
    },
    county.code,
  );
  const brigade = await addAgency(
    seeder,
    bureau.id,
    {
      name: `${county.name}交通运输综合行政执法大队`,
      shortName: `${short}执法大队`,
      kind: 'brigade',
    },
    county.code,
  );
  await addUnits(seeder, brigade.id, ['法制股', '办公室']);
  const officers = await addOfficers(seeder, brigade.id, county.code, 'brigade', 4);
  for (const [name, kind] of [
    ['路政中队', 'roadSquadron'],
    ['运政中队', 'transportSquadron'],
  ] as const) {
    const squadron = await addAgency(
      seeder,
      brigade.id,
      {
        name: `${county.name}${name}`,
        shortName: `${short}${name}`,
        kind: 'squadron',
      },
      county.code,
    );
    officers.push(...(await addOfficers(seeder, squadron.id, county.code, kind, 4)));
  }
  return addRoleAccounts(seeder, county, brigade.id, brigade.name, officers);
}

async function addAgency(
  { trx, ctx }: Seeder,
  parentId: string | null,
  fields: Pick<AgencyInput, 'name' | 'shortName' | 'kind'> & Partial<AgencyInput>,
  regionCode: string,
) {
  return insertAgency(trx, ctx, { parentId, regionCode, ...fields });
}

async function addUnits({ trx, ctx }: Seeder, agencyId: string, names: readonly string[]) {
  for (const name of names) await insertUnit(trx, ctx, agencyId, { name, kind: '科室' });
}

async function addOfficers(
  seeder: Seeder,
  agencyId: string,
  regionCode: string,
  kind: keyof typeof categoriesByAgencyKind,
  count: number,
): Promise<DemoOfficer[]> {
  const added: DemoOfficer[] = [];
  for (let k = 0; k < count; k += 1) {
    const n = seeder.officerCount++;
    const name = demoPersonName(n);
    const situation = situations[n % situations.length] ?? 'valid';
    const { id } = await insertOfficer(seeder.trx, seeder.ctx, {
      agencyId,
      name,
      idNumber: demoIdNumber(regionCode, n),
      phone: `139${String(73900000 + n * 7919).padStart(8, '0')}`,
    });
    await insertCertificate(
      seeder.trx,
      seeder.ctx,
      { id, agencyId },
      {
        number: `${regionCode.slice(0, 4)}${String(2021000 + n).padStart(7, '0')}`,
        issuer: '湖江省人民政府',
        categories: categoriesByAgencyKind[kind] ?? ['comprehensive'],
        areaCodes: [regionCode],
        areaName: '辖区',
        ...certificateDates(situation, seeder.today),
      },
    );
    added.push({ id, name, situation });
  }
  return added;
}

function certificateDates(situation: Situation, today: string) {
  const day = (offset: number) => dayjs(today).add(offset, 'day').format('YYYY-MM-DD');
  const thisYear = dayjs(today).year();
  const base = { validFrom: day(-700), validTo: day(400), lastVerifiedYear: thisYear - 1 };
  switch (situation) {
    case 'valid':
      return base;
    case 'expiring':
      return { ...base, validTo: day(25) };
    case 'expired':
      return { ...base, validTo: day(-10) };
    case 'unverified':
      return { ...base, lastVerifiedYear: thisYear - 3 };
    case 'suspended':
      return { ...base, status: 'suspended' as const };
    case 'revoked':
      return { ...base, status: 'revoked' as const };
  }
}

/** A well-formed 居民身份证号 with a correct check digit; birth years 1970–1995. */
function demoIdNumber(regionCode: string, n: number): string {
  const birth = `${70 + (n % 26)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 27) + 1).padStart(2, '0')}`;
  const result = upgradeLegacyIdNumber(`${regionCode}${birth}${String(100 + n).slice(-3)}`);
  if (!result.ok) throw new Error(result.message);
  return result.value.value;
}

async function addRoleAccounts(
  { trx }: Seeder,
  place: { prefix: string },
  agencyId: string,
  agencyName: string,
  officers: readonly DemoOfficer[],
): Promise<DemoAccount[]> {
  // Accounts that act in cases belong to officers whose certificates are in order.
  const [first, second, reviewer, head] = officers.filter((o) => o.situation === 'valid');
  const specs: {
    suffix: string;
    officer?: { id: string; name: string };
    roles: Role[];
    name?: string;
  }[] = [
    { suffix: 'zhifa1', officer: first, roles: ['officer'] },
    { suffix: 'zhifa2', officer: second, roles: ['officer'] },
    { suffix: 'fazhi', officer: reviewer, roles: ['legalReviewer'] },
    { suffix: 'fuzeren', officer: head, roles: ['approver'] },
  ];
  if (place.prefix === 'shi') {
    specs.push(
      { suffix: 'jiandu', roles: ['supervisor'], name: demoPersonName(90) },
      { suffix: 'gongshi', roles: ['disclosureAdmin'], name: demoPersonName(91) },
      { suffix: 'admin', roles: ['systemAdmin'], name: '系统管理员' },
    );
  }
  const accounts: DemoAccount[] = [];
  for (const spec of specs) {
    const username = spec.suffix === 'admin' ? 'admin' : `${place.prefix}.${spec.suffix}`;
    const displayName = spec.officer?.name ?? spec.name ?? username;
    await insertUser(
      trx,
      systemActor,
      { username, displayName, agencyId, officerId: spec.officer?.id ?? null, roles: spec.roles },
      DEMO_PASSWORD,
      { mustChangePassword: false },
    );
    accounts.push({ username, displayName, agencyName, roles: spec.roles });
  }
  return accounts;
}
