/** What TextAnnotator (Java) sends: the records TextPayload, TextPayload.TagData, TextPayload.AnnotationData and TextPayload.SuggestionData. */
export interface TagData { key: string; name: string; colour: string; line: string; hotkey: string | null; }
export interface AnnotationData { id: number; start: number; end: number; tag: string; author?: string; }
export interface TextPayload { text: string; sentences: number[]; tags: TagData[]; annotations: AnnotationData[]; }
export interface SuggestionData { start: number; end: number; tag: string; cueStart: number; cueEnd: number; source: string | null; reason: string; }
