// How an error is named from a response, as the AWS SDK's loadRestJsonErrorCode names it.
import {expect} from '@open-wc/testing';
import {readErrorName} from '../../src/errors/to-participant-error.js';

describe('readErrorName', () => {
	const cases: [string, string | null, Record<string, unknown>, string | undefined][] = [
		['the header, cut at the colon', 'ThrottlingException:http://internal.amazon.com/coral/', {}, 'ThrottlingException'],
		['the header before the body', 'ConflictException', {code: 'ValidationException'}, 'ConflictException'],
		['a list in the header: the first', 'ThrottlingException,ServiceUnavailable', {}, 'ThrottlingException'],
		['past the first #, up to the next', 'aws.protocoltests#AccessDeniedException#x', {}, 'AccessDeniedException'],
		["the body's code, in any case", null, {CODE: 'ValidationException'}, 'ValidationException'],
		['a numeric code', null, {code: 429}, '429'],
		['__type when there is no code', null, {__type: 'com.amazonaws.connect#InternalServerException'}, 'InternalServerException'],
		['nothing: the status will name it', null, {message: 'Access denied'}, undefined],
		['an empty header: the status will name it', '', {code: 'ValidationException'}, undefined],
		['a code that is not text', null, {code: {nested: true}}, undefined],
	];
	for (const [what, header, body, name] of cases) {
		it(what, () => {
			expect(readErrorName(header, body)).to.equal(name);
		});
	}
});
