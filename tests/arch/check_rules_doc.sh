#!/usr/bin/env bash
# Every test named in docs/rules.md, docs/rotation-rules.md, docs/savings-rules.md, docs/loan-rules.md and docs/premium-rules.md exists (a name ending in "…" is a prefix), and every
# rule row names at least one test. Usage: check_rules_doc.sh ROOT TEST_BINARY
set -u
root=$1; binary=$2
names=$("$binary" --list-test-names-only 2>/dev/null)
fail=0
for doc in docs/rules.md docs/rotation-rules.md docs/savings-rules.md docs/loan-rules.md docs/premium-rules.md; do
  [ -f "$root/$doc" ] || continue
while IFS= read -r row; do
  case "$row" in "| "[A-Z][0-9]*) ;; *) continue ;; esac
  id=$(echo "$row" | cut -d'|' -f2 | tr -d ' ')
  tests=$(echo "$row" | awk -F'|' '{print $(NF-1)}' | grep -oE '"[^"]+"' | tr -d '"')
  if [ -z "$tests" ]; then echo "$doc: $id names no test"; fail=1; continue; fi
  while IFS= read -r t; do
    if [[ "$t" == *"…" ]]; then
      prefix=${t%…}
      grep -qF -- "$prefix" <<<"$names" || { echo "$doc: $id names a missing test: $t"; fail=1; }
    else
      grep -qxF -- "$t" <<<"$names" || { echo "$doc: $id names a missing test: $t"; fail=1; }
    fi
  done <<<"$tests"
done < "$root/$doc"
done
[ $fail -eq 0 ] && echo "rules: every rule names existing tests"
exit $fail
