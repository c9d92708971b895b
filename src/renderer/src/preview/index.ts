export { PreviewPane, type PreviewPaneHandle, type PreviewPaneProps } from './PreviewPane';
export {
  PreviewController,
  type PreviewControllerOptions,
  type PreviewInput,
} from './preview-controller';
export { defaultAssetUrlOf, type AssetUrlOf } from './asset-urls';
export { IncrementalRenderer, type PreviewSettings } from '../../../shared/preview';
export { codeStyleOf, type CodeStyle } from './code-highlight';
export { pageHeaderOf, type PageHeader } from './page-header';
