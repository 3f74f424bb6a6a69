#!/usr/bin/env bash
# A fund held open by another process is refused: tontine-cli exits 3 and says "in use",
# and works again once the other process lets go (no stale lock).
#
# usage: second_opener_test.sh TONTINE_CLI [HOLD_FUND]
#   HOLD_FUND  the hold_fund helper (opens the fund through Book, as the GUI does); when
#              absent only the sqlite3 holder is tried.
# The second holder is the sqlite3 shell taking SQLite's exclusive lock itself. Exit 77
# (skipped) when neither holder is available.
set -u
cli=$(realpath "$1")
holder=${2:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/tontine-lock.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work" || exit 1
export TONTINE_NOW=2026-03-01T10:00:00Z
unset TONTINE_FILE TONTINE_OPERATOR

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$cli" -f fund.tontine init --name "Verrou" --currency XOF --operator "Awa Diop" >/dev/null ||
    { echo "init failed"; exit 1; }

# Runs tontine-cli against the held fund and checks the refusal.
expect_in_use() {
    local what=$1
    shift
    "$cli" -f fund.tontine "$@" >out.txt 2>err.txt
    local code=$?
    [ $code -eq 3 ] || fail "$what: '$*' exited $code, expected 3 (stderr: $(cat err.txt))"
    grep -q "in use" err.txt || fail "$what: '$*' did not say 'in use' (stderr: $(cat err.txt))"
    [ -s out.txt ] && fail "$what: '$*' printed on stdout: $(cat out.txt)"
}

# Waits until the holder has printed its ready word (or died).
wait_ready() {
    local file=$1 word=$2 pid=$3
    for _ in $(seq 1 100); do
        grep -q "$word" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

tried=0

# 1. Another Book (the GUI, another window) holds the fund.
if [ -n "$holder" ] && [ -x "$holder" ]; then
    tried=1
    mkfifo hold.in
    "$holder" fund.tontine <hold.in >hold.out 2>hold.err &
    pids+=($!)
    exec 7>hold.in # keeps the holder's stdin open until we close it
    if wait_ready hold.out open "${pids[-1]}"; then
        expect_in_use "Book holder" verify
        expect_in_use "Book holder" member add --last-name Sow
        expect_in_use "Book holder" journal --json
    else
        fail "hold_fund did not open the fund: $(cat hold.err)"
    fi
    exec 7>&-
    wait "${pids[-1]}" || fail "hold_fund failed: $(cat hold.err)"
    "$cli" -f fund.tontine verify >/dev/null 2>err.txt ||
        fail "verify after the holder closed: $(cat err.txt)"
fi

# 2. The sqlite3 shell holds SQLite's exclusive lock on the file.
if command -v sqlite3 >/dev/null; then
    tried=1
    mkfifo sql.in
    sqlite3 fund.tontine <sql.in >sql.out 2>sql.err &
    pids+=($!)
    exec 8>sql.in
    printf '%s\n' "PRAGMA locking_mode=EXCLUSIVE;" "BEGIN EXCLUSIVE;" "SELECT 'locked';" >&8
    if wait_ready sql.out locked "${pids[-1]}"; then
        expect_in_use "sqlite3 holder" verify
        expect_in_use "sqlite3 holder" settings set --name "Other"
    else
        fail "sqlite3 did not lock the fund: $(cat sql.err)"
    fi
    printf '%s\n' "ROLLBACK;" ".quit" >&8
    exec 8>&-
    wait "${pids[-1]}"
    "$cli" -f fund.tontine verify >/dev/null 2>err.txt ||
        fail "verify after sqlite3 let go: $(cat err.txt)"
fi

if [ $tried -eq 0 ]; then
    echo "skipped: neither hold_fund nor sqlite3 is available"
    exit 77
fi
[ $failures -eq 0 ] && echo "ok: a held fund is refused with exit 3 'in use'"
[ $failures -eq 0 ]
