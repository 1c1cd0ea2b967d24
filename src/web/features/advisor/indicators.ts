import { CRITERIA, type CriterionKey, type IndicatorKind, type MustHave } from '../../../lib/contracts/settlements';
import type { IndicatorValueDto, SettlementCardDto } from '../../../server/modules/settlements/settlements.schema';
import type { Direction } from './explanation';

/** A value as a page shows it: null when nobody knows it. */
export type Cell = { value: number | null; demo: boolean; year: number | null; source: string | null };

const unknownCell: Cell = { value: null, demo: false, year: null, source: null };
const cellOf = (indicator: IndicatorValueDto | undefined): Cell =>
  indicator ? { value: indicator.value, demo: indicator.demo, year: indicator.year, source: indicator.source } : unknownCell;

/** Medical institutions per 100,000 people of the region: the count alone favours big regions. */
function medicalPer100k(card: SettlementCardDto): Cell {
  const institutions = card.regionIndicators.medicalInstitutions;
  const population = card.regionIndicators.population;
  if (!institutions || !population || population.value <= 0) return unknownCell;
  return {
    value: (institutions.value / population.value) * 100_000,
    demo: institutions.demo || population.demo,
    year: institutions.year,
    source: institutions.source,
  };
}

/** The raw value behind one criterion for a settlement, from its card. */
export function criterionCell(card: SettlementCardDto, key: CriterionKey): Cell {
  switch (key) {
    case 'districtCentreKm':
    case 'regionalCentreKm': {
      const km = card[key];
      return km === null ? unknownCell : { value: km, demo: false, year: null, source: null };
    }
    case 'medicalInstitutionsPer100k':
      return medicalPer100k(card);
    case 'wage':
    case 'unemployment':
    case 'consumerSpending':
      return cellOf(card.regionIndicators[key]);
    default:
      return cellOf(card.indicators[key]);
  }
}

export type CompareRow = { key: CriterionKey | 'schoolKazakh' | 'schoolRussian'; kind: IndicatorKind; direction: Direction; cells: Cell[] };

/**
 * The rows of a side-by-side comparison: every criterion, plus the school
 * languages a family may ask for, each with its value per settlement.
 */
export function compareRows(cards: readonly SettlementCardDto[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const criterion of CRITERIA) {
    rows.push({ key: criterion.key, kind: criterion.kind, direction: criterion.direction, cells: cards.map((card) => criterionCell(card, criterion.key)) });
    if (criterion.key === 'school') {
      for (const key of ['schoolKazakh', 'schoolRussian'] as const) {
        rows.push({ key, kind: 'boolean', direction: 'higher', cells: cards.map((card) => cellOf(card.indicators[key])) });
      }
    }
  }
  return rows;
}

/** The must-haves a settlement's card shows it lacks or does not show it has; internet counts from 4G up. */
export function missingMustHaves(card: SettlementCardDto, mustHave: readonly MustHave[]): MustHave[] {
  return mustHave.filter((key) => {
    const value = card.indicators[key]?.value;
    return value === undefined || value < (key === 'internet' ? 2 : 1);
  });
}
