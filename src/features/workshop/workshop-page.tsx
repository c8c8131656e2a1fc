import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { aggregateWorkshop, localize, parseAssessment, type Assessment, type ItemSpread, type LocalizedText, type UiLocale, type ValidationIssue, type Vignette } from '../../domain/index.ts';
import { AgreementFigures } from '../../components/agreement-figures.tsx';
import { nowIso } from '../../components/clock.ts';
import { FilePicker, type PickedFile } from '../../components/file-picker.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { useRubrics, useServices } from '../../components/services.tsx';
import { useVignettes } from '../../components/vignettes.ts';
import type { StoredCollection } from '../../storage/assessment-store.ts';
import { SpreadChart } from './spread-chart.tsx';

type Order = 'spread' | 'rubric';

/** The address participants open to read and rate the vignette: the app's own, with `?vignette=`. */
function participantLink(vignetteId: string): string {
  return `${window.location.origin}${window.location.pathname}?vignette=${vignetteId}`;
}

/**
 * A trainer's workshop: the room's ratings of a vignette imported from participants' files, each item's spread
 * against the reference (widest first: what to discuss), the room's agreement, and each participant's distance
 * from the reference, anonymous unless the trainer shows names. `projection` is the same content in large type
 * without the controls, for the wall.
 */
