import {useState} from 'react';
import {App} from './App.js';
import {useAccountWatch, type WatchedAccount} from './hooks/useAccountWatch.js';
import {EveryAccount} from './overview/EveryAccount.js';
import type {TerminalAlert} from './terminal.js';

type Props = {
	accounts: WatchedAccount[];
	/** Every account at a glance, each opened on Enter; else the first account's dashboard alone. */
	overview: boolean;
	/** The one account is one of the config file's: its alerts are named. */
	named: boolean;
	alert?: TerminalAlert;
};

/** The live view: the overview of every account, or one account's dashboard. */
export function Live({accounts, overview, named, alert}: Props) {
	return overview ? (
		<EveryAccount accounts={accounts} alert={alert}/>
	) : (
		<OneAccount account={accounts[0]!} named={named} alert={alert}/>
	);
}

function OneAccount({
	account,
	named,
	alert,
}: {
	account: WatchedAccount;
	named: boolean;
	alert: TerminalAlert | undefined;
}) {
	const [paused, setPaused] = useState(false);
	const watch = useAccountWatch(account, {paused, terminal: alert, naming: named ? {label: account.name} : {}});
	return <App account={account} watch={watch} alert={alert} onFreeze={setPaused}/>;
}
