import { loadBundledRubrics } from '../domain/rubric/bundled-rubrics.ts';
import { localize } from '../domain/rubric/localize.ts';

const locale = 'fr';
const bundledRubrics = loadBundledRubrics();

/**
 * Placeholder shell until the assessment app lands (issue 3): it lists the bundled scales so the build
 * exercises the real domain code and rubric files.
 */
export function App() {
  return (
    <main>
      <h1>IPS fidelity review</h1>
      <ul>
        {bundledRubrics.map((rubric) => (
          <li key={rubric.id}>
            {localize(rubric.title, locale, rubric.locales.default)} ({rubric.items.length} items, version {rubric.version})
          </li>
        ))}
      </ul>
    </main>
  );
}
