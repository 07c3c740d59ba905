// The chat's back end: StartChatContact with AWS credentials that never reach the browser, against
// Amazon Connect in AWS_REGION, or against the emulator when CONNECT_ENDPOINT is set. The page
// gets the ParticipantToken; its ConnectionToken is made in the browser, never in server HTML.
import {connectSettings, startChatContact} from '../../../../../back-end/start-chat-contact.mjs';

export const dynamic = 'force-dynamic';

export async function POST() {
	return Response.json(await startChatContact(connectSettings(process.env), 'Customer'));
}
