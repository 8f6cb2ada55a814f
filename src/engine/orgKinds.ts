/**
 * Kinds of organisation in a simulated system (MODEL.md §2). Outcome counts
 * are reported per kind.
 */
export const ORG_KINDS = [
  'icb',
  'place',
  'acute',
  'community',
  'mentalHealth',
  'integrated',
  'practice',
  'council',
] as const;

/** One kind of organisation. */
export type OrgKind = (typeof ORG_KINDS)[number];

/** Trust kinds, a subset of {@link ORG_KINDS}. */
export const TRUST_KINDS = ['acute', 'community', 'mentalHealth', 'integrated'] as const;

/** One kind of NHS trust. */
export type TrustKind = (typeof TRUST_KINDS)[number];
