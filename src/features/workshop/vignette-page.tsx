import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION, localize, type LocalizedText, type UiLocale } from '../../domain/index.ts';
import { createRandomId, nowIso, todayIso } from '../../components/clock.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import { useVignettes } from '../../components/vignettes.ts';
import type { StoredAssessment } from '../../storage/assessment-store.ts';

/**
 * A workshop vignette as participants meet it: the description of a fictional programme to read, then a button
 * that starts their own rating of it (on their device; they export the file for the trainer). The reference
 * rating and the trainer's notes are not shown here.
 */
export function VignettePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const vignettes = useVignettes();
  const rubrics = useRubrics();
  const { store, reportWriteFailure } = useServices();
  const [, navigate] = useLocation();
  const [participantName, setParticipantName] = useState('');
  const [earlier, setEarlier] = useState<StoredAssessment[]>([]);

  useEffect(() => {
    let isCurrent = true;
    // A participant who comes back finds their own rating instead of starting a second one.
    void store.listAssessments().then(
      (list) => isCurrent && setEarlier(list.filter((entry) => entry.vignette === id)),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [store, id]);

  if (vignettes === null || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  const vignette = vignettes.get(id);
  const rubric = vignette ? rubrics.get(vignette.scale.id) : undefined;
  if (!vignette || !rubric) {
    return (
      <p className="notice notice-error" role="alert">
        {t('workshop.unknownVignette', { id })} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  const text = (value: LocalizedText) => localize(value, locale, vignette.locales.default);
  const title = text(vignette.title);
  const isTranslated = Object.hasOwn(vignette.title, locale);

  const startRating = async () => {
    const assessment: StoredAssessment = {
      format: ASSESSMENT_FORMAT,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: createRandomId(),
      scale: { id: rubric.id, version: rubric.version },
      program: { name: title },
      review: { kind: 'workshop', date: todayIso(), raters: participantName.trim() ? [participantName.trim()] : [] },
      ratings: {},
      vignette: vignette.id,
      createdAt: nowIso(),
      updatedAt: nowIso(),
    };
    try {
      await store.saveAssessment(assessment);
    } catch (error) {
      // Stay here: the storage banner says what failed, and the new address would only say "not on this device".
      reportWriteFailure(error);
      return;
    }
    navigate(`/a/${assessment.id}`);
  };

  return (
    <article className="vignette">
      <p className="meta">
        {t('workshop.vignette')} · {localize(rubric.title, locale, rubric.locales.default)}
      </p>
      <h1>{title}</h1>
      {isTranslated ? null : <p className="notice">{t('workshop.notTranslated')}</p>}
      <p className="hint">{t('workshop.readFirst')}</p>
      <div className="vignette-text" lang={isTranslated ? locale : vignette.locales.default}>
        {vignette.paragraphs.map((paragraph, index) => (
          <p key={index}>{text(paragraph)}</p>
        ))}
      </div>
      <section aria-labelledby="rate-vignette" className="rate-vignette">
        <h2 id="rate-vignette">{t('workshop.rateHeading')}</h2>
        {earlier.length > 0 ? (
          <ul>
            {earlier.map((entry) => (
              <li key={entry.id}>
                <Link href={`/a/${entry.id}`}>{t('workshop.continueRating', { date: entry.review.date, name: entry.review.raters.join(', ') || '—' })}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="field">
          <label htmlFor="participant-name">{t('workshop.participantName')}</label>
          <input id="participant-name" value={participantName} maxLength={300} onChange={(event) => setParticipantName(event.target.value)} />
          <span className="hint">{t('workshop.participantNameHint')}</span>
        </div>
        <button type="button" className="button" onClick={() => void startRating()}>
          {t('workshop.rateThis')}
        </button>
      </section>
    </article>
  );
}
