// Codes are types: each closed list defined once in core (enum, stored text, label), and the database refusing
// any other text in the columns that take one.
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "core/workorder.h"
#include "fixtures.h"
#include "demo/demo.h"

using namespace dd;
using namespace ddtest;

namespace {
// The list a column takes in the schema 14 migration, for one dialect's section ("sqlite" or "postgresql").
QStringList migrationList(const QString &dialect, const QString &column)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/db/migrations/0014_closed_code_lists.sql"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(f.readAll());
    const qsizetype from = sql.indexOf(QStringLiteral("-- @dialect ") + dialect);
    REQUIRE(from >= 0);
    const qsizetype to = sql.indexOf(QStringLiteral("-- @dialect"), from + 12);
    const QString section = sql.mid(from, to - from);
    const QRegularExpression re(QStringLiteral("\\b%1 (?:NOT )?IN \\(([^)]*)\\)").arg(column));
    const QRegularExpressionMatch m = re.match(section);
    REQUIRE(m.hasMatch());
    QStringList codes;
    for (QString c : m.captured(1).split(QLatin1Char(',')))
        codes << c.trimmed().remove(QLatin1Char('\''));
    return codes;
}
} // namespace

TEST_CASE("the database refuses a code outside its list, and its lists are the code tables", "[store][codes]")
{
    // The migration's lists, in both dialects, are exactly the code tables ("" where a column may be unset).
    const QString none;
    struct Column {
        const char *name;
        QStringList codes;
    };
    const Column columns[] = {
        {"state", WorkOrderCodes::states().codes()},
        {"wo_type", QStringList{none} + WorkOrderCodes::types().codes()},
        {"repair_category", QStringList{none} + WorkOrderCodes::repairCategories().codes()},
        {"pay_type", WorkOrderCodes::payTypes().codes()},
        {"part_source", QStringList{none} + WorkOrderCodes::partSources().codes()},
        {"other_kind", QStringList{none} + WorkOrderCodes::otherKinds().codes()},
        {"transition", WorkOrderCodes::steps().codes()},
        {"from_state", WorkOrderCodes::states().codes()},
        {"to_state", WorkOrderCodes::states().codes()},
    };
    for (const Column &c : columns)
        for (const char *dialect : {"sqlite", "postgresql"}) {
            INFO(c.name << " in " << dialect);
            CHECK(migrationList(QString::fromLatin1(dialect), QString::fromLatin1(c.name)) == c.codes);
        }

    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership); // every demo row is within its lists
    QSqlQuery q = db->query(QStringLiteral("SELECT id FROM work_orders ORDER BY id"));
    REQUIRE(q.next());
    const qint64 wo = q.value(0).toLongLong();
    QSqlQuery l = db->query(QStringLiteral("SELECT id FROM work_order_lines ORDER BY id"));
    REQUIRE(l.next());
    const qint64 line = l.value(0).toLongLong();

    auto refused = [&](const QString &sql, const QVariantList &params) {
        try {
            admin.run(QStringLiteral("test.code"), std::nullopt, [&](CommandContext &ctx) { ctx.exec(sql, params); });
        } catch (const StoreError &) {
            return true;
        }
        return false;
    };
    CHECK(refused(QStringLiteral("UPDATE work_orders SET state = ? WHERE id = ?"), {QStringLiteral("In progress"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_orders SET wo_type = ? WHERE id = ?"), {QStringLiteral("oil"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_orders SET repair_category = ? WHERE id = ?"), {QStringLiteral("level3"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET pay_type = ? WHERE id = ?"), {QStringLiteral("cash"), line}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET part_source = ? WHERE id = ?"), {QStringLiteral("used"), line}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET other_kind = ? WHERE id = ?"), {QStringLiteral("towing"), line}));
    CHECK(refused(QStringLiteral("INSERT INTO work_order_transitions (work_order_id, transition, from_state, to_state, at, "
                                 "by_name, station) VALUES (?, 'fly', 'open', 'ready', '2026-12-01T00:00:00Z', 'x', 'y')"),
                  {wo}));
    // Every code in a table is taken (and the row put back as it was by the rollback of a failing command).
    for (const QString &state : WorkOrderCodes::states().codes()) {
        INFO(state.toStdString());
        CHECK_FALSE(refused(QStringLiteral("UPDATE work_orders SET state = ? WHERE id = ?"), {state, wo}));
    }
    for (const QString &pay : WorkOrderCodes::payTypes().codes())
        CHECK_FALSE(refused(QStringLiteral("UPDATE work_order_lines SET pay_type = ? WHERE id = ?"), {pay, line}));
}
