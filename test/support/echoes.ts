// How a proxy may echo the token back: the forms the network boundary cuts out.

/** `text` with a line break and a space every `width` characters, as a folded header or a wrapped body has it. */
export const splitAcrossLines = (text: string, width = 10) => text.replace(new RegExp(`(.{${width}})(?!$)`, 'g'), '$1\r\n ');
