import {expect} from '@open-wc/testing';
// The official rules, as the AWS SDK ships and evaluates them: the oracle.
import {defaultEndpointResolver} from '@aws-sdk/client-connectparticipant/dist-es/endpoint/endpointResolver.js';
import {partition} from '@aws-sdk/util-endpoints';
import {checkEndpoint, resolveEndpoint} from '../../src/core/endpoint.js';
import {ParticipantServiceError} from '../../src/errors/participant-service-error.js';

const regions = [
	'us-east-1',
	'us-west-2',
	'eu-west-2',
	'eu-central-1',
	'ap-southeast-1',
	'ap-southeast-2',
	'ap-northeast-1',
	'ap-northeast-2',
	'ca-central-1',
	'af-south-1',
	'sa-east-1',
	'il-central-1',
	'mx-central-1',
	'me-central-1',
	'cn-north-1',
	'cn-northwest-1',
	'us-gov-west-1',
	'us-gov-east-1',
	'us-iso-east-1',
	'us-isob-east-1',
	'eu-isoe-west-1',
	'us-isof-south-1',
	'eusc-de-east-1',
	'aws-global',
	'aws-cn-global',
	'aws-us-gov-global',
	'aws-iso-global',
	'aws-iso-b-global',
];

const oracle = (Region: string, UseFIPS: boolean, UseDualStack: boolean) => defaultEndpointResolver({Region, UseFIPS, UseDualStack}).url.href.replace(/\/$/, '');

describe('resolveEndpoint', () => {
	for (const region of regions) {
		for (const [useFips, useDualstack] of [
			[false, false],
			[true, false],
			[false, true],
			[true, true],
		] as const) {
			it(`matches the official rules for ${region}${useFips ? ' FIPS' : ''}${useDualstack ? ' dual-stack' : ''}`, () => {
				expect(resolveEndpoint({region, useFips, useDualstack})).to.equal(oracle(region, useFips, useDualstack));
			});
		}
	}

	for (const region of regions) {
		it(`puts ${region} in the partition the official rules put it in`, () => {
			const {name} = partition(region);
			const suffix = resolveEndpoint({region}).split(`.${region}.`)[1];
			expect(suffix).to.equal(partition(region).dnsSuffix, name);
		});
	}

	it('gives the documented commercial endpoint', () => {
		expect(resolveEndpoint({region: 'us-east-1'})).to.equal('https://participant.connect.us-east-1.amazonaws.com');
	});

	it('takes a region name in any case, as the AWS SDKs do', () => {
		expect(resolveEndpoint({region: 'US-East-1', useFips: true})).to.equal('https://participant.connect-fips.us-east-1.amazonaws.com');
	});

	// What no partition's region pattern takes: typos (which the SDK would paste into a host name
	// that does not exist), and anything that would change the host.
	for (const region of [
		'us-east1',
		'useast1',
		'foo',
		'xx-future-1',
		'local',
		'us-east-1.evil.com/',
		'../',
		'',
		'us east 1',
		'us-east-1/',
		'-us-east-1',
		'a'.repeat(64),
		'evil.com#',
		1 as unknown as string,
	]) {
		it(`refuses ${JSON.stringify(region)} with a ValidationException that names the fix`, () => {
			let error: unknown;
			try {
				resolveEndpoint({region});
			} catch (caught) {
				error = caught;
			}
			expect(error).to.be.instanceOf(ParticipantServiceError);
			expect((error as ParticipantServiceError).name).to.equal('ValidationException');
			expect((error as ParticipantServiceError).message)
				.to.match(/region/)
				.and.to.match(/us-east-1/);
		});
	}
});

describe('checkEndpoint', () => {
	it('accepts https anywhere and http on loopback', () => {
		expect(checkEndpoint('https://proxy.example.com/connect/')).to.equal('https://proxy.example.com/connect');
		expect(checkEndpoint('http://localhost:8041')).to.equal('http://localhost:8041');
		expect(checkEndpoint('http://127.0.0.1:8041/')).to.equal('http://127.0.0.1:8041');
		expect(checkEndpoint('http://[::1]:8041')).to.equal('http://[::1]:8041');
	});

	for (const endpoint of [
		'http://participant.example.com',
		'ftp://localhost',
		'https://user:pw@example.com',
		'https://example.com/?x=1',
		'https://example.com/?',
		'https://example.com#',
		'http://localhost.evil.com',
	]) {
		it(`refuses ${endpoint}`, () => {
			expect(() => checkEndpoint(endpoint)).to.throw(ParticipantServiceError, /Invalid endpoint/);
		});
	}

	for (const endpoint of ['127.0.0.1:8041', 'localhost:8041', 'participant.example.com', 'not a url', 5 as unknown as string]) {
		it(`refuses ${endpoint}, which has no scheme, quoting it and naming the fix`, () => {
			expect(() => checkEndpoint(endpoint)).to.throw(ParticipantServiceError, `endpoint "${endpoint}" has no scheme: add https:// (http:// on loopback)`);
		});
	}
});
