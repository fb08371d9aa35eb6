// DealerDesk: wires the layers together in one place. Without a command it starts the GUI; with one it runs
// the command line (no display needed).
#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <memory>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/options.h"
#include "i18n/i18n.h"
#include "store/passwordhasher.h"
#include "ui/appcontroller.h"
#include "ui/fieldtyping.h"
#include "ui/fonts.h"

namespace {
void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DealerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dealerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALERDESK_VERSION));
}

QString chosenLanguage(const dd::Options &options)
{
    const QString preferred = options.lang.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString()
                                                     : options.lang;
    return dd::I18n::resolve(preferred);
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const dd::Options options = dd::Options::parse(arguments);
    const dd::PasswordHasher hasher(dd::PasswordHasher::Strength::Interactive);

    if (!options.wantsGui()) {
        // Printing needs fonts and printers (a GUI application), but no display.
        if (options.needsGui() && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = options.needsGui() ? std::make_unique<QGuiApplication>(argc, argv)
                                                                   : std::make_unique<QCoreApplication>(argc, argv);
        identify();
        dd::I18n::install(chosenLanguage(options));
        dd::Cli::quietQtWarnings();
        QTextStream out(stdout), err(stderr), in(stdin);
        return dd::Cli(options, hasher, {out, err, in, isatty(STDIN_FILENO) == 1}).run();
    }

    QApplication app(argc, argv);
    identify();
    QGuiApplication::setDesktopFileName(QStringLiteral("dealerdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dealerdesk.svg")));
    const QString lang = dd::I18n::install(chosenLanguage(options));
    dd::Fonts::apply(lang);
    dd::ui::FieldTyping::install();
    dd::AppController controller(options.db, hasher);
    return controller.run();
}
