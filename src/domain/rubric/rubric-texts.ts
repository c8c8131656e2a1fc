import type { LocalizedText, Rubric } from './rubric-schema.ts';

/** A localized text of a rubric with the JSON path where it sits. */
export interface RubricText {
  path: Array<string | number>;
  text: LocalizedText;
}

/**
 * Every localized text of a rubric with its path, so checks (default language present, translation complete)
 * run over one list instead of knowing each field.
 */
export function listRubricTexts(rubric: Rubric): RubricText[] {
  const texts: RubricText[] = [];
  const add = (path: Array<string | number>, text: LocalizedText | undefined) => {
    if (text) texts.push({ path, text });
  };
  add(['title'], rubric.title);
  add(['description'], rubric.description);
  add(['source', 'paraphraseNotice'], rubric.source.paraphraseNotice);
  rubric.principles.forEach((principle, index) => {
    add(['principles', index, 'title'], principle.title);
    add(['principles', index, 'description'], principle.description);
  });
  rubric.sections.forEach((section, index) => {
    add(['sections', index, 'title'], section.title);
    add(['sections', index, 'description'], section.description);
    section.bands?.forEach((band, bandIndex) => {
      add(['sections', index, 'bands', bandIndex, 'label'], band.label);
      add(['sections', index, 'bands', bandIndex, 'description'], band.description);
    });
  });
  rubric.items.forEach((item, index) => {
    add(['items', index, 'title'], item.title);
    add(['items', index, 'definition'], item.definition);
    add(['items', index, 'guidance'], item.guidance);
    item.anchors.forEach((anchor, anchorIndex) => add(['items', index, 'anchors', anchorIndex, 'description'], anchor.description));
    if (item.measure) {
      add(['items', index, 'measure', 'label'], item.measure.label);
      add(['items', index, 'measure', 'unit'], item.measure.unit);
    }
    item.components?.list.forEach((component, componentIndex) =>
      add(['items', index, 'components', 'list', componentIndex, 'label'], component.label),
    );
  });
  rubric.scoring.bands.forEach((band, index) => {
    add(['scoring', 'bands', index, 'label'], band.label);
    add(['scoring', 'bands', index, 'description'], band.description);
  });
  rubric.driftPatterns.forEach((pattern, index) => {
    add(['driftPatterns', index, 'title'], pattern.title);
    add(['driftPatterns', index, 'description'], pattern.description);
    add(['driftPatterns', index, 'caveat'], pattern.caveat);
    pattern.recommendations.forEach((recommendation, recommendationIndex) =>
      add(['driftPatterns', index, 'recommendations', recommendationIndex], recommendation),
    );
  });
  return texts;
}
