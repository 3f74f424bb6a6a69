#pragma once
// A plain-text table for read verbs: a header row, aligned columns (numbers to the right),
// two spaces between columns, no trailing spaces. Width counts UTF-8 characters, not bytes,
// so accented names line up.

#include <string>
#include <vector>

namespace tontine::cli {

class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string title;
        Align align = Align::Left;
    };

    explicit TextTable(std::vector<Column> columns);
    void addRow(std::vector<std::string> cells);
    bool empty() const { return m_rows.empty(); }
    std::string render() const;

    // Number of characters (UTF-8 code points) in `text`.
    static std::size_t displayWidth(const std::string& text);

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

// "Label:  value" lines with the values aligned, for single-record views.
class FieldList {
public:
    void add(std::string label, std::string value);
    std::string render() const;

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

} // namespace tontine::cli
