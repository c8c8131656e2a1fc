import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { createConsensus, parseAssessment, readScore, type Assessment, type UiLocale, type ValidationIssue } from '../../domain/index.ts';
import { createRandomId, nowIso, todayIso } from '../../components/clock.ts';
import { FilePicker, type PickedFile } from '../../components/file-picker.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { useRubrics, useServices } from '../../components/services.tsx';
import type { StoredAssessment } from '../../storage/assessment-store.ts';

interface ChosenReviewer {
  /** Where the rating comes from, to tell two files of the same reviewer apart: `saved:<id>` or `file:<name>#n`. */
  key: string;
  label: string;
  assessment: Assessment;
}

function ratedCount(assessment: Assessment): number {
  return Object.values(assessment.ratings).filter((rating) => readScore(rating) !== null || rating.na).length;
}

/**
 * Starts a consensus: the user picks reviewers' assessments saved here and/or adds their exported files, then
 * the consensus is created (reviewers' scores copied in, their files untouched) and opened side by side.
 */
export function ConsensusStartPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const { store, reportReadFailure, reportWriteFailure } = useServices();
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState<StoredAssessment[] | null>(null);
  const [chosen, setChosen] = useState<ChosenReviewer[]>([]);
  const [refusedFiles, setRefusedFiles] = useState<Array<{ name: string; issues: ValidationIssue[] }>>([]);
  const [date, setDate] = useState(todayIso);

  useEffect(() => {
    let isCurrent = true;
    void store.listAssessments().then(
      (list) => isCurrent && setSaved(list.filter((entry) => entry.review.kind !== 'consensus' && !entry.consensus)),
      (error: unknown) => isCurrent && reportReadFailure(error),
    );
    return () => {
      isCurrent = false;
    };
  }, [store, reportReadFailure]);

  const describe = (assessment: Assessment, fallbackNumber: number) =>
    t('consensus.reviewerLine', { name: assessment.review.raters.join(', ') || t('consensus.reviewerFallback', { number: fallbackNumber }), date: assessment.review.date, rated: ratedCount(assessment) });

  const toggleSaved = (entry: StoredAssessment, isChecked: boolean) => {
    const key = `saved:${entry.id}`;
    setChosen((list) => (isChecked ? [...list, { key, label: `${entry.program.name} — ${describe(entry, list.length + 1)}`, assessment: entry }] : list.filter((candidate) => candidate.key !== key)));
  };

  const addFiles = (files: PickedFile[]) => {
    if (!rubrics) return;
    const refused: Array<{ name: string; issues: ValidationIssue[] }> = [];
    const added: ChosenReviewer[] = [];
    files.forEach((file) => {
      const parsed = parseAssessment(file.text, { locale, findRubric: (id) => rubrics.get(id) });
      if (parsed.ok) added.push({ key: `file:${file.name}#${createRandomId()}`, label: file.name, assessment: parsed.assessment });
      else refused.push({ name: file.name, issues: parsed.errors });
    });
    setRefusedFiles(refused);
    setChosen((list) => [...list, ...added]);
  };

  const start = async () => {
    const id = createRandomId();
    const result = createConsensus(
      chosen.map(({ label, assessment }) => ({ label, assessment })),
      { id, date, now: nowIso(), locale },
    );
    if (!result.ok) return;
    const consensus = { ...result.consensus, id };
    try {
      await store.saveAssessment(consensus);
    } catch (error) {
      // Stay here: the storage banner says what failed, and the new address would only say "not on this device".
      reportWriteFailure(error);
      return;
    }
    navigate(`/a/${consensus.id}/consensus`);
  };

  if (rubrics === null || saved === null) return <p role="status">{t('app.loading')}</p>;
  const chosenKeys = new Set(chosen.map((reviewer) => reviewer.key));
  // Checked as the user chooses, so what stops the consensus (or deserves a look) shows before the click.
  const preview = chosen.length >= 2 ? createConsensus(chosen.map(({ label, assessment }) => ({ label, assessment })), { id: 'preview', date, now: date, locale }) : null;

  return (
    <>
      <p>
        <Link href="/">← {t('app.home')}</Link>
      </p>
      <h1>{t('consensus.startHeading')}</h1>
      <p>{t('consensus.startIntro')}</p>

      <section aria-labelledby="consensus-saved">
        <h2 id="consensus-saved">{t('consensus.fromDevice')}</h2>
        {saved.length === 0 ? <p>{t('consensus.noneOnDevice')}</p> : null}
        <ul className="choice-list">
          {saved.map((entry) => (
            <li key={entry.id}>
              <label className="inline">
                <input type="checkbox" checked={chosenKeys.has(`saved:${entry.id}`)} onChange={(event) => toggleSaved(entry, event.target.checked)} />{' '}
                <strong>{entry.program.name}</strong>
                {entry.program.site ? ` — ${entry.program.site}` : ''} <span className="meta">· {entry.scale.id} · {describe(entry, 1)}</span>
              </label>
            </li>
          ))}
        </ul>
        <FilePicker multiple label={t('consensus.addFiles')} dropHint={t('consensus.dropFiles')} onTexts={addFiles} />
        {refusedFiles.map((file) => (
          <IssueList key={file.name} heading={t('consensus.fileRefused', { file: file.name })} issues={file.issues} />
        ))}
      </section>

      <section aria-labelledby="consensus-chosen">
        <h2 id="consensus-chosen">{t('consensus.chosen')}</h2>
        {chosen.length < 2 ? <p className="hint">{t('consensus.noneChosen')}</p> : null}
        <ol className="chosen-reviewers">
          {chosen.map((reviewer) => (
            <li key={reviewer.key}>
              {reviewer.label}{' '}
              <button type="button" className="button-link" onClick={() => setChosen((list) => list.filter((candidate) => candidate.key !== reviewer.key))}>
                {t('consensus.remove', { name: reviewer.label })}
              </button>
            </li>
          ))}
        </ol>
        <div className="field">
          <label htmlFor="consensus-date">{t('consensus.date')}</label>
          <input id="consensus-date" type="date" value={date} onChange={(event) => setDate(event.target.value || todayIso())} />
        </div>
        {preview && !preview.ok ? <IssueList heading={t('consensus.cannotStart')} issues={preview.errors} /> : null}
        {preview?.ok && preview.warnings.length > 0 ? (
          <div className="notice" role="status">
            <p>{t('consensus.warnings')}</p>
            <ul>
              {preview.warnings.map((warning) => (
                <li key={warning.code}>{warning.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <button type="button" className="button" disabled={!preview?.ok} onClick={() => void start()}>
          {t('consensus.start')}
        </button>
      </section>
    </>
  );
}
