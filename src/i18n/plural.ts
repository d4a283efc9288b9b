/**
 * Picks the plural form for `count` in `lang` (CLDR categories via Intl.PluralRules), so catalog
 * functions can say "1 user" / "2 users" and Russian's one/few/many without a library.
 */
export type PluralForms = {
  readonly one?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};

const rulesByLang = new Map<string, Intl.PluralRules>();

export function plural(lang: string, count: number, forms: PluralForms): string {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  const category = rules.select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}
