// What a server says passes one function before an event or the console tells it: the token cut
// out in every form a proxy may echo it in, then a length cap (src/core/answers.ts).
import {expect} from '@open-wc/testing';
import {maxServerTextLength, serverTextReader} from '../../src/core/answers.js';
import {splitAcrossLines} from '../support/echoes.js';

// A Latin-1 token whose encodings differ from it and from each other: its URL-encoding escapes
// `?`, `/`, `+`, `=` and `Ü`; its base64 has a `+` and padding.
const token = 'tok?>>?en/+=Ü';
const serverText = serverTextReader(token);
const base64 = btoa(token);

describe('serverTextReader', () => {
	const echoes: [string, string][] = [
		['as sent', token],
		['URL-encoded', encodeURIComponent(token)],
		['URL-encoded with lower-case escapes', encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())],
		['in base64', base64],
		['in base64 without padding', base64.replace(/=+$/, '')],
		['split across lines', splitAcrossLines(token, 7)],
		['in base64, wrapped', splitAcrossLines(base64)],
	];
	for (const [form, echo] of echoes) {
		it(`cuts out the token ${form}`, () => {
			const said = serverText(`Token ${echo} refused`);
			expect(said).to.equal('Token [ConnectionToken] refused');
		});
	}

	it('leaves what does not echo it as it is', () => {
		expect(serverText('Access denied')).to.equal('Access denied');
	});

	it(`cuts a long text to ${maxServerTextLength} characters, after the token is out`, () => {
		const said = serverText(`${'x'.repeat(995)}${token}${'y'.repeat(2_000_000)}`);
		expect(said).to.have.length(maxServerTextLength);
		expect(said).to.equal(`${'x'.repeat(995)}[Conn`);
	});
});
