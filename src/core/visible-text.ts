// Editors keep a zero-width character in an empty line (Slate's U+FEFF, others' U+200B), and a
// page that sends on Enter may leave a new line behind: neither is text the customer sees.
const visible = /[^\s\u200b-\u200d\u2060\ufeff]/;

/** Whether `text` holds anything visible: whitespace and zero-width characters alone are empty. */
export const hasVisibleText = (text: string): boolean => visible.test(text);
