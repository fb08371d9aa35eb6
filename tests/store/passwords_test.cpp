// Password quality (libpwquality) and the first start on a database filled by `dealerdesk demo`.
#include "fixtures.h"

#include <QFile>

#include "store/auditlog.h"
#include "demo/demo.h"
#include "store/passwordpolicy.h"
#include "store/setup.h"

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

TEST_CASE("a demo database: the first start sets only the administrator's password and keeps the dealership",
          "[store][users][firstrun]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands system(*db, adminSession());
    Demo::load(system, users, dealership);
    const QString demoName = QStringLiteral("上海浦江汽车销售服务有限公司");
    REQUIRE(dealership.load().name == demoName);
    const int staff = users.list().size();

    CHECK(FirstStart::needed(users));
    CHECK(FirstStart::onlyPasswordNeeded(users));
    CHECK_FALSE(users.hasAdministratorWithPassword());
    const auto first = users.firstAdministrator();
    REQUIRE(first.has_value());
    CHECK(first->userId == 0);
    CHECK(first->login == QStringLiteral("admin"));

    // Creating a new dealership over the demo is refused, the demo's name kept.
    CHECK(errorMessage([&] {
              FirstStart::run(
                  *db, users, dealership,
                  {QStringLiteral("boss"), QStringLiteral("Boss"), good, QStringLiteral("X"), {}},
                  QStringLiteral("pc"));
          }).contains(QStringLiteral("already holds")));
    CHECK(dealership.load().name == demoName);

    checkOwnReason(errorMessage([&] {
        FirstStart::setAdministratorPassword(*db, users, QStringLiteral("12345678"), QStringLiteral("pc"));
    }));
    CHECK(errorMessage([&] {
              FirstStart::setAdministratorPassword(*db, users, QStringLiteral("admin-2026x"),
                                                   QStringLiteral("pc"));
          }).contains(QStringLiteral("sign-in name")));
    CHECK(users.list().size() == staff);

    const UserRecord admin = FirstStart::setAdministratorPassword(*db, users, good, QStringLiteral("pc"));
    CHECK(admin.login == QStringLiteral("admin"));
    CHECK(admin.roles == QList<Role>{Role::Administrator});
    CHECK(admin.hasPassword);
    CHECK(users.list().size() == staff + 1);
    CHECK(dealership.load().name == demoName);
    CHECK_FALSE(FirstStart::needed(users));
    CHECK(users.hasAdministratorWithPassword());
    CHECK_FALSE(users.firstAdministrator().has_value());
    CHECK(users.signIn(QStringLiteral("admin"), good, QStringLiteral("pc")).userId == admin.id);

    AuditFilter f;
    f.table = QStringLiteral("users");
    const auto rows = AuditLog(*db).query(f);
    CHECK(std::any_of(rows.begin(), rows.end(), [&](const AuditEntry &e) {
        return e.command == QStringLiteral("user.first_admin_password") &&
               e.recordId == QString::number(admin.id);
    }));
    CHECK(errorMessage([&] {
              FirstStart::setAdministratorPassword(*db, users, QStringLiteral("Other-Gate-91"),
                                                   QStringLiteral("pc"));
          }).contains(QStringLiteral("already has an administrator")));
}

TEST_CASE("the first administrator: an existing one without a password, or a free sign-in name",
          "[store][users][firstrun]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    Commands system(*db, adminSession());
    users.add(system, QStringLiteral("admin"), QStringLiteral("Front desk"), {Role::Cashier}, QString());

    SECTION("the administrator already on file gets the password")
    {
        const qint64 boss = users.add(system, QStringLiteral("boss"), QStringLiteral("陈静"),
                                      {Role::Administrator, Role::ServiceManager}, QString());
        const auto first = users.firstAdministrator();
        REQUIRE(first.has_value());
        CHECK(first->userId == boss);
        CHECK(first->login == QStringLiteral("boss"));
        CHECK(first->displayName == QStringLiteral("陈静"));
        const UserRecord u = FirstStart::setAdministratorPassword(*db, users, good, QStringLiteral("pc"));
        CHECK(u.id == boss);
        CHECK(users.list().size() == 2);
        CHECK(users.signIn(QStringLiteral("boss"), good, QStringLiteral("pc")).userId == boss);
    }
    SECTION("`admin` is taken by a cashier: the new administrator is admin2")
    {
        const auto first = users.firstAdministrator();
        REQUIRE(first.has_value());
        CHECK(first->userId == 0);
        CHECK(first->login == QStringLiteral("admin2"));
        const UserRecord u = FirstStart::setAdministratorPassword(*db, users, good, QStringLiteral("pc"));
        CHECK(u.login == QStringLiteral("admin2"));
        CHECK(users.find(QStringLiteral("admin"))->roles == QList<Role>{Role::Cashier});
        CHECK_FALSE(users.find(QStringLiteral("admin"))->hasPassword);
    }
}
