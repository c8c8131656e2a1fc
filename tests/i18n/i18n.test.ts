import { describe, expect, it } from 'vitest';
import { chooseInitialLocale } from '../../src/i18n/i18n.ts';
import { createTestI18n } from '../helpers/i18n.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { fr } from '../../src/i18n/messages-fr.ts';
import { nl } from '../../src/i18n/messages-nl.ts';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

describe('interface catalogs', () => {
  const catalogs = { en: flatten(en), fr: flatten(fr), nl: flatten(nl) };

  it.each(['fr', 'nl'] as const)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(catalogs.en).sort());
    expect(Object.entries(catalogs[locale]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(['fr', 'nl'] as const)('%s keeps every {{placeholder}} of the English text', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const mismatched = Object.keys(catalogs.en).filter((key) => JSON.stringify(placeholders(catalogs.en[key]!)) !== JSON.stringify(placeholders(catalogs[locale][key]!)));
    expect(mismatched).toEqual([]);
  });

  it('is translated: French and Dutch differ from English on most texts', () => {
    const same = (locale: 'fr' | 'nl') => Object.keys(catalogs.en).filter((key) => catalogs[locale][key] === catalogs.en[key]).length;
    expect(same('fr')).toBeLessThan(Object.keys(catalogs.en).length / 5);
    expect(same('nl')).toBeLessThan(Object.keys(catalogs.en).length / 5);
  });

  it('pluralises counts by the rules of each language', () => {
    expect(createTestI18n('fr').t('assess.progress', { count: 1, total: 25 })).toBe('1 item coté sur 25');
    expect(createTestI18n('fr').t('assess.progress', { count: 0, total: 25 })).toBe('0 item coté sur 25');
    expect(createTestI18n('fr').t('assess.progress', { count: 3, total: 25 })).toBe('3 items cotés sur 25');
    expect(createTestI18n('en').t('assess.unrated', { count: 1 })).toBe('1 item not rated');
  });
});

describe('chooseInitialLocale', () => {
  it.each([
    ['?lang=nl', 'fr', ['en-GB'], 'nl'],
    ['?lang=de', 'en', ['fr-BE'], 'en'],
    ['', null, ['nl-BE', 'fr-BE'], 'nl'],
    ['', null, ['de-DE', 'en-US'], 'en'],
    ['', null, ['de-DE'], 'fr'],
    ['', 'xx', [], 'fr'],
  ])('search %j, remembered %j, browser %j → %s', (search, remembered, languages, expected) => {
    expect(chooseInitialLocale(search, remembered, languages)).toBe(expected);
  });
});
