// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ServicesProvider } from '../../src/components/services.tsx';
import { StartPage } from '../../src/features/start/start-page.tsx';
import { createTestI18n } from '../helpers/i18n.ts';
import { createMemoryStore } from '../../src/storage/assessment-store.ts';

function renderStart(locale: 'fr' | 'en' = 'fr') {
  const store = createMemoryStore();
  const location = memoryLocation({ path: '/new/ips-25', record: true });
  render(
    <I18nextProvider i18n={createTestI18n(locale)}>
      <Router hook={location.hook}>
        <ServicesProvider storeFactory={async () => store}>
          <StartPage scaleId="ips-25" />
        </ServicesProvider>
      </Router>
    </I18nextProvider>,
  );
  return { store, location };
}

describe('StartPage', () => {
  it('asks for the programme name, in the user language, and creates nothing without it', async () => {
    const user = userEvent.setup();
    const { store } = renderStart('fr');
    await user.click(await screen.findByRole('button', { name: 'Commencer la cotation' }));
    expect(await screen.findByText('Indiquez le nom du programme.')).toBeTruthy();
    expect(screen.getByLabelText('Nom du programme').getAttribute('aria-invalid')).toBe('true');
    expect(await store.listAssessments()).toEqual([]);
  });

  it('creates the assessment with its details and goes to its own address', async () => {
    const user = userEvent.setup();
    const { store, location } = renderStart('en');
    await user.type(await screen.findByLabelText('Programme name'), 'Le Tremplin');
    await user.type(screen.getByLabelText('Site'), 'Namur');
    await user.selectOptions(screen.getByLabelText('Kind of review'), 'external');
    await user.type(screen.getByLabelText('Raters (one per line)'), 'Ana{Enter}Bram');
    await user.click(screen.getByRole('button', { name: 'Start rating' }));
    await waitFor(async () => expect(await store.listAssessments()).toHaveLength(1));
    const [saved] = await store.listAssessments();
    expect(saved).toMatchObject({ scale: { id: 'ips-25' }, program: { name: 'Le Tremplin', site: 'Namur' }, review: { kind: 'external', raters: ['Ana', 'Bram'] }, ratings: {} });
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/a/${saved!.id}`));
  });

  it('refuses an over-long site with a message rather than silently', async () => {
    const user = userEvent.setup();
    renderStart('en');
    await user.type(await screen.findByLabelText('Programme name'), 'X');
    await user.click(screen.getByLabelText('Site'));
    await user.paste('s'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Start rating' }));
    expect(await screen.findByText('This is too long.')).toBeTruthy();
  });
});
