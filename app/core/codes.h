#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <initializer_list>
#include <optional>

namespace dd {

// One value of a closed code list: the enum, the text stored in the database and on the command line, and
// the label shown to people (QT_TRANSLATE_NOOP in the table's translation context).
template <typename E>
struct Code {
    E value;
    const char *stored;
    const char *label;
};

// A closed code list, defined once: enum <-> stored text <-> translated label, the list in its order, and its
// SQL form for IN (...) clauses. The database keeps the stored texts (and CHECKs them, db/migrations).
template <typename E, std::size_t N>
class CodeTable
{
public:
    constexpr CodeTable(const char *context, std::array<Code<E>, N> codes) : m_context(context), m_codes(codes) {}

    QString code(E value) const
    {
        for (const Code<E> &c : m_codes)
            if (c.value == value)
                return QString::fromLatin1(c.stored);
        return {};
    }
    std::optional<E> fromCode(QStringView stored) const
    {
        for (const Code<E> &c : m_codes)
            if (stored == QLatin1String(c.stored))
                return c.value;
        return std::nullopt;
    }
    bool contains(QStringView stored) const { return fromCode(stored).has_value(); }
    // Whether a stored text is this value's code.
    bool is(QStringView stored, E value) const { return fromCode(stored) == value; }
    QString label(E value) const
    {
        for (const Code<E> &c : m_codes)
            if (c.value == value)
                return QCoreApplication::translate(m_context, c.label);
        return {};
    }
    // The label of a stored code; a code not in the list shows as it is.
    QString labelOf(QStringView stored) const
    {
        const std::optional<E> v = fromCode(stored);
        return v ? label(*v) : stored.toString();
    }
    QStringList codes() const
    {
        QStringList out;
        for (const Code<E> &c : m_codes)
            out << QString::fromLatin1(c.stored);
        return out;
    }
    static QStringList codesOf(const CodeTable &table, std::initializer_list<E> values)
    {
        QStringList out;
        for (E v : values)
            out << table.code(v);
        return out;
    }
    // "('a', 'b')" for an IN clause: codes are fixed identifiers, never user input.
    static QString sql(const QStringList &codes)
    {
        return QStringLiteral("('") + codes.join(QStringLiteral("', '")) + QStringLiteral("')");
    }

private:
    const char *m_context;
    std::array<Code<E>, N> m_codes;
};

} // namespace dd
