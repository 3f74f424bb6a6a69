#!/usr/bin/env bash
# The ledger export re-checked by an independent tool: builds the demo fund, exports the
# `ledger` profile (the whole history, then from a date in the middle so that the file opens
# with the balances of the day before), and checks that `ledger -f FILE balance` reads it
# and gives every account exactly the balance `tontine-cli balances` gives.
#
# usage: ledger_balance_test.sh TONTINE_CLI
#
# Sign conventions: ledger prints every account debit-positive (liabilities, equity and income
# negative); `balances --json` gives the same figure as debitMinusCredit. Amounts are compared
# in minor units (ledger prints them with the currency's decimals, as the file wrote them).
# A missing `ledger` fails the test (Debian package `ledger`, in scripts/debian-packages.txt):
# skipping it would let a broken export pass unnoticed.
set -u
if [ $# -ne 1 ]; then
    echo "usage: ledger_balance_test.sh TONTINE_CLI" >&2
    exit 2
fi
cli=$(realpath "$1")
if ! command -v ledger >/dev/null 2>&1; then
    echo "FAIL: the 'ledger' program is not installed (Debian package ledger); this test needs it" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tontine-ledger.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export TONTINE_NOW=2026-03-01T10:00:00Z TZ=UTC LC_ALL=C
unset TONTINE_FILE TONTINE_OPERATOR

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$cli" -f demo.tontine demo >/dev/null || fail "tontine-cli demo"

# code kind debitMinusCredit, one account a line, from the JSON (one field a line).
"$cli" -f demo.tontine balances --all --json >balances.json || fail "tontine-cli balances --json"
awk -F'"' '
    /"code":/ { code = $4 }
    /"kind":/ { kind = $4 }
    /"debitMinusCredit":/ && code != "" {
        value = $3; gsub(/[^0-9-]/, "", value); print code, kind, value; code = ""
    }' balances.json | sort >expected.txt
[ -s expected.txt ] || fail "no accounts read from tontine-cli balances --json"

# ledger's "AMOUNT COMMODITY  Root:code" lines as: code root minor-units.
ledger_balances() {
    ledger -f "$1" balance --flat --no-total --empty >ledger.out 2>ledger.err ||
        fail "ledger refused $1: $(cat ledger.err)"
    [ ! -s ledger.err ] || fail "ledger warned about $1: $(cat ledger.err)"
    awk '{
        amount = $1; account = $NF # a zero prints without its commodity
        gsub(/,/, "", amount); gsub(/\./, "", amount)
        sub(/^-?0+/, (substr(amount, 1, 1) == "-" ? "-" : ""), amount)
        if (amount == "" || amount == "-") amount = 0
        root = account; sub(/:.*/, "", root)
        code = account; sub(/^[^:]*:/, "", code)
        print code, root, amount
    }' ledger.out | sort
}

check() { # FILE what
    ledger_balances "$1" >actual.txt
    [ -s actual.txt ] || fail "ledger listed no account in $1"
    # Every account ledger knows is the tontine account of that code, kind and balance…
    while read -r code root amount; do
        line=$(awk -v c="$code" '$1 == c' expected.txt)
        [ -n "$line" ] || fail "$2: ledger has account $root:$code, which tontine-cli balances does not list"
        read -r _ kind want <<<"$line"
        case "$kind" in
        asset) wantRoot=Assets ;; liability) wantRoot=Liabilities ;; equity) wantRoot=Equity ;;
        income) wantRoot=Income ;; expense) wantRoot=Expenses ;; *) fail "unknown kind $kind" ;;
        esac
        [ "$root" = "$wantRoot" ] || fail "$2: account $code is under $root in ledger, a $kind in tontine"
        [ "$amount" = "$want" ] || fail "$2: $code is $amount in ledger, $want (debit minus credit) in tontine"
    done <actual.txt
    # …and every account with a balance in tontine is in ledger's list.
    while read -r code kind want; do
        [ "$want" = 0 ] && continue
        awk -v c="$code" '$1 == c { found = 1 } END { exit !found }' actual.txt ||
            fail "$2: $code has $want in tontine but is missing from ledger's balance"
    done <expected.txt
    # The whole file balances to zero, as double entry must.
    total=$(ledger -f "$1" balance --flat 2>/dev/null | tail -n 1 | awk '{ print $1 }')
    [ "$total" = 0 ] || fail "$2: ledger's total is '$total', not 0"
    echo "ok: $2: $(wc -l <actual.txt) accounts agree with tontine-cli balances"
}

"$cli" -f demo.tontine export ledger --out whole.ledger >/dev/null || fail "export ledger (whole history)"
check whole.ledger "the whole history"

# From a date in the middle: the opening transaction carries everything before it.
"$cli" -f demo.tontine export ledger --from 2025-09-01 --out part.ledger >/dev/null ||
    fail "export ledger --from 2025-09-01"
grep -q '^2025-08-31 Opening balances$' part.ledger || fail "part.ledger has no opening transaction on 2025-08-31"
check part.ledger "from 2025-09-01 with opening balances"
