import type { UiLocale } from '../domain/i18n/locale.ts';

const en = {
  /** Typographic colon: French puts a (non-breaking) space before it. */
  colon: ':',
  usage: `Usage: ips-fidelity <command> [options]

Commands:
  validate <file.json>…                 check rubric (or assessment) files; exit 1 if any is invalid
  score <assessment.json> [--scale <rubric.json>] [--lang fr|en|nl] [--json]
  agreement <a.json> <b.json> [more…] [--scale <rubric.json>] [--json]
  report <assessment.json> -o <report.pdf> [--lang fr|en|nl] [--previous <older.json>] [--date YYYY-MM-DD]
  consensus <a.json> <b.json> [more…] -o <consensus.json> [--date YYYY-MM-DD] [--json]
                                        agree the items where reviewers gave the same score, list the others

Bundled scales (ips-25, ips-15, ips-principles) are found by id; --scale loads another rubric.
The language comes from --lang, else from LANG, else English.`,
  unknownCommand: 'Unknown command "{command}".',
  reportUsage: 'Usage: ips-fidelity report <assessment.json> -o <report.pdf> [--lang fr|en|nl] [--previous <older.json>]',
  badDate: 'The date "{date}" is not of the form YYYY-MM-DD.',
  cannotWrite: 'Cannot write {file}: {detail}',
  reportWritten: 'Report written to {file}.',
  badOption: 'Could not read the options: {detail}',
  badLang: 'Unknown language "{lang}": use fr, en or nl.',
  needFiles: 'The {command} command needs {count} file(s).',
  fileMissing: 'Cannot open {file}: no such file.',
  fileIsDirectory: 'Cannot open {file}: it is a folder, not a file.',
  fileNotRegular: 'Cannot open {file}: it is not an ordinary file.',
  moreProblems: '… and {count} more problems.',
  fileTooLarge: 'Cannot open {file}: it is {size} MB, larger than the {limit} MB a rubric or assessment can be.',
  fileUnreadable: 'Cannot read {file}: {detail}',
  invalidIn: '{file} is not valid:',
  validRubric: '{file}: valid rubric "{id}" version {version}, {items} items.',
  validAssessment: '{file}: valid assessment of "{scale}" for {program}, {rated}/{items} items rated.',
  warning: 'warning',
  scaleMismatch: 'These assessments are of different scales ({scales}); agreement compares raters of the same scale.',
  scoreHeading: '{scale} (version {version})',
  programLine: '{program}{site} · {kind} · {date}',
  total: 'Total: {total} of {max} ({percent}) · {band}',
  noBand: 'no band until every item is rated',
  mostlyNotApplicable: 'no band: more than half the items are not applicable',
  prorated: 'scaled up for {count} item(s) marked not applicable',
  progress: 'Rated: {rated} of {items} items',
  unratedList: 'Not rated: {items}',
  sections: 'Sections:',
  principles: 'Principles (mean of primary items, % of maximum):',
  gaps: 'Gaps to the target, most important first:',
  noGaps: 'No rated item is below the target.',
  nextLevel: 'Next level',
  drift: 'Drift patterns:',
  detected: 'DETECTED',
  notDetected: 'not detected',
  strength: 'strength',
  signalsLine: 'signals: {signals}',
  agreementHeading: 'Agreement between {raters} raters on {items} items',
  exact: 'Exact agreement',
  withinOne: 'Within one point',
  mad: 'Mean absolute difference',
  alpha: "Krippendorff's alpha (nominal / ordinal / interval)",
  undefinedValue: 'undefined',
  discrepancies: 'Items where raters differ, widest spread first:',
  noDiscrepancies: 'The raters gave the same score on every item.',
  noComparable: 'No item was scored by two raters or more: there is nothing to compare yet.',
  notApplicableConflicts: 'Items one rater marked not applicable while another scored them:',
  consensusUsage: 'Usage: ips-fidelity consensus <a.json> <b.json> [more…] -o <consensus.json> [--date YYYY-MM-DD]',
  outputIsInput: 'The output {file} is one of the reviewers\' files; reviewers\' files are never overwritten. Choose another name.',
  consensusWritten: 'Consensus written to {file}: {settled} of {items} items agreed, {toSettle} to settle.',
  toSettle: 'Items to settle (open the file in the app, or edit it; give a reason where the agreed score differs from a reviewer\'s):',
  nothingToSettle: 'The reviewers agree on every item.',
  reviewerFallback: 'Reviewer {number}',
  notApplicable: 'n/a',
  unrated: 'not rated',
  itemAgreements: { same: 'same score', 'differ-by-one': '1 point apart', 'differ-by-two-or-more': '{spread} points apart', 'na-conflict': 'not applicable for some', incomplete: 'not rated by every reviewer' },
  kinds: { self: 'self-audit', external: 'external review', consensus: 'consensus review', workshop: 'workshop' },
};

