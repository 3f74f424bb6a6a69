#!/usr/bin/env bash
# Every test named in docs/rules.md exists (a name ending in "…" is a prefix), and every
# rule row names at least one test. Usage: check_rules_doc.sh ROOT TEST_BINARY
set -u
root=$1; binary=$2
names=$("$binary" --list-test-names-only 2>/dev/null)
fail=0
while IFS= read -r row; do
  case "$row" in "| "[A-Z][0-9]*) ;; *) continue ;; esac
  id=$(echo "$row" | cut -d'|' -f2 | tr -d ' ')
  tests=$(echo "$row" | awk -F'|' '{print $(NF-1)}' | grep -oE '"[^"]+"' | tr -d '"')
  if [ -z "$tests" ]; then echo "rules: $id names no test"; fail=1; continue; fi
  while IFS= read -r t; do
    if [[ "$t" == *"…" ]]; then
      prefix=${t%…}
      grep -qF -- "$prefix" <<<"$names" || { echo "rules: $id names a missing test: $t"; fail=1; }
    else
      grep -qxF -- "$t" <<<"$names" || { echo "rules: $id names a missing test: $t"; fail=1; }
    fi
  done <<<"$tests"
done < "$root/docs/rules.md"
[ $fail -eq 0 ] && echo "rules: every rule names existing tests"
exit $fail
