const prefix = 'application/vnd.amazonaws.connect.event.';

/** The event content types of the current Participant Service model. */
export const ContentTypes = {
	typing: `${prefix}typing`,
	/** No longer maintained by AWS since 2024-12-31 (prefer `ConnectParticipant: true`), still accepted. */
	connectionAcknowledged: `${prefix}connection.acknowledged`,
	/** Receipt; content is `{"messageId":"…"}`. */
	messageDelivered: `${prefix}message.delivered`,
	/** Receipt; content is `{"messageId":"…"}`. */
	messageRead: `${prefix}message.read`,
} as const;

export type ParticipantEventContentType = (typeof ContentTypes)[keyof typeof ContentTypes];
