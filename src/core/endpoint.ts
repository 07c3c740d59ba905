import {validationError as invalid} from '../errors/participant-service-error.js';

export interface EndpointParameters {
	/** An AWS region name such as `us-east-1`. */
	region: string;
	useFips?: boolean;
	useDualstack?: boolean;
}

// The partitions of the official endpoint rules: [name, region pattern, DNS suffix, dual-stack suffix].
// A region that matches none belongs to `aws`, as in the rules.
const partitions: ReadonlyArray<readonly [string, RegExp, string, string]> = [
	['aws-cn', /^cn-\w+-\d+$/, 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
	['aws-eusc', /^eusc-de-\w+-\d+$/, 'amazonaws.eu', 'api.amazonwebservices.eu'],
	['aws-iso', /^us-iso-\w+-\d+$/, 'c2s.ic.gov', 'api.aws.ic.gov'],
	['aws-iso-b', /^us-isob-\w+-\d+$/, 'sc2s.sgov.gov', 'api.aws.scloud'],
	['aws-iso-e', /^eu-isoe-\w+-\d+$/, 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
	['aws-iso-f', /^us-isof-\w+-\d+$/, 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
	['aws-us-gov', /^us-gov-\w+-\d+$/, 'amazonaws.com', 'api.aws'],
];

// One DNS label: the only thing that may be pasted into a host name.
const regionPattern = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/;

/**
 * The Participant Service URL for a region, by the official `connectparticipant` endpoint
 * rules (FIPS, dual-stack, and every partition). Throws a `ValidationException` for a region
 * that is not a region name; any case (`US-EAST-1` is `us-east-1`), as the AWS SDKs take it.
 */
export const resolveEndpoint = ({region, useFips = false, useDualstack = false}: EndpointParameters): string => {
	// Region names are case-insensitive, as the AWS SDKs take them; host names are lower case.
	region = region.toLowerCase();
	if (!regionPattern.test(region)) throw invalid('Invalid region');
	const [name, , dnsSuffix, dualstackSuffix] = partitions.find(([name, pattern]) => pattern.test(region) || region === `${name}-global`) ?? ['aws', regionPattern, 'amazonaws.com', 'api.aws'];
	// In GovCloud the plain host name is already the FIPS endpoint.
	const service = useFips && !(name === 'aws-us-gov' && !useDualstack) ? 'connect-fips' : 'connect';
	return `https://participant.${service}.${region}.${useDualstack ? dualstackSuffix : dnsSuffix}`;
};

/**
 * Checks an endpoint given by the page (a proxy, or the emulator): https, or http only on
 * loopback, so that the connection token never crosses a network in clear text.
 * Returns it without a trailing slash.
 */
export const checkEndpoint = (endpoint: string): string => {
	let url: URL;
	try {
		url = new URL(endpoint);
	} catch {
		throw invalid('Invalid endpoint');
	}
	const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
		throw invalid('Invalid endpoint: https only (http on loopback)');
	}
	if (url.username || url.password || url.search || url.hash) throw invalid('Invalid endpoint');
	return url.href.replace(/\/+$/, '');
};