export function WorkshopPage({ id, projection }: { id: string; projection: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const vignettes = useVignettes();
  const { store, reportReadFailure, reportWriteFailure } = useServices();
  const [workshop, setWorkshop] = useState<StoredCollection | null | undefined>(undefined);
  const [refused, setRefused] = useState<Array<{ name: string; issues: ValidationIssue[] }>>([]);
  const [order, setOrder] = useState<Order>('spread');
  // Names stay hidden on screen unless the trainer asks, every time the page opens.
  const [showNames, setShowNames] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void store.getCollection(id).then(
      (found) => isCurrent && setWorkshop(found?.kind === 'workshop' ? found : null),
      (error: unknown) => {
        if (!isCurrent) return;
        reportReadFailure(error);
        setWorkshop(null);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [id, store, reportReadFailure]);

  const rubric = workshop ? rubrics?.get(workshop.scaleId) : undefined;
  const vignette: Vignette | undefined = workshop?.vignetteId ? vignettes?.get(workshop.vignetteId) : undefined;
  const summary = useMemo(() => {
    if (!rubric || !workshop) return null;
    const reference = vignette ? Object.fromEntries(Object.entries(vignette.reference).map(([item, rating]) => [item, rating.score])) : {};
    return aggregateWorkshop(rubric, workshop.members, reference);
  }, [rubric, workshop, vignette]);

  if (workshop === undefined || rubrics === null || vignettes === null) return <p role="status">{t('app.loading')}</p>;
  if (!workshop || !rubric || !summary) {
    return (
      <p className="notice notice-error" role="alert">
        {t('workshop.notFound')} <Link href="/workshop">{t('workshop.listHeading')}</Link>
      </p>
    );
  }
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const vignetteText = (value: LocalizedText) => (vignette ? localize(value, locale, vignette.locales.default) : '');
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  const spreads = new Map(summary.items.map((spread) => [spread.item, spread]));
  const ordered: ItemSpread[] = (order === 'spread' ? summary.discussionOrder : rubric.items.map((item) => item.id)).flatMap((itemId) => spreads.get(itemId) ?? []);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: 'exceptZero' });
  const participantLabel = (index: number) => {
    const name = workshop.members[index]?.review.raters.join(', ');
    return showNames && name ? name : t('workshop.participant', { number: index + 1 });
  };

  const save = async (next: StoredCollection) => {
    setWorkshop(next);
    try {
      await store.saveCollection(next);
    } catch (error) {
      reportWriteFailure(error);
    }
  };

  const importFiles = (files: PickedFile[]) => {
    const refusedFiles: Array<{ name: string; issues: ValidationIssue[] }> = [];
    const added: Assessment[] = [];
    const knownIds = new Set(workshop.members.flatMap((member) => (member.id ? [member.id] : [])));
    for (const file of files) {
      const parsed = parseAssessment(file.text, { locale, findRubric: (scaleId) => rubrics.get(scaleId) });
      if (!parsed.ok) {
        refusedFiles.push({ name: file.name, issues: parsed.errors });
        continue;
      }
      const { assessment } = parsed;
      const problem =
        assessment.scale.id !== workshop.scaleId
          ? t('workshop.otherScale', { found: assessment.scale.id, expected: workshop.scaleId })
          : workshop.vignetteId && assessment.vignette !== workshop.vignetteId
            ? t('workshop.otherVignette')
            : assessment.id && knownIds.has(assessment.id)
              ? t('workshop.alreadyIn')
              : null;
      if (problem) {
        refusedFiles.push({ name: file.name, issues: [{ path: '', code: 'workshop', message: problem }] });
        continue;
      }
      if (assessment.id) knownIds.add(assessment.id);
      added.push(assessment);
    }
    setRefused(refusedFiles);
    if (added.length > 0) void save({ ...workshop, members: [...workshop.members, ...added], updatedAt: nowIso() });
  };

  const removeParticipant = (index: number) => void save({ ...workshop, members: workshop.members.filter((_, position) => position !== index), updatedAt: nowIso() });

  return (
    <div className={projection ? 'projection' : undefined}>
      {projection ? (
        <p>
          <Link href={`/workshop/${id}`}>← {t('workshop.leaveProjection')}</Link>
        </p>
      ) : (
        <p>
          <Link href="/workshop">← {t('workshop.listHeading')}</Link>
        </p>
      )}
      <h1>{workshop.title}</h1>
      <p className="meta">
        {text(rubric.title)} · {t('workshop.participantCount', { count: summary.participants })}
      </p>

      {vignette ? (
        <p className="share-link">
          {t('workshop.shareLink')} <code>{participantLink(vignette.id)}</code>
        </p>
      ) : null}

      {projection ? null : (
        <section aria-labelledby="import-heading">
          <h2 id="import-heading">{t('workshop.importHeading')}</h2>
          <FilePicker multiple label={t('workshop.importFiles')} dropHint={t('workshop.dropFiles')} onTexts={importFiles} />
          {refused.map((file, index) => (
            <IssueList key={`${file.name}-${index}`} heading={t('workshop.fileRefused', { file: file.name })} issues={file.issues} />
          ))}
          <p className="toolbar">
            <Link className="button" href={`/workshop/${id}/projection`}>
              {t('workshop.project')}
            </Link>
          </p>
          {vignette ? (
            <details>
              <summary>{t('workshop.trainerNotes')}</summary>
              <p>{vignetteText(vignette.trainerNotes)}</p>
            </details>
          ) : null}
        </section>
      )}

      {summary.participants === 0 ? (
        <p className="notice">{t('workshop.noParticipants')}</p>
      ) : (
        <>
          <section aria-labelledby="room-heading">
            <h2 id="room-heading">{t('workshop.roomHeading')}</h2>
            <AgreementFigures agreement={summary.agreement} shown={['exact', 'withinOne', 'alphaOrdinal']} />
          </section>

          <section aria-labelledby="spread-heading">
            <h2 id="spread-heading">{t('workshop.spreadHeading')}</h2>
            <fieldset className="filter-tabs">
              <legend>{t('workshop.order')}</legend>
              {(
                [
                  ['spread', t('workshop.orderSpread')],
                  ['rubric', t('workshop.orderRubric')],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="choice-pill">
                  <input type="radio" name="workshop-order" checked={order === value} onChange={() => setOrder(value)} />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
            <ol className="spread-list">
              {ordered.map((spread) => {
                const item = items.get(spread.item);
                const why = vignette && Object.hasOwn(vignette.reference, spread.item) ? vignette.reference[spread.item]?.why : undefined;
                return item ? (
                  <li key={spread.item} className="spread-item">
                    <h3>
                      {item.number}. {text(item.title)}
                    </h3>
                    <p className="meta">
                      {t('workshop.spreadLine', {
                        rated: spread.rated,
                        mean: spread.mean === null ? '—' : decimal.format(spread.mean),
                        deviation: spread.standardDeviation === null ? '—' : decimal.format(spread.standardDeviation),
                        range: spread.range ?? '—',
                      })}
                      {spread.reference !== null && spread.atReference !== null ? ` · ${t('workshop.atReference', { share: percent.format(spread.atReference) })}` : ''}
                      {spread.meanDifferenceFromReference !== null ? ` · ${t('workshop.roomVsReference', { difference: signed.format(spread.meanDifferenceFromReference) })}` : ''}
                    </p>
                    <SpreadChart spread={spread} />
                    {why ? (
                      <details>
                        <summary>{t('workshop.why', { score: spread.reference })}</summary>
                        <p>{vignetteText(why)}</p>
                      </details>
                    ) : null}
                  </li>
                ) : null;
              })}
            </ol>
          </section>

          {vignette ? (
            <section aria-labelledby="distance-heading">
              <h2 id="distance-heading">{t('workshop.distanceHeading')}</h2>
              {projection ? null : (
                <label className="inline">
                  <input type="checkbox" checked={showNames} onChange={(event) => setShowNames(event.target.checked)} /> {t('workshop.showNames')}
                </label>
              )}
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('workshop.participantColumn')}</th>
                      <th scope="col">{t('workshop.sameAsReference')}</th>
                      <th scope="col">{t('workshop.withinOneOfReference')}</th>
                      <th scope="col">{t('workshop.meanDistance')}</th>
                      <th scope="col">{t('workshop.tendency')}</th>
                      {projection ? null : (
                        <th scope="col">
                          <span className="visually-hidden">{t('workshop.actions')}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {summary.distances.map((distance) => (
                      <tr key={distance.index}>
                        <th scope="row">{participantLabel(distance.index)}</th>
                        <td>
                          {distance.exact} / {distance.compared}
                        </td>
                        <td>
                          {distance.withinOne} / {distance.compared}
                        </td>
                        <td>{distance.meanAbsoluteDistance === null ? '—' : decimal.format(distance.meanAbsoluteDistance)}</td>
                        <td>
                          {distance.meanSignedDistance === null || Math.abs(distance.meanSignedDistance) < 0.25
                            ? t('workshop.tendencyClose')
                            : distance.meanSignedDistance > 0
                              ? `▲ ${t('workshop.tendencyGenerous')}`
                              : `▼ ${t('workshop.tendencyStrict')}`}
                        </td>
                        {projection ? null : (
                          <td>
                            <button type="button" className="button-link" onClick={() => removeParticipant(distance.index)}>
                              {t('workshop.removeParticipant', { name: participantLabel(distance.index) })}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
