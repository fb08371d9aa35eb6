// Password quality (libpwquality).
#include "fixtures.h"

#include <QFile>

#include "store/passwordpolicy.h"

using namespace dd;
using namespace ddtest;

namespace {
const QString good = QStringLiteral("Lotus-Road-58");

// The reason is DealerDesk's own sentence, not libpwquality's English.
void checkOwnReason(const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK_FALSE(message.isEmpty());
    CHECK(message.startsWith(QStringLiteral("The password ")));
    CHECK_FALSE(message.contains(QStringLiteral("character classes")));
    CHECK_FALSE(message.contains(QStringLiteral("dictionary check")));
}
} // namespace

TEST_CASE("passwords: weak ones are refused with a reason, for every role, on both databases",
          "[store][users][passwords]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    Commands admin(*db, adminSession());
    // One rule for every role.
    for (const Role role : {Role::Administrator, Role::ServiceManager, Role::Cashier, Role::ServiceAdvisor}) {
        INFO("role: " << Roles::code(role).toStdString());
        auto addWith = [&](const QString &login, const QString &name, const QString &password) {
            return errorMessage([&] { users.add(admin, login, name, {role}, password); });
        };
        const QString digits =
            addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("12345678"));
        checkOwnReason(digits);
        CHECK(digits.contains(QStringLiteral("kinds of characters")));
        const QString word =
            addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("password"));
        checkOwnReason(word);
        const QString login =
            addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("wangfang-2026"));
        checkOwnReason(login);
        CHECK(login.contains(QStringLiteral("sign-in name")));
        const QString backwards =
            addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("gnafgnaw-26"));
        CHECK(backwards.contains(QStringLiteral("sign-in name")));
        const QString chineseName =
            addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("王芳-2026-ok"));
        checkOwnReason(chineseName);
        CHECK(chineseName.contains(QStringLiteral("person's name")));
        const QString surname =
            addWith(QStringLiteral("zw"), QStringLiteral("Zhang Wei"), QStringLiteral("Zhang-2026x"));
        CHECK(surname.contains(QStringLiteral("person's name")));
        CHECK(addWith(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("ab-1aaaa"))
                  .contains(QStringLiteral("in a row")));
    }
    CHECK(users.list().isEmpty());

    const qint64 id =
        users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::Cashier}, good);
    CHECK(users.signIn(QStringLiteral("wangfang"), good, QStringLiteral("pc")).userId == id);

    // `user passwd` and the password dialogs go through the same store function.
    const int version = users.byId(id)->version;
    checkOwnReason(errorMessage([&] { users.setPassword(admin, id, version, QStringLiteral("12345678")); }));
    checkOwnReason(errorMessage([&] { users.setPassword(admin, id, version, QStringLiteral("password")); }));
    checkOwnReason(
        errorMessage([&] { users.setPassword(admin, id, version, QStringLiteral("2026wangfang")); }));
    users.setPassword(admin, id, version, QStringLiteral("Harbour-Gate-77"));
    CHECK(users.signIn(QStringLiteral("wangfang"), QStringLiteral("Harbour-Gate-77"), QStringLiteral("pc"))
              .userId == id);
}

TEST_CASE("passwords: cracklib's dictionary is installed and refuses words and patterns",
          "[store][passwords]")
{
    const PasswordPolicy &policy = PasswordPolicy::standard();
    INFO("dictionary: " << PasswordPolicy::defaultDictionary().toStdString()
                        << " (packaging/install-deps.sh installs cracklib-runtime)");
    REQUIRE(policy.usesDictionary());
    for (const char *weak : {"Password1", "password-1", "Qwerty123", "Sunshine!"}) {
        INFO(weak);
        const Validation v =
            policy.check(QString::fromLatin1(weak), QStringLiteral("wangfang"), QStringLiteral("王芳"));
        REQUIRE_FALSE(v.ok());
        CHECK(v.errors.first().contains(QStringLiteral("too easy to guess")));
    }
    CHECK(policy.check(good, QStringLiteral("wangfang"), QStringLiteral("王芳")).ok());
}

TEST_CASE("passwords: without a usable dictionary the other rules still hold", "[store][passwords]")
{
    QTemporaryDir dir;
    for (const QString &path : {QString(), dir.filePath(QStringLiteral("missing/cracklib_dict"))}) {
        const PasswordPolicy policy(path);
        CHECK_FALSE(policy.usesDictionary());
        for (const char *weak :
             {"12345678", "password", "abcdefgh", "wangfang-1", "Wang1abcde", "aaaa-1111"}) {
            INFO(weak);
            const Validation v =
                policy.check(QString::fromLatin1(weak), QStringLiteral("wangfang"), QStringLiteral("王芳"));
            REQUIRE_FALSE(v.ok());
            checkOwnReason(v.errors.first());
        }
        CHECK(policy.check(good, QStringLiteral("wangfang"), QStringLiteral("王芳")).ok());
        CHECK(policy.check(QStringLiteral("Password1"), QStringLiteral("wangfang"))
                  .ok()); // only the dictionary knows it
    }
    // A damaged dictionary would refuse every password: it is noticed and left out.
    for (const char *ext : {".pwd", ".pwi", ".hwm"}) {
        QFile f(dir.filePath(QStringLiteral("broken")) + QString::fromLatin1(ext));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a cracklib dictionary");
    }
    const PasswordPolicy broken(dir.filePath(QStringLiteral("broken")));
    CHECK_FALSE(broken.usesDictionary());
    CHECK(broken.check(good, QStringLiteral("wangfang")).ok());
}
