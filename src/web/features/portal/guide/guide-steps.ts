/**
 * The newcomer's journey, in the usual order. The texts are in the
 * dictionaries (guide.steps.<id>.*); the articles are named by their keys
 * (content/knowledge/<n>-<key>/meta.json), which stay the same in every
 * language while editors may change slugs.
 */
export const guideSteps = [
  { id: 'before', articles: ['who-can-be-kandas', 'apostille-and-translations', 'iin-at-consulate-abroad'] },
  { id: 'iin', articles: ['iin-for-kandas', 'iin-at-consulate-abroad'] },
  { id: 'status', articles: ['kandas-status-how-to-apply', 'kandas-status-documents', 'kandas-status-term-and-extension'] },
  { id: 'stay', articles: ['temporary-registration'] },
  { id: 'quota', articles: ['regional-quota', 'priority-regions', 'quota-application', 'relocation-subsidy', 'rent-and-housing-aid'] },
  { id: 'permit', articles: ['residence-permit', 'residence-permit-documents'] },
  { id: 'residence', articles: ['permanent-registration'] },
  { id: 'citizenship', articles: ['citizenship-simplified', 'renouncing-former-citizenship'] },
  {
    id: 'settling',
    articles: [
      'jobs-and-employment-centres',
      'housing-programmes-and-mortgage',
      'schools-and-kindergartens',
      'health-insurance',
      'diploma-recognition',
      'university-quota',
      'business-grants',
      'pensions-and-benefits',
    ],
  },
] as const satisfies ReadonlyArray<{ id: string; articles: readonly string[] }>;

export type GuideStepId = (typeof guideSteps)[number]['id'];

/** What each step tells, in this order, under guide.steps.<id>.<part>. */
export const stepParts = ['what', 'documents', 'office', 'deadline'] as const;

const ids: ReadonlySet<string> = new Set(guideSteps.map((step) => step.id));
export const isGuideStepId = (value: string): value is GuideStepId => ids.has(value);
