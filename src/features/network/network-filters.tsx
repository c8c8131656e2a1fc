import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { NetworkFilter } from '../../domain/index.ts';

/**
 * The filter form as typed: text fields stay text until they are read, so a half-typed number is no filter. A
 * schema, because the form is kept in the history entry and read back from there after a reload.
 */
export const FilterFormSchema = z.object({
  search: z.string(),
  /** The band ids ticked; `null` stands for "no band". */
  bandIds: z.array(z.string().nullable()),
  totalFrom: z.string(),
  totalTo: z.string(),
  dateFrom: z.string(),
  dateTo: z.string(),
  principleId: z.string(),
  principleBelow: z.string(),
  isLatestPerSiteOnly: z.boolean(),
});

export type FilterForm = z.infer<typeof FilterFormSchema>;

/** Every band ticked, nothing else asked: the form as it opens and after "Clear the filters". */
export function makeEmptyFilterForm(bandIds: readonly string[]): FilterForm {
  return { search: '', bandIds: [...bandIds, null], totalFrom: '', totalTo: '', dateFrom: '', dateTo: '', principleId: '', principleBelow: '', isLatestPerSiteOnly: false };
}

function readNumber(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

/** The conditions the form asks for; every band ticked is no band condition at all. */
export function readFilterForm(form: FilterForm, allBandCount: number): NetworkFilter {
  const below = readNumber(form.principleBelow);
  return {
    bandIds: form.bandIds.length === allBandCount + 1 ? undefined : form.bandIds,
    totalMin: readNumber(form.totalFrom),
    totalMax: readNumber(form.totalTo),
    dateFrom: form.dateFrom || undefined,
    dateTo: form.dateTo || undefined,
    principleBelow: form.principleId && below !== undefined ? { principleId: form.principleId, percent: below } : undefined,
    search: form.search.trim() || undefined,
  };
}

interface Option {
  id: string;
  label: string;
}

/** The dashboard's filter controls. */
export function NetworkFilters({ form, bands, principles, onChange, onClear }: { form: FilterForm; bands: readonly Option[]; principles: readonly Option[]; onChange: (form: FilterForm) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const set = <Key extends keyof FilterForm>(key: Key, value: FilterForm[Key]) => onChange({ ...form, [key]: value });
  const toggleBand = (bandId: string | null, isChecked: boolean) =>
    set('bandIds', isChecked ? [...form.bandIds, bandId] : form.bandIds.filter((candidate) => candidate !== bandId));
  return (
    <section aria-labelledby="filters-heading" className="network-filters">
      <h2 id="filters-heading">{t('network.filtersHeading')}</h2>
      <div className="filter-grid">
        <label className="field">
          <span>{t('network.search')}</span>
          <input type="search" value={form.search} onChange={(event) => set('search', event.target.value)} />
        </label>
        <fieldset className="filter-bands">
          <legend>{t('network.bands')}</legend>
          {[...bands, { id: null, label: t('network.noBand') }].map((band) => (
            <label key={band.id ?? 'none'} className="inline">
              <input type="checkbox" checked={form.bandIds.includes(band.id)} onChange={(event) => toggleBand(band.id, event.target.checked)} />
              {band.label}
            </label>
          ))}
        </fieldset>
        <div className="filter-pair">
          <label className="field">
            <span>{t('network.totalFrom')}</span>
            <input type="number" inputMode="decimal" value={form.totalFrom} onChange={(event) => set('totalFrom', event.target.value)} />
          </label>
          <label className="field">
            <span>{t('network.totalTo')}</span>
            <input type="number" inputMode="decimal" value={form.totalTo} onChange={(event) => set('totalTo', event.target.value)} />
          </label>
        </div>
        <div className="filter-pair">
          <label className="field">
            <span>{t('network.dateFrom')}</span>
            <input type="date" value={form.dateFrom} onChange={(event) => set('dateFrom', event.target.value)} />
          </label>
          <label className="field">
            <span>{t('network.dateTo')}</span>
            <input type="date" value={form.dateTo} onChange={(event) => set('dateTo', event.target.value)} />
          </label>
        </div>
        <div className="filter-pair filter-principle">
          <label className="field">
            <span>{t('network.principle')}</span>
            <select value={form.principleId} onChange={(event) => set('principleId', event.target.value)}>
              <option value="">{t('network.anyPrinciple')}</option>
              {principles.map((principle) => (
                <option key={principle.id} value={principle.id}>
                  {principle.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('network.principleBelow')}</span>
            <input type="number" inputMode="decimal" min={0} max={100} value={form.principleBelow} onChange={(event) => set('principleBelow', event.target.value)} />
          </label>
        </div>
      </div>
      <div className="toolbar">
        <label className="inline">
          <input type="checkbox" checked={form.isLatestPerSiteOnly} onChange={(event) => set('isLatestPerSiteOnly', event.target.checked)} />
          {t('network.latestOnly')}
        </label>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-secondary button-small" onClick={onClear}>
          {t('network.clearFilters')}
        </button>
      </div>
    </section>
  );
}
