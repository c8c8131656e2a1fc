import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import * as z from 'zod';
import { ASSESSMENT_FORMAT, localize, type UiLocale } from '../../domain/index.ts';
import { createRandomId, nowIso, todayIso } from '../../components/clock.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import type { StoredAssessment } from '../../storage/assessment-store.ts';

const StartFormSchema = z.object({
  name: z.string().trim().min(1, 'start.required').max(300, 'start.tooLong'),
  site: z.string().trim().max(300, 'start.tooLong'),
  date: z.iso.date('start.invalidDate'),
  kind: z.enum(['self', 'external', 'consensus', 'workshop']),
  raters: z.string().max(5000, 'start.tooLong'),
});
type StartForm = z.infer<typeof StartFormSchema>;

interface FieldAria {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled field with its error, said in words and linked to the control for screen readers. */
function StartField({ id, label, error, children }: { id: string; label: string; error: string | null; children: (aria: FieldAria) => ReactNode }) {
  const aria: FieldAria = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(aria)}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The details of a new review: programme, site, date, kind, raters; then on to rating. */
export function StartPage({ scaleId }: { scaleId: string }) {
  const { t, i18n } = useTranslation();
  const { store, reportWriteFailure } = useServices();
  const rubrics = useRubrics();
  const [, navigate] = useLocation();
  const rubric = rubrics?.get(scaleId);
  const { register, handleSubmit, formState } = useForm<StartForm>({
    resolver: zodResolver(StartFormSchema),
    defaultValues: { name: '', site: '', date: todayIso(), kind: 'self', raters: '' },
  });

  if (rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (!rubric) {
    return (
      <p className="notice notice-error" role="alert">
        {t('start.unknownScale', { id: scaleId })} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }

  const onSubmit = async (form: StartForm) => {
    const now = nowIso();
    const assessment: StoredAssessment = {
      format: ASSESSMENT_FORMAT,
      formatVersion: 1,
      id: createRandomId(),
      scale: { id: rubric.id, version: rubric.version },
      program: form.site ? { name: form.name, site: form.site } : { name: form.name },
      review: { kind: form.kind, date: form.date, raters: form.raters.split('\n').map((rater) => rater.trim()).filter(Boolean) },
      ratings: {},
      createdAt: now,
      updatedAt: now,
    };
    try {
      await store.saveAssessment(assessment);
    } catch (error) {
      reportWriteFailure(error);
    }
    // Replace, not push: Back from the rating page goes home, not to a form that would make a second copy.
    navigate(`/a/${assessment.id}`, { replace: true });
  };

  const errorText = (message: string | undefined) => (message ? t(message) : null);
  const title = localize(rubric.title, i18n.language as UiLocale, rubric.locales.default);
  return (
    <form className="start-form" onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <h1>{t('start.heading', { scale: title })}</h1>
      <StartField id="start-name" label={t('start.programName')} error={errorText(formState.errors.name?.message)}>
        {(aria) => <input id="start-name" autoComplete="organization" {...aria} {...register('name')} />}
      </StartField>
      <StartField id="start-site" label={t('start.site')} error={errorText(formState.errors.site?.message)}>
        {(aria) => <input id="start-site" {...aria} {...register('site')} />}
      </StartField>
      <StartField id="start-date" label={t('start.date')} error={errorText(formState.errors.date?.message)}>
        {(aria) => <input id="start-date" type="date" {...aria} {...register('date')} />}
      </StartField>
      <StartField id="start-kind" label={t('start.kind')} error={null}>
        {(aria) => (
          <select id="start-kind" {...aria} {...register('kind')}>
            {(['self', 'external', 'consensus', 'workshop'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`start.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </StartField>
      <StartField id="start-raters" label={t('start.raters')} error={errorText(formState.errors.raters?.message)}>
        {(aria) => <textarea id="start-raters" rows={3} {...aria} {...register('raters')} />}
      </StartField>
      <button type="submit" className="button" disabled={formState.isSubmitting || formState.isSubmitSuccessful}>
        {t('start.submit')}
      </button>
    </form>
  );
}
