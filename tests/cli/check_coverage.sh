#!/usr/bin/env bash
# Fails when a verb of tontine-cli has no golden test, or no help.
#
# usage: check_coverage.sh TONTINE_CLI GOLDEN_DIR
#
# The verbs come from the CLI itself (`tontine-cli help --verbs`), so adding a verb without a
# golden test fails here. A verb counts as exercised when some "$ " command line of a .test
# file runs `tontine-cli [-f FILE] VERB …` and VERB is the longest verb name that matches the
# words there (so `settings set` does not count for `settings`).
set -u
if [ $# -ne 2 ]; then
    echo "usage: check_coverage.sh TONTINE_CLI GOLDEN_DIR" >&2
    exit 2
fi
cli=$1
dir=$2

mapfile -t verbs < <("$cli" help --verbs)
if [ ${#verbs[@]} -eq 0 ]; then
    echo "tontine-cli help --verbs listed no verbs" >&2
    exit 1
fi

declare -A covered=()
shopt -s nullglob
tests=("$dir"/*.test)
[ ${#tests[@]} -gt 0 ] || { echo "no golden tests in $dir" >&2; exit 1; }

for file in "${tests[@]}"; do
    while IFS= read -r line; do
        rest=${line#'$ '}
        # Each tontine-cli invocation on the line (there may be several: a && b, a | b).
        while [[ $rest == *tontine-cli* ]]; do
            rest=${rest#*tontine-cli}
            read -r -a words <<<"$rest"
            i=0
            while [ $i -lt ${#words[@]} ]; do
                case "${words[i]}" in
                -f | --file) i=$((i + 2)) ;;
                --file=*) i=$((i + 1)) ;;
                *) break ;;
                esac
            done
            best=""
            for verb in "${verbs[@]}"; do
                read -r -a vw <<<"$verb"
                match=1
                for j in "${!vw[@]}"; do
                    [ "${words[i + j]:-}" = "${vw[j]}" ] || { match=0; break; }
                done
                if [ $match -eq 1 ] && [ ${#verb} -gt ${#best} ]; then best=$verb; fi
            done
            [ -n "$best" ] && covered[$best]=1
        done
    done < <(grep '^\$ ' "$file")
done

missing=0
for verb in "${verbs[@]}"; do
    if [ -z "${covered[$verb]:-}" ]; then
        echo "verb without a golden test: $verb"
        missing=1
    fi
    # shellcheck disable=SC2086
    if ! "$cli" help $verb >/dev/null 2>&1; then
        echo "verb without help: $verb"
        missing=1
    fi
done
[ $missing -eq 0 ] && echo "every one of ${#verbs[@]} verbs has a golden test and help"
exit $missing
