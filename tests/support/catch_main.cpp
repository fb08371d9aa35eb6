// Catch2 main for the tests that need no GUI: a QCoreApplication so Qt resources, translations and
// QStandardPaths behave as in the app.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testzone.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    dd::test::pinLocalTimeOfDay();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DealerDesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dealerdesk-tests"));
    return Catch::Session().run(argc, argv);
}
