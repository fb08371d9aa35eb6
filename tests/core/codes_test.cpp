// Codes are types: each closed list defined once (enum, stored text, translatable label), and the shared sets.
#include <catch2/catch.hpp>

#include "core/workorder.h"

using namespace dd;

TEST_CASE("a code table maps enum, stored text and label both ways, and names the shared sets once", "[core][codes]")
{
    const auto &states = WorkOrderCodes::states();
    CHECK(states.code(WorkOrderState::InProgress) == QStringLiteral("in_progress"));
    CHECK(states.fromCode(u"awaiting_approval") == WorkOrderState::AwaitingApproval);
    CHECK_FALSE(states.fromCode(u"In progress").has_value());
    CHECK(states.labelOf(u"open") == QStringLiteral("Authorized"));
    CHECK(states.labelOf(u"no_such_state") == QStringLiteral("no_such_state"));
    CHECK(WorkOrderRules::states() == states.codes());
    CHECK(WorkOrderRules::stateName(QStringLiteral("ready")) == QStringLiteral("Ready for settlement"));
    CHECK(WorkOrderRules::transitions().size() == 11);
    CHECK_FALSE(WorkOrderRules::transitions().contains(QStringLiteral("reverse")));
    CHECK(WorkOrderRules::transitionName(QStringLiteral("reverse")) == QStringLiteral("Settlement reversed"));

    CHECK(WorkOrderCodes::inWorkshop() ==
          QStringList{QStringLiteral("open"), QStringLiteral("dispatched"), QStringLiteral("in_progress"),
                      QStringLiteral("awaiting_approval")});
    CHECK(WorkOrderCodes::beforeReady().first() == QStringLiteral("draft"));
    CHECK(WorkOrderCodes::beforeReady().last() == QStringLiteral("quality_check"));
    CHECK(WorkOrderCodes::onBoard().last() == QStringLiteral("ready"));
    CHECK(WorkOrderCodes::sql(WorkOrderCodes::closed()) == QStringLiteral("('settled', 'delivered', 'cancelled')"));
    // Every state is in exactly one of: draft, in the workshop, quality check, ready, closed.
    QStringList all = QStringList{QStringLiteral("draft")} + WorkOrderCodes::inWorkshop() +
                      QStringList{QStringLiteral("quality_check"), QStringLiteral("ready")} + WorkOrderCodes::closed();
    CHECK(all == states.codes());
}

