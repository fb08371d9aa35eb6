#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/validation.h"

namespace dd {

// What makes a password good enough, for every role alike, checked with Debian's libpwquality:
// - the basic rules of Credentials::validatePassword (at least 8 characters, not the sign-in name, no space
// at
//   either end);
// - at least two kinds of characters (small letters, capitals, digits, other signs), no character more than
//   3 times in a row, no run of more than 4 like 12345 or abcde, no palindrome;
// - not containing the sign-in name or a part of the person's name (4 letters or more), forwards or
// backwards;
// - not a word of cracklib's dictionary or a simple pattern, when the dictionary is installed (Debian:
//   cracklib-runtime). Without it, or with a damaged one, that check is off and the others still hold.
// The system's /etc/security/pwquality.conf is not read: a counter PC's settings do not change the shop's
// rule. pwquality's own (English) messages are never shown; every refusal has its own translated reason.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(dd::PasswordPolicy)
public:
    static constexpr int minClasses = 2;
    static constexpr int maxRepeat = 3;
    static constexpr int maxSequence = 4;

    // The policy the app uses: cracklib's dictionary where libpwquality looks for it by default.
    static const PasswordPolicy &standard();
    // With cracklib's dictionary at `dictionary` (its path without .pwd/.pwi/.hwm). An empty path, missing or
    // unreadable files, or a dictionary that cracklib cannot load switch the dictionary check off.
    explicit PasswordPolicy(const QString &dictionary);
    // Where libpwquality looks for the dictionary when told nothing.
    static QString defaultDictionary();

    bool usesDictionary() const { return !m_dictionary.isEmpty(); }
    // Empty errors when the password may be used by the account `login` (full name `fullName`); otherwise the
    // reason, in the user's language.
    Validation check(const QString &password, const QString &login, const QString &fullName = {}) const;

private:
    int rawCheck(const QByteArray &dictionary, const QString &password, const QString &login,
                 const QString &fullName, long *aux) const;
    static QString reason(int code, long aux);

    QByteArray m_dictionary; // empty: no dictionary check
};

} // namespace dd
