import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import {
  acceptSharedValues,
  compareRaters,
  createConsensus,
  reviewConsensus,
  describeIssues,
  fillTemplate,
  isUiLocale,
  parseAssessment,
  parseJsonText,
  parseRubric,
  type Assessment,
  type Rubric,
  type UiLocale,
  type ValidationIssue,
} from '../domain/index.ts';
import { loadBundledRubrics } from '../domain/rubric/bundled-rubrics.ts';
import { writeFile } from 'node:fs/promises';
import { CliError, type CliIo } from './cli-io.ts';
import { getCliMessages, type CliMessages } from './cli-messages.ts';
import { formatAgreement, formatConsensus, formatScore, toAgreementJson, toConsensusJson, toScoreJson } from './format-output.ts';

/** Removes C0/C1 control characters (except tab and newline) and bidirectional overrides from output text. */
export function stripTerminalControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this function
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
}

/** A file with thousands of problems would bury the first ones; the rest are counted. */
const MAX_LISTED_PROBLEMS = 50;

interface Context {
  io: CliIo;
  locale: UiLocale;
  messages: CliMessages;
  json: boolean;
  files: string[];
  scalePath: string | undefined;
  outputPath: string | undefined;
  previousPath: string | undefined;
  reportDate: string | undefined;
}

/** The language from `--lang`, else from the `LANG` environment variable (`fr_BE.UTF-8` → fr), else English. */
function chooseLocale(flag: string | undefined, environmentLang: string | undefined): UiLocale {
  if (flag !== undefined) {
    if (!isUiLocale(flag)) throw new CliError(fillTemplate(getCliMessages('en').badLang, { lang: flag }));
    return flag;
  }
  const fromEnvironment = environmentLang?.slice(0, 2).toLowerCase();
  return isUiLocale(fromEnvironment) ? fromEnvironment : 'en';
}

/** "file is not valid:" followed by its problems, one a line, at most {@link MAX_LISTED_PROBLEMS}. */
function describeInvalidFile(context: Context, path: string, errors: readonly ValidationIssue[]): string {
  const listed = describeIssues(errors.slice(0, MAX_LISTED_PROBLEMS), context.messages.colon);
  const more = errors.length > MAX_LISTED_PROBLEMS ? `\n${fillTemplate(context.messages.moreProblems, { count: errors.length - MAX_LISTED_PROBLEMS })}` : '';
  return `${fillTemplate(context.messages.invalidIn, { file: path })}\n${listed}${more}`;
}

async function readOrFail(context: Context, path: string): Promise<string> {
  const result = await context.io.readText(path, context.messages);
  if (!result.ok) throw new CliError(result.message);
  return result.text;
}

/** The bundled rubrics by id, plus the one given with `--scale` (which wins over a bundled one of the same id). */
async function loadRubrics(context: Context): Promise<Map<string, Rubric>> {
  const rubrics = new Map(loadBundledRubrics().map((rubric) => [rubric.id, rubric]));
  if (context.scalePath) {
    const parsed = parseRubric(await readOrFail(context, context.scalePath), { locale: context.locale });
    if (!parsed.ok) throw new CliError(describeInvalidFile(context, context.scalePath, parsed.errors));
    rubrics.set(parsed.rubric.id, parsed.rubric);
  }
  return rubrics;
}

async function loadAssessment(context: Context, path: string, rubrics: Map<string, Rubric>): Promise<{ assessment: Assessment; rubric: Rubric }> {
  const parsed = parseAssessment(await readOrFail(context, path), { locale: context.locale, findRubric: (id) => rubrics.get(id) });
  if (!parsed.ok) throw new CliError(describeInvalidFile(context, path, parsed.errors));
  for (const warning of parsed.warnings) context.io.stderr(`${path}: ${context.messages.warning}: ${warning.message}`);
  return { assessment: parsed.assessment, rubric: parsed.rubric };
}