type CliCatalog = typeof en;

const fr: CliCatalog = {
  colon: '\u00A0:',
  usage: `Utilisation : ips-fidelity <commande> [options]

Commandes :
  validate <fichier.json>…              vérifie des grilles (ou évaluations) ; code 1 si l’une est invalide
  score <evaluation.json> [--scale <grille.json>] [--lang fr|en|nl] [--json]
  agreement <a.json> <b.json> [autres…] [--scale <grille.json>] [--json]
  report <evaluation.json> -o <rapport.pdf> [--lang fr|en|nl] [--previous <ancienne.json>] [--date AAAA-MM-JJ]
  consensus <a.json> <b.json> [autres…] -o <consensus.json> [--date AAAA-MM-JJ] [--json]
                                        retient les items cotés à l’identique, liste ceux à trancher

Les grilles fournies (ips-25, ips-15, ips-principles) sont trouvées par identifiant ; --scale en charge une autre.
La langue vient de --lang, sinon de LANG, sinon l’anglais.`,
  unknownCommand: 'Commande inconnue « {command} ».',
  reportUsage: 'Utilisation : ips-fidelity report <evaluation.json> -o <rapport.pdf> [--lang fr|en|nl] [--previous <ancienne.json>]',
  badDate: 'La date « {date} » n’est pas de la forme AAAA-MM-JJ.',
  cannotWrite: 'Impossible d’écrire {file} : {detail}',
  reportWritten: 'Rapport écrit dans {file}.',
  badOption: 'Options illisibles : {detail}',
  badLang: 'Langue inconnue « {lang} » : utilisez fr, en ou nl.',
  needFiles: 'La commande {command} a besoin de {count} fichier(s).',
  fileMissing: 'Impossible d’ouvrir {file} : ce fichier n’existe pas.',
  fileIsDirectory: 'Impossible d’ouvrir {file} : c’est un dossier, pas un fichier.',
  fileNotRegular: 'Impossible d’ouvrir {file} : ce n’est pas un fichier ordinaire.',
  moreProblems: '… et {count} autres problèmes.',
  fileTooLarge: 'Impossible d’ouvrir {file} : il fait {size} Mo, plus que les {limit} Mo permis pour une grille ou une évaluation.',
  fileUnreadable: 'Impossible de lire {file} : {detail}',
  invalidIn: '{file} n’est pas valide :',
  validRubric: '{file} : grille valide « {id} » version {version}, {items} items.',
  validAssessment: '{file} : évaluation valide de « {scale} » pour {program}, {rated}/{items} items cotés.',
  warning: 'avertissement',
  scaleMismatch: 'Ces évaluations portent sur des grilles différentes ({scales}) ; l’accord compare des évaluateurs d’une même grille.',
  scoreHeading: '{scale} (version {version})',
  programLine: '{program}{site} · {kind} · {date}',
  total: 'Total : {total} sur {max} ({percent}) · {band}',
  noBand: 'pas de niveau tant que tous les items ne sont pas cotés',
  mostlyNotApplicable: 'pas de niveau : plus de la moitié des items sont sans objet',
  prorated: 'extrapolé pour {count} item(s) sans objet',
  progress: 'Cotés : {rated} items sur {items}',
  unratedList: 'Non cotés : {items}',
  sections: 'Sections :',
  principles: 'Principes (moyenne des items principaux, % du maximum) :',
  gaps: 'Écarts à la cible, les plus importants d’abord :',
  noGaps: 'Aucun item coté n’est sous la cible.',
  nextLevel: 'Niveau suivant',
  drift: 'Dérives :',
  detected: 'DÉTECTÉE',
  notDetected: 'non détectée',
  strength: 'force',
  signalsLine: 'signaux : {signals}',
  agreementHeading: 'Accord entre {raters} évaluateurs sur {items} items',
  exact: 'Accord exact',
  withinOne: 'À un point près',
  mad: 'Écart absolu moyen',
  alpha: 'Alpha de Krippendorff (nominal / ordinal / intervalle)',
  undefinedValue: 'non défini',
  discrepancies: 'Items où les évaluateurs divergent, du plus grand écart au plus petit :',
  noDiscrepancies: 'Les évaluateurs ont donné le même score à chaque item.',
  noComparable: 'Aucun item n’a été coté par au moins deux évaluateurs : il n’y a encore rien à comparer.',
  notApplicableConflicts: 'Items qu’un évaluateur a jugés sans objet alors qu’un autre les a cotés :',
  consensusUsage: 'Utilisation : ips-fidelity consensus <a.json> <b.json> [autres…] -o <consensus.json> [--date AAAA-MM-JJ]',
  outputIsInput: 'La sortie {file} est l’un des fichiers des évaluateurs ; ceux-ci ne sont jamais écrasés. Choisissez un autre nom.',
  consensusWritten: 'Consensus écrit dans {file} : {settled} items sur {items} retenus, {toSettle} à trancher.',
  toSettle: 'Items à trancher (ouvrez le fichier dans l’application, ou modifiez-le ; justifiez tout score retenu qui diffère de celui d’un évaluateur) :',
  nothingToSettle: 'Les évaluateurs sont d’accord sur chaque item.',
  reviewerFallback: 'Évaluateur {number}',
  notApplicable: 's. o.',
  unrated: 'non coté',
  itemAgreements: { same: 'même score', 'differ-by-one': '1 point d’écart', 'differ-by-two-or-more': '{spread} points d’écart', 'na-conflict': 'sans objet pour certains', incomplete: 'non coté par certains évaluateurs' },
  kinds: { self: 'autoévaluation', external: 'évaluation externe', consensus: 'évaluation de consensus', workshop: 'atelier' },
};

