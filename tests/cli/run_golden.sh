#!/usr/bin/env bash
# Runs one golden test file of tontine-cli commands and compares what they print.
#
# usage: run_golden.sh [--update] TONTINE_CLI FILE.test
#
# Format of a .test file (cram-like; read top to bottom):
#   # text          a comment (only at the start of a line); blank lines are ignored
#   #requires TOOL  skip the whole file (exit 77) when TOOL is not on PATH, e.g. sqlite3
#   $ COMMAND       a command line, run by bash in the test's own fresh temporary directory
#   | TEXT          a line the command prints on stdout ("|" alone: an empty line)
#   ! TEXT          a line the command prints on stderr ("!" alone: an empty line)
#   [N]             the command's exit code; without this line it must be 0
# Both streams are compared exactly: a command whose expectations list no "!" line must
# print nothing on stderr. Commands run in order in the same directory, so later ones see the
# files earlier ones made.
#
# Environment of every command: `tontine-cli` on PATH is the binary under test;
# TONTINE_NOW=2026-03-01T10:00:00Z (override per command: `TONTINE_NOW=… tontine-cli …`);
# TZ=UTC; LC_ALL=C; TONTINE_FILE and TONTINE_OPERATOR unset; $DATA is tests/cli/data.
# In the output, the temporary directory's path is replaced by $TESTDIR.
#
# --update rewrites FILE with what the commands print now (review the diff before committing).
# A deliberate change to core's wording or hashing changes chain heads in many files; refresh
# them all with:
#   for t in tests/cli/golden/*.test; do bash tests/cli/run_golden.sh --update BUILD/app/cli/tontine-cli "$t"; done
set -u

update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
if [ $# -ne 2 ]; then
    echo "usage: run_golden.sh [--update] TONTINE_CLI FILE.test" >&2
    exit 2
fi
cli=$(realpath "$1")
testfile=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$cli" ] || { echo "not executable: $cli" >&2; exit 2; }

while IFS= read -r line; do
    case "$line" in
    "#requires "*)
        tool=${line#"#requires "}
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "skipped: $tool is not installed"
            exit 77
        fi
        ;;
    esac
done <"$testfile"

work=$(mktemp -d "${TMPDIR:-/tmp}/tontine-golden.XXXXXX")
bin=$(mktemp -d "${TMPDIR:-/tmp}/tontine-golden-bin.XXXXXX")
trap 'rm -rf "$work" "$bin"' EXIT
ln -s "$cli" "$bin/tontine-cli"

# Parse the file: commands and their expectations.
cmds=() outs=() errs=() codes=()
n=-1
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
    lineno=$((lineno + 1))
    case "$line" in
    '$ '*)
        n=$((n + 1))
        cmds[n]=${line#'$ '}
        outs[n]="" errs[n]="" codes[n]=0
        ;;
    '|' | '| '*)
        [ $n -ge 0 ] || { echo "$testfile:$lineno: output before any command" >&2; exit 2; }
        text=${line#'|'}
        outs[n]+="${text#' '}"$'\n'
        ;;
    '!' | '! '*)
        [ $n -ge 0 ] || { echo "$testfile:$lineno: output before any command" >&2; exit 2; }
        text=${line#'!'}
        errs[n]+="${text#' '}"$'\n'
        ;;
    '['*']')
        [ $n -ge 0 ] || { echo "$testfile:$lineno: exit code before any command" >&2; exit 2; }
        codes[n]=${line:1:${#line}-2}
        ;;
    '#'* | '') ;;
    *)
        echo "$testfile:$lineno: cannot read this line (see the format in run_golden.sh)" >&2
        exit 2
        ;;
    esac
done <"$testfile"
[ $n -ge 0 ] || { echo "$testfile: no commands" >&2; exit 2; }

# Prefixes every line of a file with a marker, as the .test format writes it.
mark() { sed -e "s/^/$1 /" -e "s/^$1 \$/$1/" "$2"; }

failed=0
actual_out=() actual_err=() actual_code=()
for i in $(seq 0 "$n"); do
    (cd "$work" && env -u TONTINE_FILE -u TONTINE_OPERATOR \
        PATH="$bin:$PATH" TONTINE_NOW=2026-03-01T10:00:00Z TZ=UTC LC_ALL=C \
        DATA="$here/data" bash -c "${cmds[i]}") >"$bin/out" 2>"$bin/err" </dev/null
    code=$?
    sed -i "s|$work|\$TESTDIR|g" "$bin/out" "$bin/err"
    actual_out[i]=$(mark '|' "$bin/out")
    actual_err[i]=$(mark '!' "$bin/err")
    actual_code[i]=$code
    if [ $update -eq 1 ]; then continue; fi

    printf '%s' "${outs[i]}" >"$bin/expected_out"
    printf '%s' "${errs[i]}" >"$bin/expected_err"
    problems=""
    [ "$code" = "${codes[i]}" ] || problems+="  exit code: expected ${codes[i]}, got $code"$'\n'
    cmp -s "$bin/expected_out" "$bin/out" ||
        problems+="  stdout differs:"$'\n'$(diff -u "$bin/expected_out" "$bin/out" | tail -n +3)$'\n'
    cmp -s "$bin/expected_err" "$bin/err" ||
        problems+="  stderr differs:"$'\n'$(diff -u "$bin/expected_err" "$bin/err" | tail -n +3)$'\n'
    if [ -n "$problems" ]; then
        echo "FAIL: \$ ${cmds[i]}"
        printf '%s' "$problems"
        failed=1
    fi
done

if [ $update -eq 1 ]; then
    # Keep comments, blank lines and commands; replace every expectation with what ran now.
    {
        # Comments and blank lines before a command stay before it, after the previous output.
        flush() {
            [ -n "${actual_out[$1]}" ] && printf '%s\n' "${actual_out[$1]}"
            [ -n "${actual_err[$1]}" ] && printf '%s\n' "${actual_err[$1]}"
            [ "${actual_code[$1]}" = 0 ] || printf '[%s]\n' "${actual_code[$1]}"
        }
        i=-1
        pending=""
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in
            '$ '*)
                [ $i -ge 0 ] && flush $i
                printf '%s' "$pending"
                pending=""
                i=$((i + 1))
                printf '%s\n' "$line"
                ;;
            '|' | '| '* | '!' | '! '* | '['*']') ;;
            *) pending+="$line"$'\n' ;;
            esac
        done <"$testfile"
        flush $i
        printf '%s' "$pending"
    } >"$bin/updated"
    cp "$bin/updated" "$testfile"
    echo "updated $testfile"
    exit 0
fi

if [ $failed -eq 0 ]; then
    echo "ok: $((n + 1)) commands in $(basename "$testfile")"
fi
exit $failed
