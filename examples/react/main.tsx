// React 19: the element used directly in JSX; React sets connectionToken as a property and
// listens to `onconnect-typing-*` props as events. Typed by connect-typing-notifier/react.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'connect-typing-notifier';
import type {} from 'connect-typing-notifier/react';
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';

const emulator: string = await emulatorUrlOfPage();
const {connectionToken} = await emulatorControls(emulator).startCustomerChat();

const ChatBox = ({token}: {token: string}) => {
	const [lastEvent, setLastEvent] = useState('none yet');
	return (
		<>
			<label htmlFor="msg">Message</label>
			<textarea id="msg" />
			<connect-typing-notifier
				htmlFor="msg"
				endpoint={emulator}
				connectionToken={token}
				onconnect-typing-sent={(event) => setLastEvent(`sent ${event.detail.contentType} ${event.detail.id}`)}
				onconnect-typing-error={(event) => setLastEvent(`error ${event.detail.name}`)}
			/>
			<p>
				Last event: <output id="last-event">{lastEvent}</output>
			</p>
		</>
	);
};

createRoot(document.querySelector('#app')!).render(<ChatBox token={connectionToken} />);
