import { z } from 'zod';

/** Text an admin keeps in the three UI languages (topic names, canned answers, holiday names). */
export const localizedText = z.object({
  kk: z.string().trim().min(1).max(2000),
  ru: z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof localizedText>;
