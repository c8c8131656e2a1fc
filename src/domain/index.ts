// The public surface of the pure core. Callers (CLI, app, report) import from here; the bundled rubric files
// are a separate entry (`rubric/bundled-rubrics.ts`) because importing them pulls in every rubric's text.
export { compareRaters, compareScores, type AgreementSummary, type Discrepancy } from './agreement/compare-raters.ts';
export { krippendorffAlpha, type AlphaLevel, type ReliabilityUnit } from './agreement/krippendorff-alpha.ts';
export {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  AssessmentSchema,
  MAX_CONSENSUS_REVIEWERS,
  type Assessment,
  type AssessmentAction,
  type ConsensusReviewer,
  type Rating,
  type ReviewerRating,
  type ReviewKind,
} from './assessment/assessment-schema.ts';
export { checkAssessment, type AssessmentCheck } from './assessment/check-assessment.ts';
export { ASSESSMENT_MIGRATIONS, parseAssessment, type AssessmentParseOptions, type AssessmentParseResult } from './assessment/parse-assessment.ts';
export { findRating, findScore, readScore } from './assessment/ratings.ts';
export { detectDrift, evaluateDriftPattern, type DriftResult, type DriftSignalState } from './drift/detect-drift.ts';
export { readEnvelope, type MigrationStep } from './format-version.ts';
export {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DUE_SOON_DAYS,
  buildHistory,
  type ChangesSinceLastReview,
  type HistoryEntry,
  type HistoryItemChange,
  type NextReview,
  type PercentChange,
  type PrincipleTrend,
  type ProgrammeHistory,
  type ReviewDueStatus,
  type ReviewIntervalBasis,
} from './history/build-history.ts';
export { addMonths, daysBetween } from './history/calendar-dates.ts';
export { normalizeName, programmeKey, withoutConsensusSources } from './history/programme-key.ts';
export { compareItemScores, type ItemScoreChange } from './history/compare-item-scores.ts';
export { fillTemplate, formatMessage, type MessageKey } from './i18n/domain-messages.ts';
export { UI_LOCALES, isUiLocale, type UiLocale } from './i18n/locale.ts';
export { MAX_JSON_DEPTH, MAX_JSON_TEXT_LENGTH, parseJsonText, readJsonInput } from './json-text.ts';
export {
  buildHeatMap,
  countBands,
  filterNetworkRows,
  sortNetworkRows,
  summariseNetwork,
  type BandDistribution,
  type CompareText,
  type HeatLevel,
  type HeatMap,
  type HeatMapCell,
  type HeatMapRow,
  type NetworkFilter,
  type NetworkRow,
  type NetworkSort,
  type NetworkSortKey,
  type NetworkSummary,
  type NetworkSummaryOptions,
  type SortDirection,
} from './network/summarise-network.ts';
export { localize } from './rubric/localize.ts';
export { RUBRIC_MIGRATIONS, parseRubric, type ParseOptions, type RubricParseResult } from './rubric/parse-rubric.ts';
export { renderRubricJsonSchema } from './rubric/rubric-json-schema.ts';
export {
  RUBRIC_FORMAT,
  RUBRIC_FORMAT_VERSION,
  RubricSchema,
  type Anchor,
  type Band,
  type Components,
  type DataSource,
  type DriftPattern,
  type DriftSignal,
  type LocaleCode,
  type LocalizedText,
  type Measure,
  type MeasureRange,
  type Principle,
  type Rubric,
  type RubricItem,
  type Section,
} from './rubric/rubric-schema.ts';
export { listRubricTexts, type RubricText } from './rubric/rubric-texts.ts';
export { computeTotalRange } from './rubric/total-range.ts';
export { MAX_SCALE_LEVELS, validateRubric } from './rubric/validate-rubric.ts';
export { findBand, scoreAssessment, type Gap, type PrincipleScore, type ScoreSummary, type SectionScore } from './scoring/score-assessment.ts';
export { suggestScoreFromComponents, suggestScoreFromMeasure, suggestScoreFromSpecialists, type SpecialistSuggestion } from './scoring/suggest-score.ts';
export { describeIssues, formatJsonPath, type ValidationIssue } from './validation-issue.ts';
export {
  acceptSharedValues,
  createConsensus,
  reviewConsensus,
  withAgreedValue,
  withoutAgreedValue,
  type ConsensusItem,
  type ConsensusReview,
  type CreateConsensusResult,
  type ItemAgreement,
  type ItemValue,
  type ReviewerFile,
} from './consensus/build-consensus.ts';
export { aggregateWorkshop, type ItemSpread, type ParticipantDistance, type ScoreCount, type WorkshopSummary } from './workshop/aggregate-workshop.ts';
export { parseVignette, type VignetteParseOptions, type VignetteParseResult } from './workshop/parse-vignette.ts';
export { VIGNETTE_FORMAT, VIGNETTE_FORMAT_VERSION, VignetteSchema, type ReferenceRating, type Vignette } from './workshop/vignette-schema.ts';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, createBackup, looksLikeBackup, parseBackup, type BackupParseResult } from './assessment/backup.ts';
