// @ts-check
// The shapes the emulator and its clients share, in a module that imports nothing, so that a
// page's type check (controls.js) needs no Node types. One definition each.

/**
 * A failure to inject into a chat's next calls, as the control API takes it.
 * @typedef {object} FaultRequest
 * @property {number} [times] how many calls fail (1)
 * @property {'event' | 'message' | 'connection' | 'disconnect' | '*'} [operation] which calls: SendEvent, SendMessage,
 *   CreateParticipantConnection, DisconnectParticipant, or any ('event')
 * @property {number} [status] the HTTP status to answer with
 * @property {string} [errorType] the `x-amzn-errortype` to send
 * @property {string} [message]
 * @property {string} [retryAfter] a `Retry-After` value
 * @property {number} [latencyMs] a delay before the answer
 * @property {boolean} [drop] reset the connection instead of answering
 * @property {'html' | 'truncated' | 'stalled' | 'trickling' | 'huge'} [body] a body that is not the model's JSON: an HTML page, one cut off,
 *   one that stops after its first bytes and never ends, one that sends a byte a second and never ends, or 1 MiB of text
 * @property {unknown} [json] this JSON body, with `errorType` (when given) as the raw `x-amzn-errortype`
 * @property {Record<string, string>} [headers] more headers on the answer (a proxy's `RateLimit-Reset`)
 * @property {string} [redirect] answer `status` (a 3xx) with this `Location`, as a proxy or a hijacked name might
 * @property {boolean} [echoToken] put the request's bearer token in the error's message and request id, as a careless proxy might
 */
/** @typedef {FaultRequest & {times: number, operation: NonNullable<FaultRequest['operation']>}} Fault a fault as a chat keeps it */
/**
 * An attempt that reached a chat, and how the emulator answered it.
 * @typedef {{operation: string, contentType: unknown, clientToken: unknown, at: number,
 *   status?: number, latencyMs?: number, dropped?: boolean}} Attempt
 */

/**
 * An event in a chat's transcript, as the agent sees it.
 * @typedef {{Id: string, AbsoluteTime: string, Type: string, ContentType: string, Content?: string,
 *   ParticipantRole: string, ParticipantId: string, ClientToken?: string}} ChatEvent
 */

export {};
