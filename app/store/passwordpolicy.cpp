#include "passwordpolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <cstdint>
#include <memory>
#include <pwquality.h>

#include "core/credentials.h"

namespace dd {

namespace {
struct SettingsDeleter {
    void operator()(pwquality_settings_t *s) const { pwquality_free_settings(s); }
};
using Settings = std::unique_ptr<pwquality_settings_t, SettingsDeleter>;

// cracklib opens its dictionary on every check and keeps no promise about threads.
QMutex &checkMutex()
{
    static QMutex m;
    return m;
}

bool dictionaryFilesReadable(const QString &base)
{
    if (base.isEmpty())
        return false;
    const bool pwd = QFileInfo(base + QStringLiteral(".pwd")).isReadable() ||
                     QFileInfo(base + QStringLiteral(".pwd.gz")).isReadable();
    return pwd && QFileInfo(base + QStringLiteral(".pwi")).isReadable();
}

// Codes whose auxiliary value is a number (a length or a count); for the others it is text or nothing.
bool auxIsNumber(int code)
{
    switch (code) {
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
    case PWQ_ERROR_MIN_LENGTH:
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MAX_SEQUENCE:
        return true;
    default:
        return false;
    }
}

// A password that passes every rule: if the dictionary check refuses it, cracklib could not load its
// dictionary.
const char *const knownGood = "Tq7#vK2m-Lp9x";
} // namespace

QString PasswordPolicy::defaultDictionary()
{
    Settings s(pwquality_default_settings());
    const char *path = nullptr;
    if (!s || pwquality_get_str_value(s.get(), PWQ_SETTING_DICT_PATH, &path) != 0 || !path)
        return {};
    return QString::fromLocal8Bit(path);
}

const PasswordPolicy &PasswordPolicy::standard()
{
    static const PasswordPolicy policy(defaultDictionary());
    return policy;
}

PasswordPolicy::PasswordPolicy(const QString &dictionary)
{
    if (!dictionaryFilesReadable(dictionary))
        return;
    const QByteArray path = QFile::encodeName(dictionary);
    long aux = 0;
    if (rawCheck(path, QString::fromLatin1(knownGood), QStringLiteral("x"), {}, &aux) ==
        PWQ_ERROR_CRACKLIB_CHECK)
        return; // damaged or unreadable: cracklib refuses everything, so the check stays off
    m_dictionary = path;
}

int PasswordPolicy::rawCheck(const QByteArray &dictionary, const QString &password, const QString &login,
                             const QString &fullName, long *aux) const
{
    Settings s(pwquality_default_settings());
    if (!s)
        return PWQ_ERROR_MEM_ALLOC;
    // Every setting explicitly: the library's defaults and the system's configuration file do not count.
    const std::pair<int, int> ints[] = {
        {PWQ_SETTING_MIN_LENGTH, Credentials::minPasswordLength},
        {PWQ_SETTING_DIG_CREDIT, 0},
        {PWQ_SETTING_UP_CREDIT, 0},
        {PWQ_SETTING_LOW_CREDIT, 0},
        {PWQ_SETTING_OTH_CREDIT, 0},
        {PWQ_SETTING_MIN_CLASS, minClasses},
        {PWQ_SETTING_MAX_REPEAT, maxRepeat},
        {PWQ_SETTING_MAX_CLASS_REPEAT, 0},
        {PWQ_SETTING_MAX_SEQUENCE, maxSequence},
        {PWQ_SETTING_DIFF_OK, 1},
        {PWQ_SETTING_USER_CHECK, 1},
        {PWQ_SETTING_USER_SUBSTR, 0},
        {PWQ_SETTING_GECOS_CHECK, 0}, // the computer's own accounts are not DealerDesk's users
        {PWQ_SETTING_DICT_CHECK, dictionary.isEmpty() ? 0 : 1},
    };
    for (const auto &[setting, value] : ints) {
        if (const int rc = pwquality_set_int_value(s.get(), setting, value); rc != 0)
            return rc;
    }
    if (!dictionary.isEmpty()) {
        if (const int rc = pwquality_set_str_value(s.get(), PWQ_SETTING_DICT_PATH, dictionary.constData());
            rc != 0)
            return rc;
    }
    // The person's name, word by word (pwquality looks for each of 4 bytes or more, forwards and backwards).
    const QStringList words =
        fullName.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        if (const int rc = pwquality_set_str_value(s.get(), PWQ_SETTING_BAD_WORDS,
                                                   words.join(QLatin1Char(' ')).toUtf8().constData());
            rc != 0)
            return rc;
    }
    QByteArray pw = password.toUtf8();
    const QByteArray user = Credentials::normalizeLogin(login).toUtf8();
    void *auxerror = nullptr;
    int rc;
    {
        QMutexLocker lock(&checkMutex());
        rc = pwquality_check(s.get(), pw.constData(), nullptr, user.isEmpty() ? nullptr : user.constData(),
                             &auxerror);
    }
    pw.fill('\0');
    *aux = rc < 0 && auxIsNumber(rc) ? long(reinterpret_cast<intptr_t>(auxerror)) : 0;
    if (rc < 0) {
        // Only to release what the library may have allocated for the message; its English text is not shown.
        char buf[PWQ_MAX_ERROR_MESSAGE_LEN];
        pwquality_strerror(buf, sizeof buf, rc, auxerror);
    }
    return rc;
}

Validation PasswordPolicy::check(const QString &password, const QString &login, const QString &fullName) const
{
    Validation v = Credentials::validatePassword(password, login);
    if (!v.ok())
        return v;
    long aux = 0;
    const int rc = rawCheck(m_dictionary, password, login, fullName, &aux);
    if (rc < 0)
        v.error(reason(rc, aux));
    return v;
}

QString PasswordPolicy::reason(int code, long aux)
{
    switch (code) {
    case PWQ_ERROR_EMPTY_PASSWORD:
        return tr("Enter a password.");
    case PWQ_ERROR_MIN_LENGTH:
        return tr("The password needs at least %1 characters.").arg(aux);
    case PWQ_ERROR_MIN_CLASSES:
        return tr("The password needs at least %1 kinds of characters: small letters, capitals, digits, or "
                  "signs "
                  "such as - or #.")
            .arg(aux);
    case PWQ_ERROR_MAX_CONSECUTIVE:
        return tr("The password repeats one character more than %1 times in a row.").arg(aux);
    case PWQ_ERROR_MAX_SEQUENCE:
        return tr("The password contains a run such as 12345 or abcde (more than %1 characters in a row).")
            .arg(aux);
    case PWQ_ERROR_PALINDROME:
        return tr("The password reads the same backwards; choose another one.");
    case PWQ_ERROR_USER_CHECK:
        return tr("The password must not contain the sign-in name, forwards or backwards.");
    case PWQ_ERROR_BAD_WORDS:
    case PWQ_ERROR_GECOS_CHECK:
        return tr("The password must not contain the person's name, forwards or backwards.");
    case PWQ_ERROR_CRACKLIB_CHECK:
        return tr(
            "The password is too easy to guess: it is a common word or a simple pattern, or based on one. "
            "Choose a longer or less obvious password.");
    default:
        // Rules DealerDesk does not set (old passwords, required digits …) and failures of the library
        // itself: the password is not accepted unchecked.
        return tr("The password could not be accepted (password check code %1); choose another one.")
            .arg(code);
    }
}

} // namespace dd
