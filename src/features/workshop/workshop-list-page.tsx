import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localize, type UiLocale } from '../../domain/index.ts';
import { createRandomId, nowIso, todayIso } from '../../components/clock.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import { useVignettes } from '../../components/vignettes.ts';
import type { StoredCollection } from '../../storage/assessment-store.ts';

/** Trainers' entry: the vignettes participants can rate, a new workshop, and the workshops kept on this device. */
export function WorkshopListPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const vignettes = useVignettes();
  const rubrics = useRubrics();
  const { store, reportReadFailure, reportWriteFailure } = useServices();
  const [, navigate] = useLocation();
  const [workshops, setWorkshops] = useState<StoredCollection[] | null>(null);
  const [vignetteId, setVignetteId] = useState('');
  // A deleted workshop holds the room's imported ratings: it can be brought back until the user leaves.
  const [deleted, setDeleted] = useState<StoredCollection | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void store.listCollections().then(
      (list) => isCurrent && setWorkshops(list.filter((collection) => collection.kind === 'workshop')),
      (error: unknown) => isCurrent && reportReadFailure(error),
    );
    return () => {
      isCurrent = false;
    };
  }, [store, reportReadFailure]);

  if (vignettes === null || rubrics === null || workshops === null) return <p role="status">{t('app.loading')}</p>;
  const chosenVignette = vignettes.get(vignetteId) ?? [...vignettes.values()][0];

  const create = async () => {
    if (!chosenVignette) return;
    const now = nowIso();
    const workshop: StoredCollection = {
      id: createRandomId(),
      kind: 'workshop',
      title: `${localize(chosenVignette.title, locale, chosenVignette.locales.default)} — ${todayIso()}`,
      createdAt: now,
      updatedAt: now,
      scaleId: chosenVignette.scale.id,
      vignetteId: chosenVignette.id,
      members: [],
    };
    try {
      await store.saveCollection(workshop);
    } catch (error) {
      reportWriteFailure(error);
    }
    navigate(`/workshop/${workshop.id}`);
  };

  const remove = async (workshop: StoredCollection) => {
    try {
      await store.deleteCollection(workshop.id);
      setWorkshops((list) => (list ?? []).filter((candidate) => candidate.id !== workshop.id));
      setDeleted(workshop);
    } catch (error) {
      reportWriteFailure(error);
    }
  };

  const undoDelete = async () => {
    if (!deleted) return;
    try {
      await store.saveCollection(deleted);
      setWorkshops((list) => [deleted, ...(list ?? [])]);
      setDeleted(null);
    } catch (error) {
      reportWriteFailure(error);
    }
  };

  return (
    <>
      <p>
        <Link href="/">← {t('app.home')}</Link>
      </p>
      <h1>{t('workshop.listHeading')}</h1>
      <p>{t('workshop.listIntro')}</p>

      <section aria-labelledby="vignettes-heading">
        <h2 id="vignettes-heading">{t('workshop.vignettesHeading')}</h2>
        <ul className="card-list">
          {[...vignettes.values()].map((vignette) => (
            <li key={vignette.id} className="card">
              <h3>{localize(vignette.title, locale, vignette.locales.default)}</h3>
              <p className="meta">
                {vignette.scale.id} · {t('workshop.paragraphs', { count: vignette.paragraphs.length })}
              </p>
              <Link className="button button-secondary" href={`/vignette/${vignette.id}`}>
                {t('workshop.readVignette')}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-workshop-heading">
        <h2 id="new-workshop-heading">{t('workshop.newHeading')}</h2>
        <div className="field">
          <label htmlFor="workshop-vignette">{t('workshop.chooseVignette')}</label>
          <select id="workshop-vignette" value={chosenVignette?.id ?? ''} onChange={(event) => setVignetteId(event.target.value)}>
            {[...vignettes.values()].map((vignette) => (
              <option key={vignette.id} value={vignette.id}>
                {localize(vignette.title, locale, vignette.locales.default)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void create()} disabled={!chosenVignette}>
          {t('workshop.create')}
        </button>
      </section>

      <section aria-labelledby="saved-workshops-heading">
        <h2 id="saved-workshops-heading">{t('workshop.savedHeading')}</h2>
        {deleted ? (
          <p className="notice" role="status">
            {t('workshop.deleted', { name: deleted.title })}{' '}
            <button type="button" className="button-link" onClick={() => void undoDelete()}>
              {t('home.undo')}
            </button>
          </p>
        ) : null}
        {workshops.length === 0 ? <p>{t('workshop.noneSaved')}</p> : null}
        <ul className="saved-list">
          {workshops.map((workshop) => (
            <li key={workshop.id} className="saved-entry">
              <div>
                <strong>{workshop.title}</strong> <span className="meta">· {t('workshop.participantCount', { count: workshop.members.length })}</span>
              </div>
              <div className="actions">
                <Link className="button" href={`/workshop/${workshop.id}`}>
                  {t('home.open')}
                </Link>
                <button type="button" className="button button-danger" onClick={() => void remove(workshop)}>
                  {t('home.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
