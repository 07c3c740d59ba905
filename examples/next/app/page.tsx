// A server component: the page is rendered on the server, with the chat box in it, and hydrated.
import {Chat} from './chat';

export default function Page() {
	return (
		<main>
			<h1>Support chat</h1>
			<Chat />
		</main>
	);
}
