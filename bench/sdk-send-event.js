// What a page that uses the AWS SDK must load to send a typing event: SendEventCommand only.
import {ConnectParticipantClient, SendEventCommand} from '@aws-sdk/client-connectparticipant';

globalThis.ConnectParticipantSendEvent = {ConnectParticipantClient, SendEventCommand};
