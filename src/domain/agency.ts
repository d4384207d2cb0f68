import { AppError } from './app-error.js';

/** Levels of the agency tree, from the top down. */
export const agencyKinds = ['province', 'city', 'county', 'brigade', 'squadron'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const agencyKindLabels: Record<AgencyKind, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  brigade: '执法大队/支队',
  squadron: '执法中队',
};

/** A child sits strictly below its parent: 省厅 → 市局 → 县局 → 执法大队 → 中队. */
export function assertChildKindAllowed(parentKind: AgencyKind, childKind: AgencyKind): void {
  if (agencyKinds.indexOf(childKind) <= agencyKinds.indexOf(parentKind)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `“${agencyKindLabels[childKind]}”机构不能设在“${agencyKindLabels[parentKind]}”机构之下`,
    );
  }
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}
