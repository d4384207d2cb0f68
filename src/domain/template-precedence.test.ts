import { describe, expect, it } from 'vitest';
import {
  agencyIdsOnPath,
  coversPlatform,
  nextTemplateVersion,
  templateOrigin,
  versionInForce,
  type PublishedVersion,
} from './template-precedence.js';

const city = '/city/';
const county = '/city/county/';
const otherCounty = '/city/other/';
const squadron = '/city/county/squadron/';

const platform2: PublishedVersion = { version: 2, agencyPath: null };
const city3: PublishedVersion = { version: 3, agencyPath: city };
const county4: PublishedVersion = { version: 4, agencyPath: county };
const platform5: PublishedVersion = { version: 5, agencyPath: null };
const other6: PublishedVersion = { version: 6, agencyPath: otherCounty };
const all = [platform2, city3, county4, platform5, other6];

describe('文书模板：生效版本（最近的机构 > 全平台 > 内置）', () => {
  it.each([
    ['the county uses its own version', county, county4],
    ['a squadron inherits its county’s version', squadron, county4],
    ['the city uses its own, not a county’s', city, city3],
    ['another county uses its own newest version', otherCounty, other6],
    ['the platform level uses the newest platform-wide version', null, platform5],
  ])('%s', (_name, agencyPath, expected) => {
    expect(versionInForce(all, agencyPath)).toBe(expected);
  });

  it('falls back to the platform-wide version, then to the built-in one', () => {
    expect(versionInForce([platform2, other6], county)).toBe(platform2);
    expect(versionInForce([other6], county)).toBeNull();
    expect(versionInForce([], null)).toBeNull();
  });

  it('within one agency the newest version is in force, whatever the order given', () => {
    const county7: PublishedVersion = { version: 7, agencyPath: county };
    expect(versionInForce([county7, county4], county)).toBe(county7);
    expect(versionInForce([county4, county7], county)).toBe(county7);
  });

  it('names where the version in force comes from', () => {
    expect(templateOrigin(null)).toBe('builtin');
    expect(templateOrigin(platform2)).toBe('platform');
    expect(templateOrigin(county4)).toBe('agency');
  });
});

describe('文书模板：版本编号', () => {
  it.each([
    [null, 1, 2],
    [2, 1, 3],
    [7, 1, 8],
    [null, 3, 4],
    [2, 3, 4],
  ])('after published v%s and built-in v%s comes v%s', (highest, builtin, expected) => {
    expect(nextTemplateVersion(highest, builtin)).toBe(expected);
  });
});

describe('文书模板：发布范围', () => {
  it('lets only a top-level agency (or the system) publish platform-wide', () => {
    expect(coversPlatform('/')).toBe(true);
    expect(coversPlatform(city)).toBe(true);
    expect(coversPlatform(county)).toBe(false);
  });

  it('reads the ids along a path, root first', () => {
    expect(agencyIdsOnPath(squadron)).toEqual(['city', 'county', 'squadron']);
    expect(agencyIdsOnPath('/')).toEqual([]);
  });
});
