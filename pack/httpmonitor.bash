# bash completion for httpmonitor: commands, options and option values, as the program itself
# suggests them (System.CommandLine's [suggest] directive), so they never fall out of date; file
# names where it suggests nothing (a log, a config file).
# Install: copy to /usr/share/bash-completion/completions/httpmonitor (system-wide) or
# ~/.local/share/bash-completion/completions/httpmonitor, or source it from ~/.bashrc.
_httpmonitor() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local suggestions
    suggestions=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) || return
    # An empty reply leaves bash's default completion (-o default): file names.
    COMPREPLY=($(compgen -W "$suggestions" -- "$cur"))
}
complete -o default -F _httpmonitor httpmonitor
