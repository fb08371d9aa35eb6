#include "passwordhasher.h"

#include <QCoreApplication>
#include <sodium.h>

#include "storeerror.h"

namespace dd {

PasswordHasher::PasswordHasher(Strength strength) : m_strength(strength)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimal = m_strength == Strength::Minimal;
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(),
                              minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw StoreError(StoreError::Kind::Failure,
                         QCoreApplication::translate("dd::PasswordHasher",
                                                     "Not enough memory to protect the password; close other "
                                                     "programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), pw.size()) == 0;
}

} // namespace dd
