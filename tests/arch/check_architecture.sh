#!/usr/bin/env bash
# Fails when core/ includes Qt, when SQL appears outside core/store/, when ui/ or app/
# reach into core/store/, or when Qt Charts is included outside ui/charts/.
set -u
root=${1:-.}
cd "$root" || exit 2
fail=0
report() { echo "architecture: $1"; echo "$2" | sed 's/^/  /'; fail=1; }

hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]|Qt[A-Za-z]*/)' core 2>/dev/null)
[ -n "$hits" ] && report "core/ includes Qt" "$hits"
hits=$(grep -rnwE 'QString|QDate|QObject|QVariant' core 2>/dev/null)
[ -n "$hits" ] && report "core/ uses Qt types" "$hits"

# SQL: the sqlite3 C API or SQL statements in string literals, outside core/store/.
hits=$(grep -rnE 'sqlite3_|#include[[:space:]]*<sqlite3\.h>' core ui app 2>/dev/null | grep -v '^core/store/')
[ -n "$hits" ] && report "the SQLite API is used outside core/store/" "$hits"
hits=$(grep -rnE '"[[:space:]]*(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER)|PRAGMA)[[:space:]]' core ui app 2>/dev/null | grep -v '^core/store/')
[ -n "$hits" ] && report "SQL text outside core/store/" "$hits"

hits=$(grep -rnE '#include[[:space:]]*"core/store/' ui app 2>/dev/null | grep -v 'core/store/backup.h')
[ -n "$hits" ] && report "ui/ or app/ include core/store/ (use core/book/)" "$hits"

hits=$(grep -rnE '#include[[:space:]]*<(QtCharts|QChart)' ui app 2>/dev/null | grep -v '^ui/charts/')
[ -n "$hits" ] && report "Qt Charts included outside ui/charts/" "$hits"

# Domain modules never include the store.
hits=$(grep -rnE '#include[[:space:]]*"core/(store|book)/' core/money core/calendar core/members core/ledger core/settings core/crypto core/exchange 2>/dev/null | grep -v 'core/store/backup.h')
[ -n "$hits" ] && report "domain modules include store/ or book/" "$hits"

[ $fail -eq 0 ] && echo "architecture: ok"
exit $fail
