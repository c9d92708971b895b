export { scanShortcodes } from './scan';
export { hugoBuiltinShortcodes } from './hugo-builtins';
export type {
  ShortcodeArgument,
  ShortcodeCall,
  ShortcodeProblem,
  ShortcodeScan,
  ShortcodeScanOptions,
  ShortcodeTag,
} from './types';
