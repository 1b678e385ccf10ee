/**
 * What TextAnnotator (Java) sends: the records TextPayload, TextPayload.TagData, TextPayload.AnnotationData,
 * TextPayload.SuggestionData, TextPayload.SuggestionSpan and TextPayload.SuggestionChange.
 */
export interface TagData { key: string; name: string; colour: string; line: string; hotkey: string | null; }
export interface AnnotationData { id: number; start: number; end: number; tag: string; author?: string; }
export interface TextPayload { text: string; sentences: number[]; tags: TagData[]; annotations: AnnotationData[]; }
export interface SuggestionData { start: number; end: number; tag: string; cueStart: number; cueEnd: number; source: string | null; reason: string; }
/** A suggestion named by its span and tag (what the server accepts, dismisses and takes back by). */
export interface SuggestionSpan { start: number; end: number; tag: string; }
/** The article's suggestions changed: those gone, and those new or back. */
export interface SuggestionChange { remove: SuggestionSpan[]; add: SuggestionData[]; }
