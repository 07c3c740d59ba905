import {validationError as invalid} from '../errors/participant-service-error.js';

export interface EndpointParameters {
	/** An AWS region name such as `us-east-1`. */
	region: string;
	useFips?: boolean;
	useDualstack?: boolean;
}

interface Partition {
	name: string;
	/** The partition's region names, as the official rules give the pattern. */
	regions: RegExp;
	dnsSuffix: string;
	dualstackSuffix: string;
}

// The partitions of the official endpoint rules (`partitions.json` of the AWS SDK's endpoint
// resolver), each with its own region pattern; `<partition>-global` names a partition too.
const partitions: Partition[] = [
	{name: 'aws', regions: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, dnsSuffix: 'amazonaws.com', dualstackSuffix: 'api.aws'},
	{name: 'aws-cn', regions: /^cn-\w+-\d+$/, dnsSuffix: 'amazonaws.com.cn', dualstackSuffix: 'api.amazonwebservices.com.cn'},
	{name: 'aws-eusc', regions: /^eusc-de-\w+-\d+$/, dnsSuffix: 'amazonaws.eu', dualstackSuffix: 'api.amazonwebservices.eu'},
	{name: 'aws-iso', regions: /^us-iso-\w+-\d+$/, dnsSuffix: 'c2s.ic.gov', dualstackSuffix: 'api.aws.ic.gov'},
	{name: 'aws-iso-b', regions: /^us-isob-\w+-\d+$/, dnsSuffix: 'sc2s.sgov.gov', dualstackSuffix: 'api.aws.scloud'},
	{name: 'aws-iso-e', regions: /^eu-isoe-\w+-\d+$/, dnsSuffix: 'cloud.adc-e.uk', dualstackSuffix: 'api.cloud-aws.adc-e.uk'},
	{name: 'aws-iso-f', regions: /^us-isof-\w+-\d+$/, dnsSuffix: 'csp.hci.ic.gov', dualstackSuffix: 'api.aws.hci.ic.gov'},
	{name: 'aws-us-gov', regions: /^us-gov-\w+-\d+$/, dnsSuffix: 'amazonaws.com', dualstackSuffix: 'api.aws'},
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
	const partition = partitions.find(({name, regions}) => regions.test(region) || region === `${name}-global`);
	if (!partition) throw invalid(`region "${region.slice(0, 50)}" is not an AWS region name: set the region of your Amazon Connect instance, such as us-east-1`);
	// In GovCloud the plain host name is already the FIPS endpoint.
	const service = useFips && !(partition.name === 'aws-us-gov' && !useDualstack) ? 'connect-fips' : 'connect';
	return `https://participant.${service}.${region}.${useDualstack ? partition.dualstackSuffix : partition.dnsSuffix}`;
};

// Loopback: where http is allowed, because nothing crosses a network.
const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Checks an endpoint given by the page (a proxy, or the emulator): https, or http only on
 * loopback, so that the connection token never crosses a network in clear text; no user, query
 * or fragment, which would make odd URLs. Returns it without a trailing slash.
 */
export const checkEndpoint = (endpoint: string): string => {
	const example = 'a URL such as https://participant.connect.us-east-1.amazonaws.com';
	if (typeof endpoint !== 'string') throw invalid(`Invalid endpoint: ${example}`);
	let url: URL;
	try {
		url = new URL(endpoint);
	} catch {
		throw invalid(`Invalid endpoint: ${example}`);
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.test(url.hostname))) {
		throw invalid('Invalid endpoint: https only (http on loopback)');
	}
	// A bare `?` or `#` leaves `search` and `hash` empty: look at the text.
	if (url.username || url.password || endpoint.includes('?') || endpoint.includes('#')) throw invalid('Invalid endpoint: no user, query or fragment');
	return url.href.replace(/\/+$/, '');
};

/** Where the client sends: `endpoint` when the page gives one, else the region's official endpoint. */
export interface ServiceLocation {
	region?: string | null;
	useFips?: boolean;
	useDualstack?: boolean;
	endpoint?: string | null;
}

/** The service URL for a page's `endpoint` or `region`; throws a `ValidationException` that names the fix. */
export const serviceUrl = ({region, useFips, useDualstack, endpoint}: ServiceLocation): string => {
	if (endpoint) return checkEndpoint(endpoint);
	if (region === undefined || region === null || region === '') throw invalid('No region and no endpoint: set region (such as us-east-1) or endpoint');
	return resolveEndpoint({region, useFips, useDualstack});
};
