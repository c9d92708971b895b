export {
  IncrementalRenderer,
  diffParts,
  type MissingParts,
  type PreviewPatch,
  type RenderedParts,
} from './incremental-render';
export {
  renderUnitJob,
  unitMarkdown,
  pageFactsOf,
  type PageFacts,
  type PreviewSettings,
  type UnitJob,
  type UnitRender,
} from './unit-jobs';
