// The SDK's endpoint resolver, imported from its ES build by the endpoint oracle test: its types.
declare module '@aws-sdk/client-connectparticipant/dist-es/endpoint/endpointResolver.js' {
	export * from '@aws-sdk/client-connectparticipant/dist-types/endpoint/endpointResolver';
}
