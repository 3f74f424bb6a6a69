#include "app/cli/text_table.h"

#include <algorithm>
#include <stdexcept>

namespace tontine::cli {

std::size_t TextTable::displayWidth(const std::string& text)
{
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a continuation byte
            ++n;
    return n;
}

TextTable::TextTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

void TextTable::addRow(std::vector<std::string> cells)
{
    if (cells.size() != m_columns.size())
        throw std::logic_error("TextTable: row has the wrong number of cells");
    m_rows.push_back(std::move(cells));
}

std::string TextTable::render() const
{
    std::vector<std::size_t> widths;
    for (const auto& c : m_columns)
        widths.push_back(displayWidth(c.title));
    for (const auto& row : m_rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));

    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::size_t pad = widths[i] - displayWidth(cells[i]);
            if (i > 0)
                out += "  ";
            if (m_columns[i].align == Align::Right)
                out.append(pad, ' ');
            out += cells[i];
            if (m_columns[i].align == Align::Left)
                out.append(pad, ' ');
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + "\n";
    };

    std::vector<std::string> titles;
    for (const auto& c : m_columns)
        titles.push_back(c.title);
    std::string out = line(titles);
    for (const auto& row : m_rows)
        out += line(row);
    return out;
}

void FieldList::add(std::string label, std::string value)
{
    m_fields.emplace_back(std::move(label), std::move(value));
}

std::string FieldList::render() const
{
    std::size_t width = 0;
    for (const auto& f : m_fields)
        width = std::max(width, TextTable::displayWidth(f.first));
    std::string out;
    for (const auto& [label, value] : m_fields) {
        std::string row = label + ":";
        row.append(width - TextTable::displayWidth(label) + 2, ' ');
        row += value;
        while (!row.empty() && row.back() == ' ')
            row.pop_back();
        out += row + "\n";
    }
    return out;
}

} // namespace tontine::cli
