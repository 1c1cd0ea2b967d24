import { MAX_WEIGHT, PRESETS, type Dimension, type DimensionWeights, type MustHave, type PresetKey } from '../../../lib/contracts/settlements';
import { defaultAdvisorState, normaliseMustHave, presetOf, type AdvisorState } from './advisor-url';

export const PROFESSIONS = ['agriculture', 'education', 'health', 'industry', 'services', 'it', 'other', 'retired'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const SCHOOL_LANGUAGES = ['kk', 'ru', 'any'] as const;
export type SchoolLanguage = (typeof SCHOOL_LANGUAGES)[number];

export const WIZARD_NEEDS = ['clinic', 'gas', 'internet', 'housing'] as const;
export type WizardNeed = (typeof WIZARD_NEEDS)[number];

/** What a family tells the wizard about itself. */
export type WizardAnswers = {
  profession: Profession;
  familySize: number;
  /** Whole years, one per child. */
  childrenAges: number[];
  schoolLanguage: SchoolLanguage;
  regions: string[];
  needs: WizardNeed[];
};

export const emptyWizardAnswers = (): WizardAnswers => ({
  profession: 'other',
  familySize: 1,
  childrenAges: [],
  schoolLanguage: 'any',
  regions: [],
  needs: [],
});

export const maxChildAge = 17;
/** Kindergarten takes children from one year old until school; school starts at six. */
const needsKindergarten = (age: number) => age >= 1 && age <= 6;
const needsSchool = (age: number) => age >= 6 && age <= maxChildAge;

function basePreset(answers: WizardAnswers): PresetKey {
  if (answers.profession === 'retired') return 'retiree';
  if (answers.profession === 'agriculture') return 'farmer';
  if (answers.childrenAges.length) return 'familyWithChildren';
  return 'youngSpecialist';
}

/**
 * The advisor's settings for a family: a preset to start from, raised where
 * the answers say a dimension matters more, and the must-haves the children
 * and the stated needs call for. Answers never lower a weight below the preset's.
 */
export function wizardToState(answers: WizardAnswers): AdvisorState {
  const preset = basePreset(answers);
  const weights: DimensionWeights = { ...PRESETS[preset] };
  const atLeast = (dimension: Dimension, value: number) => {
    weights[dimension] = Math.min(MAX_WEIGHT, Math.max(weights[dimension], value));
  };
  const mustHave: MustHave[] = [];
  const ages = answers.childrenAges.filter((age) => Number.isInteger(age) && age >= 0 && age <= maxChildAge);

  if (ages.length) atLeast('education', 4);
  if (ages.some(needsKindergarten)) mustHave.push('kindergarten');
  if (ages.some(needsSchool)) {
    mustHave.push('school');
    if (answers.schoolLanguage === 'kk') mustHave.push('schoolKazakh');
    if (answers.schoolLanguage === 'ru') mustHave.push('schoolRussian');
  }
  if (answers.profession !== 'retired') atLeast('work', 3);
  if (answers.profession === 'it') {
    atLeast('infrastructure', 5);
    mustHave.push('internet');
  }
  if (answers.familySize >= 5) atLeast('housing', 5);
  for (const need of answers.needs) {
    if (need === 'housing') atLeast('housing', 5);
    else {
      mustHave.push(need);
      atLeast(need === 'clinic' ? 'health' : 'infrastructure', 4);
    }
  }

  return {
    ...defaultAdvisorState(),
    preset: presetOf(weights),
    weights,
    mustHave: normaliseMustHave(mustHave),
    regions: [...new Set(answers.regions)],
  };
}
