/** A4 with 2.5 cm margins, the page both renderers lay a document on, in points. */
export const pageWidth = 595.28;
export const pageHeight = 841.89;
export const pageMargin = (2.5 / 2.54) * 72;
export const contentWidth = pageWidth - 2 * pageMargin;

/** 二号 for the title, 小四 for the body, 五号 for notes: the usual sizes of printed forms. */
export const titleSize = 22;
export const bodySize = 12;
export const noteSize = 10.5;

export const tableLabelWidth = 76;
/** Wide enough for one character, so a group label such as 当事人 reads top to bottom. */
export const tableGroupWidth = 24;

export const choiceMarks = { chosen: '■', open: '□' } as const;
