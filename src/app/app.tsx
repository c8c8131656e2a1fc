import { useEffect, useState } from 'react';
import type { Rubric } from '../domain/rubric/rubric-schema.ts';
import { localize } from '../domain/rubric/localize.ts';

const locale = 'fr';

/**
 * Placeholder shell until the assessment app lands (issue 3): it lists the bundled scales so the build exercises
 * the real domain code and rubric files. The rubrics load in their own chunk, as the real app will do.
 */
export function App() {
  const [rubrics, setRubrics] = useState<Rubric[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('../domain/rubric/bundled-rubrics.ts').then(({ loadBundledRubrics }) => {
      if (isCurrent) setRubrics(loadBundledRubrics());
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return (
    <main>
      <h1>IPS fidelity review</h1>
      {rubrics === null ? (
        <p role="status">Chargement des grilles…</p>
      ) : (
        <ul>
          {rubrics.map((rubric) => (
            <li key={rubric.id}>
              {localize(rubric.title, locale, rubric.locales.default)} ({rubric.items.length} items, version {rubric.version})
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
