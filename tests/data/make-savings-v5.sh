#!/usr/bin/env bash
# Makes tests/data/savings-v5.tontine: a fund written with schema 5, the last schema before
# loans, with savings bought at two meetings. tests/core/book/loan_book_migration_test.cpp
# opens a copy of it to check the migration to schema 6 (the loan tables and the accounts
# income:penalties and expense:loan-losses) and that the migrated fund then lends.
#
# It was made with a schema-5 tontine-cli (a build of main from before schema 6; main at
# 3ae3513, the parent of the branch that added schema 6, writes the same schema):
#   git worktree add --detach /tmp/wt-v5 3ae3513
#   cmake -S /tmp/wt-v5 -B /tmp/build-v5 -G Ninja -DTONTINE_BUILD_GUI=OFF
#   cmake --build /tmp/build-v5 --target tontine-cli
#   bash tests/data/make-savings-v5.sh /tmp/build-v5/app/cli/tontine-cli tests/data/savings-v5.tontine
# A newer tontine-cli would write the current schema, so the file is committed, not rebuilt.
#
# The story (XOF; cycle "Cycle 2026" from 2026-03-01, shares of 1000, up to 10 a meeting):
#   meeting 1, 2026-03-10: Fatou (1) buys 10 shares, Mamadou (2) 10, Aminata (3) 5.
#   meeting 2, 2026-04-10: Fatou buys 5, Mamadou 5, Aminata 5.
# So the savings are 15 000, 15 000 and 10 000 F, and the box holds 40 000 F.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: make-savings-v5.sh TONTINE_CLI OUTPUT.tontine" >&2
    exit 2
fi
cli=$(realpath "$1")
out=$2
[ -e "$out" ] && { echo "$out exists; remove it first" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/make-savings-v5.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TONTINE_NOW=2026-03-01T10:00:00Z TZ=UTC LC_ALL=C
unset TONTINE_FILE TONTINE_OPERATOR
f="$work/savings.tontine"
t() { "$cli" -f "$f" "$@"; }

t init --name "Groupement d'épargne de Thiès" --currency XOF --operator "Awa Diop" --backup-keep 3
t member add --last-name Ndiaye --other-names Fatou
t member add --last-name Sow --other-names Mamadou
t member add --last-name Fall --other-names Aminata
t savings cycle create --name "Cycle 2026" --start 2026-03-01 --end 2027-02-28 --price 1000 --max 10 --withdrawals

t meeting open --cash 0 --date 2026-03-10
t savings buy 1 10 --date 2026-03-10
t savings buy 2 10 --date 2026-03-10
t savings buy 3 5 --date 2026-03-10
t meeting close --cash 25000 --date 2026-03-10

t meeting open --cash 25000 --date 2026-04-10
t savings buy 1 5 --date 2026-04-10
t savings buy 2 5 --date 2026-04-10
t savings buy 3 5 --date 2026-04-10
t meeting close --cash 40000 --date 2026-04-10

t verify
[ "$(sqlite3 "$f" 'PRAGMA user_version')" = 5 ] || { echo "not a schema-5 file" >&2; exit 1; }
cp "$f" "$out"
echo "wrote $out"
