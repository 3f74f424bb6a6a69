#!/usr/bin/env python3
"""Checks the arithmetic of `tontine-cli rotation plan ROTATION --json`, read on stdin.

For every round: the payments listed add up to potIn (repayments of a fund advance, booked
to "advance", do not enter the pot); the beneficiaries' pot shares add up to the gross pot;
each payout is its share less the discount less the commission the discount did not cover.
For a round paid out, the pot ends at zero: potIn - discountOut - commission = payout, and
what came in is the gross pot less what a discount shared at once let the others pay less.
Prints one line per round; exits 1 when anything does not add up.
"""
import json
import sys

plan = json.load(sys.stdin)
wrong = False
for r in plan["rounds"]:
    checks = []
    paid_in = sum(p["amount"] for p in r["payments"] if p["booking"] != "advance")
    checks.append(("payments add up to potIn", paid_in == r["potIn"]))
    bens = r["beneficiaries"]
    if bens:
        checks.append(("pot shares add up to the gross pot", sum(b["potShare"] for b in bens) == r["grossPot"]))
        for b in bens:
            from_payout = b["commission"] - b["commissionFromDiscount"]
            checks.append((f"hand {b['hand']}: payout = share - discount - commission",
                           b["payout"] == b["potShare"] - b["discount"] - from_payout))
        checks.append(("payouts add up", sum(b["payout"] for b in bens) == r["payout"]))
    left = r["potIn"] - r["discountOut"] - r["commission"]
    if r["status"] == "paid":
        checks.append(("potIn - discountOut - commission = payout", left == r["payout"]))
        reduced = sum(x["amount"] for x in r["reductions"])
        checks.append(("potIn = gross pot - shared-now reductions", r["potIn"] == r["grossPot"] - reduced))
    failed = [name for name, ok in checks if not ok]
    wrong = wrong or bool(failed)
    print(f"round {r['round']} ({r['status']}): {len(r['payments'])} payments, potIn {r['potIn']}"
          f" - discountOut {r['discountOut']} - commission {r['commission']} = {left};"
          f" payout {r['payout']}: " + ("ok" if not failed else "WRONG: " + "; ".join(failed)))
sys.exit(1 if wrong else 0)