/** Checks one file: a rubric, or an assessment against the loaded rubrics, told apart by its `format`. */
function validateText(context: Context, path: string, text: string, rubrics: Map<string, Rubric>): boolean {
  const json = parseJsonText(text, context.locale);
  const format = json.ok && json.value !== null && typeof json.value === 'object' ? (json.value as Record<string, unknown>)['format'] : undefined;
  if (format === 'ips-fidelity/assessment') {
    const parsed = parseAssessment(json.ok ? json.value : text, { locale: context.locale, findRubric: (id) => rubrics.get(id) });
    if (!parsed.ok) {
      context.io.stderr(describeInvalidFile(context, path, parsed.errors));
      return false;
    }
    const rated = parsed.rubric.items.filter((item) => typeof parsed.assessment.ratings[item.id]?.score === 'number').length;
    context.io.stdout(fillTemplate(context.messages.validAssessment, { file: path, scale: parsed.assessment.scale.id, program: parsed.assessment.program.name, rated, items: parsed.rubric.items.length }));
    return true;
  }
  const parsed = parseRubric(json.ok ? json.value : text, { locale: context.locale });
  if (!parsed.ok) {
    context.io.stderr(describeInvalidFile(context, path, parsed.errors));
    return false;
  }
  context.io.stdout(fillTemplate(context.messages.validRubric, { file: path, id: parsed.rubric.id, version: parsed.rubric.version, items: parsed.rubric.items.length }));
  return true;
}

/** `validate`: every file is checked, even after a failure, and every problem is listed. */
async function runValidate(context: Context): Promise<number> {
  if (context.files.length === 0) throw new CliError(fillTemplate(context.messages.needFiles, { command: 'validate', count: '1+' }));
  const rubrics = await loadRubrics(context);
  let failures = 0;
  for (const path of context.files) {
    const read = await context.io.readText(path, context.messages);
    if (!read.ok) context.io.stderr(read.message);
    if (!read.ok || !validateText(context, path, read.text, rubrics)) failures += 1;
  }
  return failures === 0 ? 0 : 1;
}

async function runScore(context: Context): Promise<number> {
  const [path, ...extra] = context.files;
  if (path === undefined || extra.length > 0) throw new CliError(fillTemplate(context.messages.needFiles, { command: 'score', count: 1 }));
  const rubrics = await loadRubrics(context);
  const { assessment, rubric } = await loadAssessment(context, path, rubrics);
  context.io.stdout(context.json ? JSON.stringify(toScoreJson(rubric, assessment, context.locale), null, 2) : formatScore(rubric, assessment, context.locale, context.messages));
  return 0;
}

async function runAgreement(context: Context): Promise<number> {
  if (context.files.length < 2) throw new CliError(fillTemplate(context.messages.needFiles, { command: 'agreement', count: '2+' }));
  const rubrics = await loadRubrics(context);
  const loaded = [];
  for (const path of context.files) loaded.push(await loadAssessment(context, path, rubrics));
  const scaleIds = [...new Set(loaded.map(({ rubric }) => rubric.id))];
  const rubric = loaded[0]?.rubric;
  if (!rubric || scaleIds.length > 1) throw new CliError(fillTemplate(context.messages.scaleMismatch, { scales: scaleIds.join(', ') }));
  const summary = compareRaters(rubric.items.map((item) => item.id), loaded.map(({ assessment }) => assessment));
  context.io.stdout(context.json ? JSON.stringify(toAgreementJson(summary), null, 2) : formatAgreement(rubric, summary, context.locale, context.messages));
  return 0;
}

/** Today in the machine's time zone, the default date printed on a report. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** `report`: the PDF gap report of an assessment, optionally compared with an earlier one. */
async function runReport(context: Context): Promise<number> {
  const [path, ...extra] = context.files;
  if (path === undefined || extra.length > 0 || !context.outputPath) throw new CliError(fillTemplate(context.messages.needFiles, { command: 'report', count: 1 }) + `\n${context.messages.reportUsage}`);
  checkDate(context);
  const rubrics = await loadRubrics(context);
  const { assessment, rubric } = await loadAssessment(context, path, rubrics);
  const previous = context.previousPath ? await loadAssessment(context, context.previousPath, rubrics) : undefined;
  if (previous && previous.rubric.id !== rubric.id) throw new CliError(fillTemplate(context.messages.scaleMismatch, { scales: `${rubric.id}, ${previous.rubric.id}` }));
  // The PDF code loads only for this command.
  const [{ buildReportModel }, { renderReportPdf }] = await Promise.all([import('../report/build-report-model.ts'), import('../report/render-report-pdf.ts')]);
  const model = buildReportModel({ rubric, assessment, locale: context.locale, generatedOn: context.reportDate ?? localToday(), previous: previous?.assessment });
  await writeOrFail(context, context.outputPath, renderReportPdf(model));
  context.io.stdout(fillTemplate(context.messages.reportWritten, { file: context.outputPath }));
  return 0;
}

