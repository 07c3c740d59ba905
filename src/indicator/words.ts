// The indicator's words when the page sets none: English. `{name}` is a participant's display
// name; `{names}` is several, listed in the element's language.
export const defaultText = '{name} is typing';
export const defaultTextMany = '{names} are typing';
/** The name of a participant whose events carry none. */
export const defaultUnnamed = 'Someone';
