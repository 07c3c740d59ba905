// The side-effect-free entry: the client and the endpoint rules, without the element.
export {ContentTypes, type ParticipantEventContentType} from './core/content-types.js';
export {checkEndpoint, resolveEndpoint, type EndpointParameters} from './core/endpoint.js';
export {ParticipantEventClient, type ParticipantEventClientOptions, type SendEventInput, type SendEventOutput} from './core/participant-event-client.js';
export type {Clock} from './core/clock.js';
export {TypingSchedule} from './core/typing-schedule.js';
export {ParticipantServiceError, type ParticipantErrorName} from './errors/participant-service-error.js';
