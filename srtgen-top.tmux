#!/usr/bin/env sh
# srtgen-top's tmux plugin. TPM runs it at tmux's start (every *.tmux file of a plugin); without
# TPM: run-shell /path/to/srtgen-top/srtgen-top.tmux in ~/.tmux.conf. It starts the updater, which
# replaces #{srtgen_line}, #{srtgen_total} and #{srtgen_verdict} in status-left and status-right
# by the options it keeps up to date; run again (a reload of tmux.conf), it starts no second one.
dir=$(cd "$(dirname "$0")" && pwd)

quote() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

bin=$(tmux show-option -gqv @srtgen_bin)
if [ -n "$bin" ]; then
	command=$(quote "$bin")
elif command -v srtgen-top >/dev/null 2>&1; then
	command=srtgen-top
elif [ -f "$dir/dist/srtgen-top.cjs" ]; then
	command="node $(quote "$dir/dist/srtgen-top.cjs")"
else
	tmux set-option -gq @srtgen_line 'srtgen-top not found: npm install -g srtgen-top, or set @srtgen_bin'
	tmux display-message 'srtgen-top.tmux: no srtgen-top on PATH and no dist/srtgen-top.cjs here: npm install -g srtgen-top, or set @srtgen_bin'
	exit 0
fi

# @srtgen_args is read by the shell, as on a command line (~ and quotes work); run-shell reads its
# command as a tmux format first, so each '#' is doubled. What the updater says on its way out,
# such as a mistake in @srtgen_args, tmux shows.
args=$(tmux show-option -gqv @srtgen_args)
tmux run-shell -b "$(printf 'exec %s --tmux-updater %s 2>&1' "$command" "$args" | sed 's/#/##/g')"
