#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dd {

namespace {
QList<QTranslator *> s_installed;
QString s_current = QStringLiteral("en");
} // namespace

QStringList I18n::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

bool I18n::isSupported(const QString &code)
{
    return languages().contains(code);
}

QString I18n::resolve(const QString &preferred)
{
    if (isSupported(preferred))
        return preferred;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString l = ui.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (l.startsWith(QLatin1String("zh"))) {
            if (l.contains(QLatin1String("hant")) || l.endsWith(QLatin1String("-tw")) || l.endsWith(QLatin1String("-hk"))
                || l.endsWith(QLatin1String("-mo")))
                return QStringLiteral("zh_TW");
            return QStringLiteral("zh_CN");
        }
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString I18n::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString I18n::install(const QString &code)
{
    const QString lang = isSupported(code) ? code : resolve(code);
    for (QTranslator *t : s_installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    s_installed.clear();
    auto add = [](const QString &file, const QString &dir) {
        auto *t = new QTranslator;
        if (t->load(file, dir)) {
            QCoreApplication::installTranslator(t);
            s_installed << t;
        } else {
            delete t;
        }
    };
    add(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    add(QStringLiteral("dealerdesk_") + lang, QStringLiteral(":/i18n"));
    QLocale::setDefault(QLocale(lang));
    s_current = lang;
    return lang;
}

QString I18n::current()
{
    return s_current;
}

QString I18n::cjkFontFamily(const QString &code)
{
    return code == QLatin1String("zh_TW") ? QStringLiteral("Noto Sans CJK TC") : QStringLiteral("Noto Sans CJK SC");
}

} // namespace dd
