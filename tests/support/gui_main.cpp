// Catch2 main for UI tests: headless (offscreen platform, set here because catch_discover_tests runs the
// binary at build time too), English source strings, test-mode settings so nothing touches the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testzone.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    dd::test::pinLocalTimeOfDay();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DealerDesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dealerdesk-ui-tests"));
    return Catch::Session().run(argc, argv);
}
