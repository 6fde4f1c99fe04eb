import { assessDocument, createDetector } from '../detect/index.js';
import type { Detector, DetectorOptions, DocumentVerdict, Finding } from '../detect/types.js';

/** The part of the detection engine (src/detect) that the scanner uses; an interface so tests can stub it. */
export interface DetectionEngine {
  createDetector(options: DetectorOptions): Detector;
  assessDocument(findings: Finding[]): Pick<DocumentVerdict, 'sensitivity' | 'suggestedK' | 'osl'>;
}

const engine: DetectionEngine = { createDetector: (o) => createDetector(o), assessDocument: (f) => assessDocument(f) };

export function loadEngine(): Promise<DetectionEngine> {
  return Promise.resolve(engine);
}
