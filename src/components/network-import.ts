import * as z from 'zod';
import { parseAssessment, type Assessment, type Rubric, type UiLocale } from '../domain/index.ts';

/** A file that did not come in, with the first reasons in the reader's language. */
export interface RefusedFile {
  fileName: string;
  messages: string[];
}

/**
 * What the dashboard says about the import that made it. It travels in the history entry of the dashboard's
 * address, so a reload or Back shows it again, while a bookmark opens the dashboard alone.
 */
export interface NetworkImportReport {
  refused: RefusedFile[];
  /** Files that are not .json (a folder also holds notes, spreadsheets, system files): skipped, only counted. */
  skippedCount: number;
}

export interface NetworkImportResult extends NetworkImportReport {
  /** The scale of the network: the one most of the files are assessments of; null when nothing was read. */
  scaleId: string | null;
  members: Assessment[];
}

interface ImportOptions {
  locale: UiLocale;
  rubrics: ReadonlyMap<string, Rubric>;
  /** The sentence for a file of another scale than the network's. */
  describeOtherScale: (fileScaleId: string, networkScaleId: string) => string;
  onProgress: (done: number, total: number) => void;
}

/** Files read and parsed between two pauses: small enough for the progress line to move and the page to answer. */
const CHUNK_SIZE = 200;
/** The parser's first messages say enough; a broken file's fiftieth problem helps nobody choose what to fix. */
const MESSAGES_PER_FILE = 3;

function fileNameOf(file: File): string {
  // A folder pick gives each file its path inside the folder, which tells two "assessment.json" apart.
  return file.webkitRelativePath || file.name;
}

/**
 * The texts of several files from one read of the files joined together: a thousand separate `file.text()`
 * calls cost the page seconds (each is a round trip to the browser's file system process), one joined read of
 * the same bytes a fraction of that.
 */
async function readTexts(files: readonly File[], decoder: TextDecoder): Promise<string[]> {
  const bytes = new Uint8Array(await new Blob([...files]).arrayBuffer());
  let offset = 0;
  return files.map((file) => {
    const text = decoder.decode(bytes.subarray(offset, offset + file.size));
    offset += file.size;
    return text;
  });
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads and checks every .json file of a network (others are skipped and counted). One scale per network: the
 * scale most files are of; files of another scale are refused with a sentence saying so, like files the parser
 * refuses. Works in chunks, pausing between them, so hundreds of files never freeze the page.
 */
export async function importNetworkFiles(files: readonly File[], options: ImportOptions): Promise<NetworkImportResult> {
  // One collator for every comparison (`localeCompare` builds one per call); numeric, so site-2 comes before site-10.
  const byName = new Intl.Collator(options.locale, { numeric: true }).compare;
  const jsonFiles = files.filter((file) => /\.json$/i.test(file.name)).sort((a, b) => byName(fileNameOf(a), fileNameOf(b)));
  const refused: RefusedFile[] = [];
  const parsed: Array<{ fileName: string; assessment: Assessment }> = [];
  const decoder = new TextDecoder();
  options.onProgress(0, jsonFiles.length);
  for (let start = 0; start < jsonFiles.length; start += CHUNK_SIZE) {
    const chunk = jsonFiles.slice(start, start + CHUNK_SIZE);
    const texts = await readTexts(chunk, decoder);
    chunk.forEach((file, offset) => {
      const result = parseAssessment(texts[offset], { locale: options.locale, findRubric: (id) => options.rubrics.get(id) });
      if (result.ok) parsed.push({ fileName: fileNameOf(file), assessment: result.assessment });
      else refused.push({ fileName: fileNameOf(file), messages: result.errors.slice(0, MESSAGES_PER_FILE).map((issue) => issue.message) });
    });
    options.onProgress(start + chunk.length, jsonFiles.length);
    await yieldToBrowser();
  }
  const scaleId = findMostCommonScale(parsed.map((entry) => entry.assessment));
  const members: Assessment[] = [];
  for (const entry of parsed) {
    if (entry.assessment.scale.id === scaleId) members.push(entry.assessment);
    else if (scaleId !== null) refused.push({ fileName: entry.fileName, messages: [options.describeOtherScale(entry.assessment.scale.id, scaleId)] });
  }
  refused.sort((a, b) => byName(a.fileName, b.fileName));
  return { scaleId, members, refused, skippedCount: files.length - jsonFiles.length };
}

/** The scale most assessments are of (the first met, on a tie), so one stray file never decides the network. */
function findMostCommonScale(assessments: readonly Assessment[]): string | null {
  const counts = new Map<string, number>();
  for (const assessment of assessments) counts.set(assessment.scale.id, (counts.get(assessment.scale.id) ?? 0) + 1);
  let best: string | null = null;
  for (const [scaleId, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = scaleId;
  return best;
}

const ImportReportStateSchema = z.object({
  networkImport: z.object({ refused: z.array(z.object({ fileName: z.string(), messages: z.array(z.string()) })), skippedCount: z.number() }),
});

/** The import report kept in a history entry's state, or null when the entry holds none (or something else). */
export function readImportReport(state: unknown): NetworkImportReport | null {
  const parsed = ImportReportStateSchema.safeParse(state);
  return parsed.success ? parsed.data.networkImport : null;
}

/** The history state that carries an import report to the dashboard. */
export function makeImportReportState(report: NetworkImportReport): z.infer<typeof ImportReportStateSchema> {
  return { networkImport: { refused: report.refused, skippedCount: report.skippedCount } };
}
