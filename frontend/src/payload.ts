/** What TextAnnotator (Java) sends: the records TextPayload, TextPayload.TagData and TextPayload.AnnotationData. */
export interface TagData { key: string; name: string; colour: string; line: string; hotkey: string | null; }
export interface AnnotationData { id: number; start: number; end: number; tag: string; author?: string; }
export interface TextPayload { text: string; sentences: number[]; tags: TagData[]; annotations: AnnotationData[]; }
