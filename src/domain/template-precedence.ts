/**
 * Which version of a 文书模板 an agency uses. Versions are published for one agency (and apply
 * to its subtree) or for the whole platform; the closest agency wins over the platform, which
 * wins over the template zhifa ships. Within one agency the newest version is in force.
 */

/** Where the version in force comes from. */
export type TemplateOrigin = 'builtin' | 'platform' | 'agency';

export const templateOriginLabels: Record<TemplateOrigin, string> = {
  builtin: '系统内置',
  platform: '全平台通用',
  agency: '机构发布',
};

export interface PublishedVersion {
  version: number;
  /** Materialised path of the publishing agency; null when published platform-wide. */
  agencyPath: string | null;
}

export function templateOrigin(version: PublishedVersion | null): TemplateOrigin {
  if (version === null) return 'builtin';
  return version.agencyPath === null ? 'platform' : 'agency';
}

/** A version applies to an agency when published platform-wide or by the agency or an ancestor. */
export function appliesTo(version: PublishedVersion, agencyPath: string | null): boolean {
  if (version.agencyPath === null) return true;
  return agencyPath !== null && agencyPath.startsWith(version.agencyPath);
}

/** Ancestors' paths are prefixes of their descendants', so a longer path is a closer agency. */
function closeness(version: PublishedVersion): number {
  return version.agencyPath?.length ?? 0;
}

/**
 * The published version in force for the agency at `agencyPath` (null: the platform level), or
 * null when none applies and the built-in template is used.
 */
export function versionInForce<T extends PublishedVersion>(
  versions: readonly T[],
  agencyPath: string | null,
): T | null {
  const applicable = versions.filter((version) => appliesTo(version, agencyPath));
  const [inForce] = applicable.sort((a, b) => closeness(b) - closeness(a) || b.version - a.version);
  return inForce ?? null;
}

/**
 * Versions are numbered per template code across the whole platform, continuing after the
 * built-in one, so that `zhifa:template=<code>@v<version>` on a document names one version.
 */
export function nextTemplateVersion(highestPublished: number | null, builtinVersion: number) {
  return Math.max(highestPublished ?? 0, builtinVersion) + 1;
}

/** The ids along a materialised path, root first: `/a/b/` → `['a', 'b']`. */
export function agencyIdsOnPath(agencyPath: string): string[] {
  return agencyPath.split('/').filter((id) => id !== '');
}

/**
 * Platform-wide versions are published by an administrator of a top-level agency (or by the
 * system itself), whose scope is the whole organisation.
 */
export function coversPlatform(actorAgencyPath: string): boolean {
  return agencyIdsOnPath(actorAgencyPath).length <= 1;
}
