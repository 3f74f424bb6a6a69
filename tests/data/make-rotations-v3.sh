#!/usr/bin/env bash
# Makes tests/data/rotations-v3.tontine: a fund written with schema 3, the last schema whose
# rotation fine tables refused negative amounts, with fines charged and paid in a rotation.
# tests/core/store/migration_v3_test.cpp opens a copy of it to check the migration to schema 4.
#
# It was made with the tontine-cli of commit a742c77 ("fix(rotation): the printed draw and
# the plan come from one rule after a leaver"), the parent of 07012b5 which added schema 4:
#   git worktree add --detach /tmp/wt-v3 a742c77
#   cmake -S /tmp/wt-v3 -B /tmp/build-v3 -G Ninja -DTONTINE_BUILD_GUI=OFF
#   cmake --build /tmp/build-v3 --target tontine-cli
#   bash tests/data/make-rotations-v3.sh /tmp/build-v3/app/cli/tontine-cli tests/data/rotations-v3.tontine
# (The committed file was made with a Debug -O0 build; the build type does not change it.)
# A newer tontine-cli would write the current schema, so the file is committed, not rebuilt
# by the build. With the same commit and this script the file is the same bytes every time
# (fixed clock; 21 entries, chain head 21-0e8514d0).
#
# The story (XOF; rotation 1 "Enchères": 3 hands of 1000, auction, discount kept, minimum bid
# 50, late fine 100 per round; a round every meeting from 2026-03-10):
#   meeting 1, 2026-03-10: Fatou (1) and Mamadou (2) pay round 1 on time; Fatou wins the
#                          round-1 auction with a discount of 200 (Mamadou bid 150).
#   meeting 2, 2026-04-10: Aminata (3) pays 2000: round 1 late (fined 100) and round 2
#                          ahead (prepaid); she pays the fine 100; round 1 is paid out to Fatou
#                          (3000 - 200 = 2800); Fatou pays round 2 on time.
#   meeting 3, 2026-05-10: Mamadou pays round 2 late (fined 100) and does not pay the fine.
# So rotation_fine holds two rows (member 3 round 1 by entry 14, member 2 round 2 by entry 20,
# 100 each), rotation_fine_payment one row (member 3, 100, entry 15); Mamadou owes 100 of
# fines, Aminata nothing; the cash in the box is 0 + 2000 + 2000 + 100 - 2800 + 1000 + 1000 = 3300.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: make-rotations-v3.sh TONTINE_CLI OUTPUT.tontine" >&2
    exit 2
fi
cli=$(realpath "$1")
out=$2
[ -e "$out" ] && { echo "$out exists; remove it first" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/make-rotations-v3.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TONTINE_NOW=2026-03-01T10:00:00Z TZ=UTC LC_ALL=C
unset TONTINE_FILE TONTINE_OPERATOR
f="$work/rotations.tontine"
t() { "$cli" -f "$f" "$@"; }

t init --name "Tontine des marchés" --currency XOF --operator "Awa Diop"
t settings set --name "Tontine du marché central" --backup-keep 3
t member add --last-name Ndiaye --other-names Fatou
t member add --last-name Sow --other-names Mamadou
t member add --last-name Fall --other-names Aminata
t rotation create --name "Enchères" --contribution 1000 --hands "1,2,3" --order auction \
    --discount kept --min-bid 50 --late-fine 100 --start 2026-03-10

t meeting open --cash 0 --date 2026-03-10
t rotation contribute 1 1 1000 --date 2026-03-10
t rotation contribute 1 2 1000 --date 2026-03-10
t rotation bid 1 1 1:200 2:150 --date 2026-03-10
t meeting close --cash 2000 --date 2026-03-10

t meeting open --cash 2000 --date 2026-04-10
t rotation contribute 1 3 2000 --date 2026-04-10
t rotation fine 1 3 100 --date 2026-04-10
t rotation payout 1 1 --date 2026-04-10
t rotation contribute 1 1 1000 --date 2026-04-10
t meeting close --cash 2300 --date 2026-04-10

t meeting open --cash 2300 --date 2026-05-10
t rotation contribute 1 2 1000 --date 2026-05-10
t meeting close --cash 3300 --date 2026-05-10

t rotation arrears 1 --date 2026-05-10
t verify
[ "$(sqlite3 "$f" 'PRAGMA user_version')" = 3 ] || { echo "not a schema-3 file" >&2; exit 1; }
sqlite3 -header "$f" 'SELECT * FROM rotation_fine ORDER BY id; SELECT * FROM rotation_fine_payment ORDER BY id;'
cp "$f" "$out"
echo "wrote $out"
