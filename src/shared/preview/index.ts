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
  videoInfoOf,
  type PreviewSettings,
  type UnitJob,
  type UnitRender,
} from './unit-jobs';
