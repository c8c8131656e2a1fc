import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localize, programmeKey, readScore, withoutConsensusSources, type Assessment, type LocalizedText, type Rating, type UiLocale, type ValidationIssue } from '../../domain/index.ts';
import { DamagedRecordError, type StoredAssessment } from '../../storage/assessment-store.ts';
import { clearPendingChanges } from '../../storage/pending-changes.ts';
import { useServices } from '../../components/services.tsx';
import { BackupButton } from '../../components/backup-button.tsx';
import { FilePicker } from '../../components/file-picker.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { createRandomId, nowIso, todayIso } from '../../components/clock.ts';
import { intlLocale } from '../../components/format-date.ts';
import { NetworksSection } from './networks-section.tsx';

type Notice = { kind: 'ok'; text: string } | { kind: 'errors'; heading: string; issues: ValidationIssue[] } | null;

function withoutRationale(rating: Rating): Rating {
  const kept = { ...rating };
  delete kept.rationale;
  return kept;
}

/** The first screen: the scales to start with, and the assessments saved on this device. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const { catalog, rubrics, customRubricIds, addRubric, loadRubrics, store, reportWriteFailure, reportReadFailure } = useServices();
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState<StoredAssessment[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // Saved records too damaged to list: said, with a way to keep a copy, instead of breaking the list.
  const [damagedCount, setDamagedCount] = useState(0);
  // Every deletion of this visit can be undone, most recent first.
  const [deleted, setDeleted] = useState<StoredAssessment[]>([]);
  const lastDeleted = deleted.at(-1) ?? null;
  const undoButton = useRef<HTMLButtonElement>(null);
  // After a deletion the focused button is gone: put focus on "Undo", the one thing the user may want next.
  useEffect(() => {
    if (lastDeleted) undoButton.current?.focus();
  }, [lastDeleted]);

  useEffect(() => {
    let isCurrent = true;
    void store.listDamagedIds().then(
      (ids) => isCurrent && setDamagedCount(ids.length),
      () => undefined,
    );
    void store.listAssessments().then(
      (list) => isCurrent && setSaved(list),
      (error: unknown) => {
        // Said on screen: "no assessment saved" would be untrue, and frightening.
        if (isCurrent) reportReadFailure(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [store, reportReadFailure]);

  // How many saved reviews each programme has: an entry links to its programme's history once there are two.
  const reviewCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const entry of withoutConsensusSources(saved ?? [])) {
      const key = programmeKey(entry);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, [saved]);

  const text = (entry: { defaultLocale: string }, value: LocalizedText) => localize(value, locale, entry.defaultLocale);

  const onRubricFile = async (raw: string, fileName: string) => {
    const result = await addRubric(raw, locale);
    setNotice(result.ok ? { kind: 'ok', text: t('home.rubricLoaded', { title: localize(result.rubric.title, locale, result.rubric.locales.default) }) } : { kind: 'errors', heading: t('home.rubricRefused', { file: fileName }), issues: result.errors });
  };

  /**
   * Saves an imported assessment. Never overwrites what is on the device: an assessment whose id is already here
   * comes in as a separate copy, unless (from a backup) it is the very same version, which is then left alone.
   */
  const saveImported = async (assessment: Assessment, fromBackup: boolean): Promise<{ outcome: 'imported' | 'copy' | 'unchanged'; saved: StoredAssessment }> => {
    // A record too damaged to read still holds its id: the import then comes in beside it, as a copy.
    const existing: StoredAssessment | 'damaged' | undefined =
      assessment.id === undefined ? undefined : await store.getAssessment(assessment.id).catch((error: unknown) => (error instanceof DamagedRecordError ? 'damaged' : undefined));
    if (existing && existing !== 'damaged' && fromBackup && existing.updatedAt === assessment.updatedAt) return { outcome: 'unchanged', saved: existing };
    // A backup entry keeps its own date of change, so restoring the same backup twice finds it unchanged.
    const imported: StoredAssessment = { ...assessment, id: !assessment.id || existing ? createRandomId() : assessment.id, updatedAt: fromBackup && assessment.updatedAt ? assessment.updatedAt : nowIso() };
    try {
      await store.saveAssessment(imported);
    } catch (error) {
      reportWriteFailure(error);
    }
    setSaved((list) => [imported, ...(list ?? []).filter((entry) => entry.id !== imported.id)]);
    return { outcome: existing ? 'copy' : 'imported', saved: imported };
  };

  const onAssessmentFile = async (raw: string, fileName: string) => {
    // The parsers and the rubrics load only now: the first screen does without them.
    const [{ parseAssessment }, { looksLikeBackup, parseBackup }, { parseJsonText }, known] = await Promise.all([
      import('../../domain/assessment/parse-assessment.ts'),
      import('../../domain/assessment/backup.ts'),
      import('../../domain/json-text.ts'),
      loadRubrics(),
    ]);
    const json = parseJsonText(raw, locale);
    if (!json.ok) {
      setNotice({ kind: 'errors', heading: t('home.importRefused', { file: fileName }), issues: json.errors });
      return;
    }
    if (looksLikeBackup(json.value)) {
      const backup = parseBackup(json.value, locale);
      if (!backup.ok) {
        setNotice({ kind: 'errors', heading: t('home.importRefused', { file: fileName }), issues: backup.errors });
        return;
      }
      // Each assessment of the backup is checked on its own: one damaged entry does not stop the others.
      const refused: ValidationIssue[] = [];
      const outcomes = { imported: 0, copy: 0, unchanged: 0 };
      for (const [index, entry] of backup.assessments.entries()) {
        const parsed = parseAssessment(entry, { locale, findRubric: (id) => known.get(id) });
        if (!parsed.ok) refused.push(...parsed.errors.slice(0, 3).map((error) => ({ ...error, path: `assessments[${index}]${error.path ? `.${error.path}` : ''}` })));
        else outcomes[(await saveImported(parsed.assessment, true)).outcome] += 1;
      }
      const summary = t('home.backupRestored', { imported: outcomes.imported + outcomes.copy, unchanged: outcomes.unchanged });
      setNotice(refused.length > 0 ? { kind: 'errors', heading: `${summary} ${t('home.backupRefused')}`, issues: refused } : { kind: 'ok', text: summary });
      return;
    }
    const parsed = parseAssessment(json.value, { locale, findRubric: (id) => known.get(id) });
    if (!parsed.ok) {
      setNotice({ kind: 'errors', heading: t('home.importRefused', { file: fileName }), issues: parsed.errors });
      return;
    }
    const { outcome, saved: imported } = await saveImported(parsed.assessment, false);
    setNotice({ kind: 'ok', text: t(outcome === 'copy' ? 'home.importedCopy' : 'home.imported', { name: imported.program.name }) });
  };

  const duplicate = async (source: StoredAssessment) => {
    // A re-review starts from the last scores; a consensus' reviewers and reasons belong to that review only.
    const { consensus, ...rest } = structuredClone(source);
    const copy: StoredAssessment = {
      ...rest,
      ...(consensus ? { ratings: Object.fromEntries(Object.entries(rest.ratings).map(([itemId, rating]) => [itemId, withoutRationale(rating)])) } : {}),
      id: createRandomId(),
      review: { ...source.review, kind: source.review.kind === 'consensus' ? 'external' : source.review.kind, date: todayIso() },
      createdAt: nowIso(),
      updatedAt: nowIso(),
    };
    try {
      await store.saveAssessment(copy);
    } catch (error) {
      reportWriteFailure(error);
    }
    navigate(`/a/${copy.id}`);
  };

  const remove = async (entry: StoredAssessment) => {
    try {
      await store.deleteAssessment(entry.id);
      // Its unsaved changes go with it (undo brings back the assessment as it was saved).
      clearPendingChanges(entry.id);
    } catch (error) {
      reportWriteFailure(error);
    }
    setSaved((list) => (list ?? []).filter((candidate) => candidate.id !== entry.id));
    setDeleted((list) => [...list, entry]);
  };

  const undoDelete = async () => {
    if (!lastDeleted) return;
    try {
      await store.saveAssessment(lastDeleted);
    } catch (error) {
      reportWriteFailure(error);
    }
    setSaved((list) => [lastDeleted, ...(list ?? [])].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')));
    setDeleted((list) => list.slice(0, -1));
  };

  return (
    <>
      <section aria-labelledby="scales-heading">
        <h1 id="scales-heading">{t('home.scalesHeading')}</h1>
        <p>{t('home.scalesIntro')}</p>
        <ul className="card-list">
          {catalog.map((entry) => {
            const itemCount = entry.itemCount ?? rubrics?.get(entry.id)?.items.length;
            return (
              <li key={entry.id} className="card">
                <h2>{text(entry, entry.title)}</h2>
                <p className="meta">
                  {itemCount === undefined ? '' : `${t('home.items', { count: itemCount })} · `}
                  {t('home.version', { version: entry.version })}
                  {customRubricIds.has(entry.id) ? ` · ${t('home.custom')}` : ''}
                </p>
                <details className="meta">
                  <summary>{t('home.sourceHeading')}</summary>
                  <p>{entry.citation}</p>
                </details>
                <Link className="button" href={`/new/${entry.id}`}>
                  {t('start.submit')}
                  <span className="visually-hidden"> — {text(entry, entry.title)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
        <FilePicker label={t('home.loadRubric')} dropHint={t('home.dropRubric')} onText={(raw, name) => void onRubricFile(raw, name)} />
      </section>

      <section aria-labelledby="workflows-heading">
        <h2 id="workflows-heading">{t('home.workflowsHeading')}</h2>
        <ul className="card-list">
          <li className="card">
            <h3>{t('consensus.startHeading')}</h3>
            <p className="meta">{t('consensus.homeHint')}</p>
            <Link className="button" href="/consensus/new">
              {t('consensus.homeLink')}
            </Link>
          </li>
          <li className="card">
            <h3>{t('workshop.homeHeading')}</h3>
            <p className="meta">{t('workshop.homeHint')}</p>
            <Link className="button" href="/workshop">
              {t('workshop.homeLink')}
            </Link>
          </li>
        </ul>
      </section>

      {notice?.kind === 'ok' ? (
        <p className="notice" role="status">
          {notice.text}
        </p>
      ) : null}
      {notice?.kind === 'errors' ? <IssueList heading={notice.heading} issues={notice.issues} /> : null}

      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading">{t('home.savedHeading')}</h2>
        {lastDeleted ? (
          <p className="notice" role="status">
            {t('home.deleted', { name: lastDeleted.program.name })}{' '}
            <button ref={undoButton} type="button" className="button-link" onClick={() => void undoDelete()}>
              {t('home.undo')}
            </button>
          </p>
        ) : null}
        {damagedCount > 0 ? (
          <div className="notice notice-error" role="alert">
            <p>{t('home.damaged', { count: damagedCount })}</p>
            <BackupButton />
          </div>
        ) : null}
        {saved === null ? <p role="status">{t('app.loading')}</p> : null}
        {saved?.length === 0 ? <p>{t('home.noSaved')}</p> : null}
        <ul className="saved-list">
          {(saved ?? []).map((entry) => {
            const scale = catalog.find((candidate) => candidate.id === entry.scale.id);
            const rated = Object.values(entry.ratings).filter((rating) => readScore(rating) !== null || rating.na).length;
            const reviewCount = reviewCounts.get(programmeKey(entry)) ?? 1;
            return (
              <li key={entry.id} className="saved-entry">
                <div>
                  <strong>{entry.program.name}</strong>
                  {entry.program.site ? ` — ${entry.program.site}` : ''}
                  <span className="meta">
                    {' '}
                    · {entry.review.date} · {scale ? text(scale, scale.title) : entry.scale.id} · {t('home.ratedCount', { count: rated })}
                    {entry.updatedAt ? ` · ${t('home.updated', { when: new Date(entry.updatedAt).toLocaleString(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short' }) })}` : ''}
                  </span>
                </div>
                <div className="actions">
                  <Link className="button" href={entry.consensus ? `/a/${entry.id}/consensus` : `/a/${entry.id}`}>
                    {t('home.open')}
                  </Link>
                  {reviewCount > 1 ? (
                    <Link className="button button-secondary" href={`/a/${entry.id}/history`}>
                      {t('history.homeLink', { count: reviewCount })}
                    </Link>
                  ) : null}
                  <button type="button" className="button button-secondary" title={t('home.duplicateHint')} onClick={() => void duplicate(entry)}>
                    {t('home.duplicate')}
                  </button>
                  <button type="button" className="button button-danger" onClick={() => void remove(entry)}>
                    {t('home.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        <FilePicker label={t('home.importAssessment')} onText={(raw, name) => void onAssessmentFile(raw, name)} />
      </section>

      <NetworksSection />
    </>
  );
}
