#include "credentials.h"

#include <QRegularExpression>

namespace dd {

QString Credentials::normalizeLogin(const QString &login)
{
    return login.trimmed().toLower();
}

Validation Credentials::validateLogin(const QString &login)
{
    Validation v;
    const QString l = login.trimmed();
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._-]{2,32}$"));
    if (l.isEmpty())
        v.error(tr("Enter a sign-in name."));
    else if (!re.match(l).hasMatch())
        v.error(tr("The sign-in name \"%1\" must be 2 to 32 letters, digits, '.', '_' or '-', without spaces.")
                    .arg(l));
    return v;
}

Validation Credentials::validateDisplayName(const QString &name)
{
    Validation v;
    if (name.trimmed().isEmpty())
        v.error(tr("Enter the person's full name; it is printed on forms."));
    else if (name.trimmed().size() > 60)
        v.error(tr("The full name is longer than 60 characters."));
    return v;
}

Validation Credentials::validatePassword(const QString &password, const QString &login)
{
    Validation v;
    if (password.size() < minPasswordLength)
        v.error(tr("The password needs at least %1 characters.").arg(minPasswordLength));
    else if (normalizeLogin(password) == normalizeLogin(login))
        v.error(tr("The password must not be the sign-in name."));
    else if (password.trimmed() != password)
        v.error(tr("The password must not start or end with a space."));
    return v;
}

} // namespace dd
