// A document under construction with ground-truth spans.
import type { DetectionType, Sensitivity } from '../types.js';

export interface GoldSpan {
  type: DetectionType;
  start: number;
  end: number;
}

export interface LabelledDocument {
  id: string;
  kind: string;
  text: string;
  spans: GoldSpan[];
  sensitivity: Sensitivity;
}

export class DocBuilder {
  private text = '';
  readonly spans: GoldSpan[] = [];

  /** Plain text; `{TYPE:value}` inside marks a labelled span, e.g. "insats {SOCIAL_SERVICES:enligt LSS}". */
  add(s: string): this {
    const re = /\{([A-Z_]+):([^}]*)\}/g;
    let last = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      this.text += s.slice(last, m.index);
      this.tag(m[1] as DetectionType, m[2]!);
      last = m.index + m[0].length;
    }
    this.text += s.slice(last);
    return this;
  }

  tag(type: DetectionType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.spans.push({ type, start, end: this.text.length });
    return this;
  }

  build(id: string, kind: string, sensitivity: Sensitivity): LabelledDocument {
    return { id, kind, text: this.text, spans: this.spans, sensitivity };
  }
}
