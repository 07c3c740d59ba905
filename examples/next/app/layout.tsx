import type {ReactNode} from 'react';

export const metadata = {title: 'connect-typing-notifier in Next.js'};

export default function Layout({children}: {children: ReactNode}) {
	return (
		<html lang="en">
			<body>{children}</body>
		</html>
	);
}
