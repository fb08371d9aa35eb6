#pragma once
#include <QString>
#include <QStringList>

namespace dd {

// The outcome of checking user input: errors refuse it, warnings may be accepted by the user.
// Every message names what is wrong and, where it can, what would be right.
struct Validation {
    QStringList errors;
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
    void error(const QString &message) { errors << message; }
    void warning(const QString &message) { warnings << message; }
    void merge(const Validation &other)
    {
        errors << other.errors;
        warnings << other.warnings;
    }
};

} // namespace dd
