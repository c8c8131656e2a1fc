import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localize, type UiLocale } from '../../domain/index.ts';
import type { StoredCollection } from '../../storage/assessment-store.ts';
import { useServices } from '../../components/services.tsx';
import { createRandomId, nowIso } from '../../components/clock.ts';
import { intlLocale } from '../../components/format-date.ts';
import type { RefusedFile } from '../../components/network-import.ts';

type ImportState = { kind: 'idle' } | { kind: 'reading'; done: number; total: number } | { kind: 'failed'; message: string; refused: RefusedFile[] };

/** A file button that hands over every file picked, or every file of a picked folder. */
function MultiFilePicker({ label, isFolder, disabled, onFiles }: { label: string; isFolder: boolean; disabled: boolean; onFiles: (files: File[]) => void }) {
  const inputId = useId();
  return (
    <>
      <label htmlFor={inputId} className={`button button-secondary${disabled ? ' is-disabled' : ''}`}>
        {label}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        disabled={disabled}
        accept={isFolder ? undefined : 'application/json,.json'}
        // React does not know the folder attribute; every current browser supports it under this name.
        ref={(input) => {
          if (isFolder) input?.setAttribute('webkitdirectory', '');
        }}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
    </>
  );
}

/**
 * The home screen's part for networks: import many assessment files at once (files or a whole folder), and the
 * networks saved on this device. An import is saved, then shown on its own address.
 */
export function NetworksSection() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const { store, catalog, loadRubrics, reportWriteFailure, reportReadFailure } = useServices();
  const [, navigate] = useLocation();
  const [networks, setNetworks] = useState<StoredCollection[] | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<StoredCollection | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  useEffect(() => {
    let isCurrent = true;
    void store.listCollections().then(
      (list) => isCurrent && setNetworks(list.filter((collection) => collection.kind === 'network')),
      (error: unknown) => {
        if (isCurrent) reportReadFailure(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [store, reportReadFailure]);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // The parser, the rubrics and the import code load only now: the first screen does without them.
    const [{ importNetworkFiles, makeImportReportState }, rubrics] = await Promise.all([import('../../components/network-import.ts'), loadRubrics()]);
    const scaleTitle = (scaleId: string) => {
      const rubric = rubrics.get(scaleId);
      return rubric ? localize(rubric.title, locale, rubric.locales.default) : scaleId;
    };
    let result: Awaited<ReturnType<typeof importNetworkFiles>>;
    try {
      result = await importNetworkFiles(files, {
        locale,
        rubrics,
        describeOtherScale: (fileScaleId, networkScaleId) => t('network.otherScale', { scale: scaleTitle(fileScaleId), networkScale: scaleTitle(networkScaleId) }),
        onProgress: (done, total) => setImportState({ kind: 'reading', done, total }),
      });
    } catch (error) {
      // A file changed or removed after it was picked cannot be read: say so and let the user pick again.
      setImportState({ kind: 'failed', message: t('network.readFailed', { detail: error instanceof Error ? error.message : String(error) }), refused: [] });
      return;
    }
    if (result.scaleId === null || result.members.length === 0) {
      setImportState({ kind: 'failed', message: result.refused.length > 0 ? t('network.nothingImported') : t('network.noJsonFile'), refused: result.refused });
      return;
    }
    const now = nowIso();
    const network: StoredCollection = {
      id: createRandomId(),
      kind: 'network',
      title: t('network.defaultTitle', { count: result.members.length, date: new Date(now).toLocaleDateString(intlLocale(locale), { dateStyle: 'long' }) }),
      createdAt: now,
      updatedAt: now,
      scaleId: result.scaleId,
      members: result.members,
    };
    setImportState({ kind: 'idle' });
    try {
      await store.saveCollection(network);
    } catch (error) {
      // The storage banner says what failed; the dashboard's address would only say "not on this device".
      reportWriteFailure(error);
      return;
    }
    navigate(`/network/${network.id}`, { state: makeImportReportState(result) });
  };

  const remove = async (network: StoredCollection) => {
    try {
      await store.deleteCollection(network.id);
    } catch (error) {
      reportWriteFailure(error);
    }
    setNetworks((list) => (list ?? []).filter((candidate) => candidate.id !== network.id));
    setDeleted(network);
  };

  const undoDelete = async () => {
    if (!deleted) return;
    try {
      await store.saveCollection(deleted);
    } catch (error) {
      reportWriteFailure(error);
    }
    setNetworks((list) => [deleted, ...(list ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
    setDeleted(null);
  };

  const isReading = importState.kind === 'reading';
  return (
    <section aria-labelledby="networks-heading">
      <h2 id="networks-heading">{t('network.heading')}</h2>
      <p>{t('network.intro')}</p>
      <div
        className={`file-picker${isDragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setIsDragging(false);
          if (!isReading) void importFiles([...event.dataTransfer.files]);
        }}
      >
        <MultiFilePicker label={t('network.importFiles')} isFolder={false} disabled={isReading} onFiles={(files) => void importFiles(files)} />
        <MultiFilePicker label={t('network.importFolder')} isFolder disabled={isReading} onFiles={(files) => void importFiles(files)} />
        <span className="hint">{t('network.dropFiles')}</span>
      </div>
      {isReading ? (
        <p role="status">
          <progress value={importState.done} max={importState.total} /> {t('network.reading', { done: importState.done, total: importState.total })}
        </p>
      ) : null}
      {importState.kind === 'failed' ? (
        <div className="notice notice-error" role="alert">
          <p>{importState.message}</p>
          {importState.refused.length > 0 ? (
            <ul className="issue-list">
              {importState.refused.map((file) => (
                <li key={file.fileName}>
                  <code>{file.fileName}</code> {file.messages.join(' ')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {deleted ? (
        <p className="notice" role="status">
          {t('network.deleted', { title: deleted.title })}{' '}
          <button ref={undoButton} type="button" className="button-link" onClick={() => void undoDelete()}>
            {t('network.undo')}
          </button>
        </p>
      ) : null}
      {networks?.length === 0 ? <p>{t('network.noSaved')}</p> : null}
      <ul className="saved-list">
        {(networks ?? []).map((network) => {
          const scale = catalog.find((entry) => entry.id === network.scaleId);
          return (
          <li key={network.id} className="saved-entry">
            <div>
              <strong>{network.title}</strong>
              <span className="meta">
                {' '}
                · {t('network.memberCount', { count: network.members.length })} · {scale ? localize(scale.title, locale, scale.defaultLocale) : network.scaleId}
              </span>
            </div>
            <div className="actions">
              <Link className="button" href={`/network/${network.id}`}>
                {t('network.open')}
                <span className="visually-hidden"> — {network.title}</span>
              </Link>
              <button type="button" className="button button-danger" onClick={() => void remove(network)}>
                {t('network.delete')}
                <span className="visually-hidden"> — {network.title}</span>
              </button>
            </div>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
