// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Rating } from '../../src/domain/index.ts';
import { ItemCard } from '../../src/features/assess/item-card.tsx';
import { createTestI18n } from '../helpers/i18n.ts';
import { bundledRubric } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const item = (id: string) => ips25.items.find((candidate) => candidate.id === id)!;

/** Renders one card and returns the rating it would hold after the changes the card asks for. */
function renderCard(itemId: string, initial: Rating | undefined = undefined, locale: 'fr' | 'en' | 'nl' = 'en') {
  let rating = initial;
  const onChange = vi.fn((_id: string, change: (current: Rating) => Rating) => {
    rating = change(rating ?? {});
  });
  const view = render(
    <I18nextProvider i18n={createTestI18n(locale)}>
      <ItemCard rubric={ips25} item={item(itemId)} rating={initial} onChange={onChange} />
    </I18nextProvider>,
  );
  return { view, onChange, current: () => rating };
}

describe('ItemCard', () => {
  it('offers the five anchors as a radio group named by the item, each choice named by its score first', () => {
    renderCard('rapid-job-search');
    const group = screen.getByRole('radiogroup', { name: '15. Rapid job search for a competitive job' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    radios.forEach((radio, index) => expect(radio.closest('label')?.textContent?.startsWith(String(index + 1))).toBe(true));
  });

  it('reports the chosen score, and clearing it', async () => {
    const user = userEvent.setup();
    const { current } = renderCard('rapid-job-search', { score: 2 });
    await user.click(screen.getByRole('radio', { name: /^4/ }));
    expect(current()).toMatchObject({ score: 4 });
    await user.click(screen.getByRole('button', { name: 'Clear rating' }));
    expect(current()).toMatchObject({ score: null });
  });

  it('shows that an item is not rated in words, not colour alone', () => {
    renderCard('disclosure');
    expect(screen.getByRole('heading', { name: /13\. .*Not rated/ })).toBeTruthy();
  });

  it('suggests a score from the measured value and applies it only on request', async () => {
    const user = userEvent.setup();
    const { current } = renderCard('caseload-size', { measure: 23 });
    expect(screen.getByText('Suggested score: 4')).toBeTruthy();
    expect(current()).toEqual({ measure: 23 });
    await user.click(screen.getByRole('button', { name: 'Use 4' }));
    expect(current()).toMatchObject({ score: 4, measure: 23 });
  });

  it('counts ticked components and suggests the score they give', async () => {
    const user = userEvent.setup();
    const components = item('team-contact').components!.list.map((component) => component.id);
    const { current } = renderCard('team-contact', { components: components.slice(0, 3) });
    expect(screen.getByText('3 of 5 present')).toBeTruthy();
    expect(screen.getByText('Suggested score: 3')).toBeTruthy();
    await user.click(screen.getAllByRole('checkbox')[3]!);
    expect(current()?.components).toHaveLength(4);
  });

  it('averages per-specialist values', () => {
    renderCard('employer-contact-frequency', { specialists: [{ value: 6 }, { value: 4 }] });
    expect(screen.getByText('Mean: 5')).toBeTruthy();
    expect(screen.getByText('Suggested score: 4')).toBeTruthy();
  });

  it('adds a specialist only once a value is given, so an empty row never counts as 0', async () => {
    const user = userEvent.setup();
    const { current } = renderCard('employer-contact-frequency', { specialists: [{ value: 6 }] });
    await user.click(screen.getByRole('button', { name: 'Add a specialist' }));
    expect(current()?.specialists).toEqual([{ value: 6 }]);
    await user.type(screen.getByLabelText('Specialist 2'), '12{Enter}');
    expect(current()?.specialists).toEqual([{ value: 6 }, { value: 12 }]);
  });

  it('keeps notes and data sources with the rating', async () => {
    const user = userEvent.setup();
    const { current } = renderCard('zero-exclusion', { score: 3 });
    await user.type(screen.getByLabelText('Evidence and notes'), 'x');
    expect(current()).toMatchObject({ score: 3, note: 'x' });
    await user.click(screen.getByRole('checkbox', { name: 'INT: interviews' }));
    expect(current()?.sources).toEqual(['INT']);
  });

  it('speaks French', () => {
    renderCard('rapid-job-search', undefined, 'fr');
    expect(screen.getByRole('radiogroup', { name: /^15\. Recherche rapide/ })).toBeTruthy();
    expect(screen.getByLabelText('Éléments de preuve et notes')).toBeTruthy();
  });
});
