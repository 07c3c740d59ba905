/**
 * A random UUID v4, for ClientTokens. `crypto.randomUUID` exists only on secure pages;
 * `getRandomValues` works everywhere.
 */
export const randomUuid = (): string => {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	// RFC 9562: version 4 in the high half of byte 6, the variant (binary 10) in the top bits of byte 8.
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	// Groups of 8, 4, 4, 4 and 12 hex digits.
	return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
};
