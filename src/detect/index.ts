// Public API of the detection engine (pure; runs in Node and in browsers).
export { createDetector, detectorVersion } from './engine.js';
export { assessDocument, type AssessOptions } from './verdict.js';
export { bundledDictionaries, loadDictionaries, type Dictionaries } from './dictionaries.js';
export { parseOrganisationNumber, parsePersonalNumber, type IdentityNumber } from './identity-number.js';
export { luhnValid, ibanMod97Valid } from './checksums.js';
export {
  CATEGORY_TYPES,
  CONFIDENCE_ORDER,
  DETECTION_TYPES,
  IDENTIFIER_TYPES,
  type CategoryType,
  type Confidence,
  type DetectContext,
  type DetectResult,
  type DetectionType,
  type Detector,
  type DetectorOptions,
  type DocumentVerdict,
  type Finding,
  type Sensitivity,
} from './types.js';
