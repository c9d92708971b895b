export { parseHugoDate, type HugoDateResult } from './hugo-date';
export { parseIsoDateTime, type IsoDateTimeResult } from './iso-date-time';
export { parseIsoDuration, type IsoDurationResult } from './iso-duration';
