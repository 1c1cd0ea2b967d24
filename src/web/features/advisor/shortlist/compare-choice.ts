import { useEffect, useId, useState } from 'react';
import { maxCompare } from './shortlist-store';

/** The least a comparison shows: one settlement has nothing to be compared with. */
export const minCompare = 2;

/**
 * Which settlements of a list the family ticked for the comparison, in the
 * list's order, and the list those ticks were made on, so that a settlement
 * added later can be told from one the family unticked.
 */
export interface CompareChoice {
  chosen: string[];
  known: string[];
}

export const noCompareChoice: CompareChoice = { chosen: [], known: [] };

/** The comparison's address for these settlements, with the ranking's settings. */
export function comparePath(codes: readonly string[], search: string): string {
  const params = new URLSearchParams(search);
  params.set('k', codes.slice(0, maxCompare).join('.'));
  return `/advisor/compare?${params.toString()}`;
}

/**
 * The choice for the list as it is now: ticks on removed settlements go, the
 * family's ticks and unticks stay, and a newly added settlement comes ticked
 * while there is room. From no choice, that ticks the first four.
 */
export function reconcileCompareChoice(choice: CompareChoice, codes: readonly string[]): CompareChoice {
  const known = new Set(choice.known);
  const ticked = new Set(choice.chosen.filter((code) => codes.includes(code)));
  for (const code of codes) if (!known.has(code) && ticked.size < maxCompare) ticked.add(code);
  return { chosen: codes.filter((code) => ticked.has(code)), known: [...codes] };
}

/** Ticks or unticks one settlement of the list; a fifth tick is refused and the choice stays as it was. */
export function toggleCompareChoice(choice: CompareChoice, code: string): CompareChoice {
  if (choice.chosen.includes(code)) return { ...choice, chosen: choice.chosen.filter((c) => c !== code) };
  if (!choice.known.includes(code) || choice.chosen.length >= maxCompare) return choice;
  return { ...choice, chosen: choice.known.filter((c) => c === code || choice.chosen.includes(c)) };
}

/** What to tell the family under the list: tick more, or the comparison is full; nothing while the choice is fine. */
export function compareHint(choice: CompareChoice): 'needTwo' | 'full' | null {
  if (choice.chosen.length < minCompare) return 'needTwo';
  if (choice.chosen.length >= maxCompare && choice.known.length > maxCompare) return 'full';
  return null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code, i) => code === b[i]);

/** Choices by list ("local" or a saved list's id), kept while the page is open, so coming back from the comparison keeps the ticks. */
const remembered = new Map<string, CompareChoice>();

export function useCompareChoice(scope: string, codes: readonly string[]) {
  const [stored, setStored] = useState(() => reconcileCompareChoice(remembered.get(scope) ?? noCompareChoice, codes));
  const choice = sameList(stored.known, codes) ? stored : reconcileCompareChoice(stored, codes);
  // The list changed under the ticks (a settlement added or removed, here or in another tab).
  if (choice !== stored) setStored(choice);
  useEffect(() => {
    remembered.set(scope, choice);
  }, [scope, choice]);
  return {
    choice,
    hint: compareHint(choice),
    /** The hint's element, which every checkbox and the button point to. */
    hintId: useId(),
    toggle: (code: string) => setStored((current) => toggleCompareChoice(current, code)),
  };
}
