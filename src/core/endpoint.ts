import {validationError as invalid} from '../errors/participant-service-error.js';

export interface EndpointParameters {
	/** An AWS region name such as `us-east-1`. */
	region: string;
	useFips?: boolean;
	useDualstack?: boolean;
}

/** A partition: its name, the pattern of its region names, and its host names' suffixes. */
type Partition = [name: string, regions: RegExp, dnsSuffix: string, dualstackSuffix: string];

// The partitions of the official endpoint rules (`partitions.json` of the AWS SDK's endpoint
// resolver), each with its own region pattern; `<partition>-global` names a partition too.
const partitions: Partition[] = [
	['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, 'amazonaws.com', 'api.aws'],
	['aws-cn', /^cn-\w+-\d+$/, 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
	['aws-eusc', /^eusc-de-\w+-\d+$/, 'amazonaws.eu', 'api.amazonwebservices.eu'],
	['aws-iso', /^us-iso-\w+-\d+$/, 'c2s.ic.gov', 'api.aws.ic.gov'],
	['aws-iso-b', /^us-isob-\w+-\d+$/, 'sc2s.sgov.gov', 'api.aws.scloud'],
	['aws-iso-e', /^eu-isoe-\w+-\d+$/, 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
	['aws-iso-f', /^us-isof-\w+-\d+$/, 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
	['aws-us-gov', /^us-gov-\w+-\d+$/, 'amazonaws.com', 'api.aws'],
];

/**
 * The Participant Service URL for a region, by the official `connectparticipant` endpoint
 * rules (FIPS, dual-stack, and every partition). Region names are case-insensitive, as the AWS
 * SDKs take them. Throws a `ValidationException` for anything that is not a region name of a
 * partition: a typo such as `us-east1` would otherwise call a host that does not exist.
 */
export const resolveEndpoint = ({region, useFips = false, useDualstack = false}: EndpointParameters): string => {
	if (typeof region !== 'string') throw invalid('region must be a string such as us-east-1');
	region = region.toLowerCase();
	const partition = partitions.find(([name, regions]) => regions.test(region) || region === `${name}-global`);
	if (!partition) throw invalid(`region "${region.slice(0, 50)}" is not an AWS region name: set your Connect instance's region, such as us-east-1`);
	const [name, , dnsSuffix, dualstackSuffix] = partition;
	// In GovCloud the plain host name is already the FIPS endpoint.
	const service = useFips && !(name === 'aws-us-gov' && !useDualstack) ? 'connect-fips' : 'connect';
	return `https://participant.${service}.${region}.${useDualstack ? dualstackSuffix : dnsSuffix}`;
};

// Loopback: where http is allowed, because nothing crosses a network.
const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Checks an endpoint given by the page (a proxy, or the emulator): https, or http only on
 * loopback, so that the connection token never crosses a network in clear text; no user, query
 * or fragment, which would make odd URLs. Returns it without a trailing slash.
 */
export const checkEndpoint = (endpoint: string): string => {
	const wrong = invalid('Invalid endpoint: https, or http on loopback');
	// A URL object is taken as its text.
	const text = String(endpoint);
	// `localhost:8041` would parse as a URL of the scheme `localhost:`.
	if (!/^\w+:\/\//.test(text)) throw invalid(`endpoint "${text.slice(0, 50)}" has no scheme: add https:// (http:// on loopback)`);
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw wrong;
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.test(url.hostname))) throw wrong;
	// A bare `?` or `#` leaves `search` and `hash` empty: look at the text.
	if (url.username || url.password || text.includes('?') || text.includes('#')) throw invalid('Invalid endpoint: no user, query or fragment');
	return url.href.replace(/\/+$/, '');
};

/** Where the client sends: `endpoint` when the page gives one, else the region's official endpoint. */
export interface ServiceLocation {
	/** An AWS region such as `us-east-1`; ignored when `endpoint` is given. */
	region?: string | null;
	useFips?: boolean;
	useDualstack?: boolean;
	/** A URL that replaces the regional one (a proxy, the emulator): https, or http on loopback. */
	endpoint?: string | null;
}

/** The service URL for a page's `endpoint` or `region`; throws a `ValidationException` that names the fix. */
export const serviceUrl = ({region, useFips, useDualstack, endpoint}: ServiceLocation): string => {
	if (endpoint) return checkEndpoint(endpoint);
	if (region === undefined || region === null || region === '') throw invalid('No region and no endpoint: set region (such as us-east-1) or endpoint');
	return resolveEndpoint({region, useFips, useDualstack});
};