const nl: CliCatalog = {
  colon: ':',
  usage: `Gebruik: ips-fidelity <opdracht> [opties]

Opdrachten:
  validate <bestand.json>…              controleer schaal- (of meet)bestanden; code 1 als er één ongeldig is
  score <meting.json> [--scale <schaal.json>] [--lang fr|en|nl] [--json]
  agreement <a.json> <b.json> [meer…] [--scale <schaal.json>] [--json]
  report <meting.json> -o <rapport.pdf> [--lang fr|en|nl] [--previous <oudere.json>] [--date JJJJ-MM-DD]
  consensus <a.json> <b.json> [meer…] -o <consensus.json> [--date JJJJ-MM-DD] [--json]
                                        neemt gelijk gescoorde items over, somt de rest op

Meegeleverde schalen (ips-25, ips-15, ips-principles) worden op id gevonden; --scale laadt een andere.
De taal komt uit --lang, anders uit LANG, anders Engels.`,
  unknownCommand: 'Onbekende opdracht "{command}".',
  reportUsage: 'Gebruik: ips-fidelity report <meting.json> -o <rapport.pdf> [--lang fr|en|nl] [--previous <oudere.json>]',
  badDate: 'De datum "{date}" heeft niet de vorm JJJJ-MM-DD.',
  cannotWrite: 'Kan {file} niet schrijven: {detail}',
  reportWritten: 'Rapport geschreven naar {file}.',
  badOption: 'Opties onleesbaar: {detail}',
  badLang: 'Onbekende taal "{lang}": gebruik fr, en of nl.',
  needFiles: 'De opdracht {command} heeft {count} bestand(en) nodig.',
  fileMissing: 'Kan {file} niet openen: dit bestand bestaat niet.',
  fileIsDirectory: 'Kan {file} niet openen: het is een map, geen bestand.',
  fileNotRegular: 'Kan {file} niet openen: het is geen gewoon bestand.',
  moreProblems: '… en nog {count} problemen.',
  fileTooLarge: 'Kan {file} niet openen: het is {size} MB, groter dan de {limit} MB die een schaal of meting mag zijn.',
  fileUnreadable: 'Kan {file} niet lezen: {detail}',
  invalidIn: '{file} is niet geldig:',
  validRubric: '{file}: geldige schaal "{id}" versie {version}, {items} items.',
  validAssessment: '{file}: geldige meting van "{scale}" voor {program}, {rated}/{items} items beoordeeld.',
  warning: 'waarschuwing',
  scaleMismatch: 'Deze metingen horen bij verschillende schalen ({scales}); overeenstemming vergelijkt beoordelaars van dezelfde schaal.',
  scoreHeading: '{scale} (versie {version})',
  programLine: '{program}{site} · {kind} · {date}',
  total: 'Totaal: {total} van {max} ({percent}) · {band}',
  noBand: 'geen niveau zolang niet alle items beoordeeld zijn',
  mostlyNotApplicable: 'geen niveau: meer dan de helft van de items is niet van toepassing',
  prorated: 'opgeschaald voor {count} item(s) niet van toepassing',
  progress: 'Beoordeeld: {rated} van {items} items',
  unratedList: 'Niet beoordeeld: {items}',
  sections: 'Onderdelen:',
  principles: 'Principes (gemiddelde van de hoofditems, % van het maximum):',
  gaps: 'Tekorten ten opzichte van het doel, belangrijkste eerst:',
  noGaps: 'Geen enkel beoordeeld item ligt onder het doel.',
  nextLevel: 'Volgend niveau',
  drift: 'Driftpatronen:',
  detected: 'GEDETECTEERD',
  notDetected: 'niet gedetecteerd',
  strength: 'sterkte',
  signalsLine: 'signalen: {signals}',
  agreementHeading: 'Overeenstemming tussen {raters} beoordelaars over {items} items',
  exact: 'Exacte overeenstemming',
  withinOne: 'Binnen één punt',
  mad: 'Gemiddeld absoluut verschil',
  alpha: 'Krippendorffs alfa (nominaal / ordinaal / interval)',
  undefinedValue: 'niet gedefinieerd',
  discrepancies: 'Items waarop beoordelaars verschillen, grootste spreiding eerst:',
  noDiscrepancies: 'De beoordelaars gaven op elk item dezelfde score.',
  noComparable: 'Geen enkel item werd door minstens twee beoordelaars gescoord: er valt nog niets te vergelijken.',
  notApplicableConflicts: 'Items die een beoordelaar niet van toepassing vond terwijl een andere ze scoorde:',
  consensusUsage: 'Gebruik: ips-fidelity consensus <a.json> <b.json> [meer…] -o <consensus.json> [--date JJJJ-MM-DD]',
  outputIsInput: 'De uitvoer {file} is een van de bestanden van de beoordelaars; die worden nooit overschreven. Kies een andere naam.',
  consensusWritten: 'Consensus geschreven naar {file}: {settled} van {items} items overeengekomen, {toSettle} nog te beslissen.',
  toSettle: 'Nog te beslissen items (open het bestand in de app of bewerk het; motiveer elke score die afwijkt van die van een beoordelaar):',
  nothingToSettle: 'De beoordelaars zijn het over elk item eens.',
  reviewerFallback: 'Beoordelaar {number}',
  notApplicable: 'n.v.t.',
  unrated: 'niet beoordeeld',
  itemAgreements: { same: 'dezelfde score', 'differ-by-one': '1 punt verschil', 'differ-by-two-or-more': '{spread} punten verschil', 'na-conflict': 'voor sommigen niet van toepassing', incomplete: 'niet door elke beoordelaar gescoord' },
  kinds: { self: 'zelfevaluatie', external: 'externe meting', consensus: 'consensusmeting', workshop: 'workshop' },
};

export type CliMessages = CliCatalog;
const catalogs: Record<UiLocale, CliCatalog> = { en, fr, nl };

/** The command line's texts in one language. */
export function getCliMessages(locale: UiLocale): CliMessages {
  return catalogs[locale];
}
