#!/usr/bin/env bash
# Installs HttpMonitor from this checkout as a user would, and checks what was installed:
#   1. dotnet pack: the tool package (httpmonitor) and its native one (httpmonitor.linux-x64, AOT);
#   2. dotnet tool install --tool-path into a temporary folder, from those packages alone;
#   3. httpmonitor --version names the version and this checkout's commit;
#   4. a replay of each shared log (text and jsonl) is byte-identical to the wrapper's
#      (./httpmonitor: Native AOT where clang links, else ReadyToRun);
#   5. --help of every command reads as a man page: description, usage, options each with a
#      description, examples; the exit codes in the top-level help;
#   6. bash completion (pack/httpmonitor.bash) completes commands, options and their values.
# The packages stay in artifacts/packages (PACKAGES=DIR to change). Exit 0 passed, 1 failed.
# Takes a few minutes on 2 cores: the native package is compiled ahead of time.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
PACKAGES=${PACKAGES:-$PWD/artifacts/packages}
WORK=$(mktemp -d -t httpmonitor-install.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

say() { echo "install: $*"; }
fail() { say "FAIL: $*"; exit 1; }

say "packing into $PACKAGES"
rm -rf "$PACKAGES"
# Its own artifacts path, so that the wrapper's build in obj/ is left alone.
dotnet pack src/HttpMonitor --artifacts-path "$WORK/build" -o "$PACKAGES" -nologo -v quiet -tl:off >"$WORK/pack.log" 2>&1 || { cat "$WORK/pack.log"; fail "dotnet pack"; }
dotnet pack src/HttpMonitor -r linux-x64 --artifacts-path "$WORK/build" -o "$PACKAGES" -nologo -v quiet -tl:off >"$WORK/pack.log" 2>&1 || { cat "$WORK/pack.log"; fail "dotnet pack -r linux-x64"; }
ls -l "$PACKAGES"

say "dotnet tool install --tool-path $WORK/tools"
# The packages' folder is the only source: nothing is fetched from a feed.
dotnet tool install --tool-path "$WORK/tools" --source "$PACKAGES" httpmonitor >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "dotnet tool install"; }
cat "$WORK/install.log"
installed="$WORK/tools/httpmonitor"
[ -x "$installed" ] || fail "no httpmonitor in $WORK/tools"

version=$("$installed" --version)
commit=$(git rev-parse HEAD)
say "--version: $version"
[ "$version" = "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)+$commit" ] || fail "--version does not name the version and commit $commit"

./httpmonitor --version >/dev/null # builds the wrapper's binary first, when its sources changed
for log in tests/data/*.log tests/HttpMonitor.Tests/Golden/access.log; do
    for output in text jsonl; do
        "$installed" replay "$log" --output "$output" >"$WORK/installed.out"
        ./httpmonitor replay "$log" --output "$output" >"$WORK/wrapper.out"
        cmp -s "$WORK/installed.out" "$WORK/wrapper.out" || fail "replay $log --output $output differs from the wrapper's"
        say "replay $log --output $output: identical ($(wc -c <"$WORK/installed.out") bytes)"
    done
done

# --help, per command: the sections of a man page, and no option left without a description.
for command in "" replay demo notify-test; do
    # shellcheck disable=SC2086 # no command is the top-level help
    "$installed" $command --help >"$WORK/help.txt"
    for section in Description: Usage: Options: Examples:; do
        grep -q "^$section" "$WORK/help.txt" || fail "'httpmonitor $command --help' has no $section"
    done
    bare=$(sed -n '/^Options:/,/^$/p' "$WORK/help.txt" | awk 'NR > 1 && NF > 0 && $0 !~ /  [^- <]/')
    [ -z "$bare" ] || fail "'httpmonitor $command --help' has options without a description: $bare"
done
# Into a file first: grep -q stops reading at its match, and the program then exits 141 (its
# output closed by its reader), which pipefail would count as a failure.
"$installed" --help >"$WORK/help.txt"
grep -q "^  Exit codes:" "$WORK/help.txt" || fail "the top-level help does not give the exit codes"
say "--help: every command has a description, usage, described options and examples"

# shellcheck source=pack/httpmonitor.bash
source pack/httpmonitor.bash
complete_line() {
    COMP_LINE="$installed $1"
    COMP_POINT=${#COMP_LINE}
    read -ra COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _httpmonitor
    echo "${COMPREPLY[*]}"
}
[ "$(complete_line "rep")" = "replay" ] || fail "completion of 'rep': $(complete_line "rep")"
[ "$(complete_line "--traffic-w")" = "--traffic-window" ] || fail "completion of '--traffic-w': $(complete_line "--traffic-w")"
[ "$(complete_line "replay x --output ")" = "jsonl text" ] || fail "completion of '--output ': $(complete_line "replay x --output ")"
say "bash completion: commands, options and values"
say "PASS ($((SECONDS - started)) s)"
