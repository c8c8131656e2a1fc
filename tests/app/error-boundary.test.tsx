// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary.tsx';
import { createTestI18n } from '../helpers/i18n.ts';

function Broken(): never {
  throw new Error('The screen could not read its data.');
}

describe('ErrorBoundary', () => {
  it('replaces a crashed screen with what happened, a backup of everything saved and ways back, in the user\'s language', () => {
    // React and the boundary log the error; the test keeps the output clean and checks it was logged.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createTestI18n('fr')}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger toutes les évaluations enregistrées' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller à l’accueil' }).getAttribute('href')).toBe('#/');
    expect(screen.getByText('The screen could not read its data.')).toBeTruthy();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('shows its children when nothing fails', () => {
    render(
      <I18nextProvider i18n={createTestI18n('en')}>
        <ErrorBoundary>
          <p>All is well</p>
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByText('All is well')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
