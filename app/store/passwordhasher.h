#pragma once
#include <QString>

namespace dd {

// Argon2id password hashes through libsodium (crypto_pwhash_str). The hash string carries its own
// parameters, so hashes made at either strength verify alike.
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits (64 MiB): what the app uses
        Minimal,     // libsodium's minimum limits: for the test suite only, to keep it fast
    };
    explicit PasswordHasher(Strength strength = Strength::Interactive);

    QString hash(const QString &password) const; // throws StoreError when out of memory
    bool verify(const QString &hash, const QString &password) const;

private:
    Strength m_strength;
};

} // namespace dd