function checkDate(context: Context): void {
  if (context.reportDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(context.reportDate)) throw new CliError(fillTemplate(context.messages.badDate, { date: context.reportDate }));
}

async function writeOrFail(context: Context, path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new CliError(fillTemplate(context.messages.cannotWrite, { file: path, detail: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * `consensus`: starts the consensus of two or more reviewers' assessments, agrees the items they rated alike
 * and lists the others. The reviewers' files are only read; writing over one of them is refused.
 */
async function runConsensus(context: Context): Promise<number> {
  const output = context.outputPath;
  if (context.files.length < 2 || !output) throw new CliError(`${fillTemplate(context.messages.needFiles, { command: 'consensus', count: '2+' })}\n${context.messages.consensusUsage}`);
  checkDate(context);
  if (context.files.some((path) => resolve(path) === resolve(output))) throw new CliError(fillTemplate(context.messages.outputIsInput, { file: output }));
  const rubrics = await loadRubrics(context);
  const loaded = [];
  for (const path of context.files) loaded.push({ path, ...(await loadAssessment(context, path, rubrics)) });
  const started = createConsensus(
    loaded.map(({ path, assessment }) => ({ label: path, assessment })),
    { id: randomUUID(), date: context.reportDate ?? localToday(), now: new Date().toISOString(), locale: context.locale },
  );
  if (!started.ok) throw new CliError(describeIssues(started.errors, context.messages.colon));
  for (const warning of started.warnings) context.io.stderr(`${context.messages.warning}: ${warning.message}`);
  // Every reviewer's file was checked against its rubric, all of one scale: the first one's is the consensus' scale.
  const rubric = loaded[0]?.rubric;
  if (!rubric) throw new CliError(context.messages.consensusUsage);
  const consensus = { ...started.consensus, ratings: acceptSharedValues(rubric, started.consensus).ratings };
  await writeOrFail(context, output, `${JSON.stringify(consensus, null, 2)}\n`);
  const review = reviewConsensus(rubric, consensus);
  context.io.stdout(context.json ? JSON.stringify(toConsensusJson(review, output, context.messages), null, 2) : formatConsensus(rubric, review, output, context.locale, context.messages));
  return 0;
}

const commands: Record<string, (context: Context) => Promise<number>> = {
  validate: runValidate,
  score: runScore,
  agreement: runAgreement,
  report: runReport,
  consensus: runConsensus,
};

/**
 * Runs the command line and returns its exit code. Every failure a user can cause (missing file, not JSON, wrong
 * format, unknown scale, bad option) becomes a one-paragraph message on stderr and exit code 1, never a stack.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo, environmentLang?: string): Promise<number> {
  // Programme names, notes and rubric texts come from files: control and bidi-override characters in them
  // must not drive the terminal (colours, cursor moves, reversed text).
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(stripTerminalControls(text)), stderr: (text) => rawIo.stderr(stripTerminalControls(text)) };
  let messages = getCliMessages('en');
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        scale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        previous: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const locale = chooseLocale(values.lang, environmentLang);
    messages = getCliMessages(locale);
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(messages.usage);
      return command === undefined && !values.help ? 1 : 0;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!run) throw new CliError(`${fillTemplate(messages.unknownCommand, { command })}\n\n${messages.usage}`);
    return await run({ io, locale, messages, json: values.json, files, scalePath: values.scale, outputPath: values.output, previousPath: values.previous, reportDate: values.date });
  } catch (error) {
    if (error instanceof CliError) io.stderr(error.message);
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${fillTemplate(messages.badOption, { detail: error.message })}\n\n${messages.usage}`);
    } else io.stderr(`ips-fidelity: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
