#pragma once
// A small fixed ExportData for the export profile tests: members with accents, commas,
// quotes, a line break in a village name, leading = + - @ in names, phones and memos; premium
// payments (live, reversed, out of the period); entries and opening balances. Built by hand:
// the export tests need no book.

#include "core/exchange/export_profile.h"

#include <string>
#include <string_view>

namespace tontine::test {

// The period every sample request uses: October 2026.
Date sampleFrom();
Date sampleTo();

// The sample fund in `currency` ("XOF": 0 decimals, "PEN": 2).
ExportData sampleExportData(std::string_view currency = "XOF");
ExportRequest sampleRequest(ExportProfile profile, MemberSelection members = MemberSelection::All);

// The golden file's path under tests/core/exchange/golden/.
std::string goldenPath(const std::string& name);
// The file's bytes; empty when missing.
std::string readFileBytes(const std::string& path);
// Compares `bytes` with the golden file. With TONTINE_UPDATE_GOLDEN=1 in the environment it
// (re)writes the golden file instead and fails, so that a regenerated file is always read by
// a person before it is committed.
void checkGolden(const std::string& name, const std::string& bytes);

// Dates as the test writes them, independently of core/exchange/export_format.
std::string isoText(Date d);

} // namespace tontine::test
