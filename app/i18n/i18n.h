#pragma once
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace dd {

// The languages DealerDesk speaks: Simplified Chinese, Traditional Chinese and English.
class I18n
{
public:
    static QStringList languages(); // "zh_CN", "zh_TW", "en"
    static bool isSupported(const QString &code);
    // The language for `preferred` ("" or "system" follows the system locale).
    static QString resolve(const QString &preferred);
    // The language's own name, for menus: 简体中文, 繁體中文, English.
    static QString nativeName(const QString &code);
    // Replaces the installed translators with DealerDesk's and Qt's own for `code`. Returns the code used.
    static QString install(const QString &code);
    static QString current();
    // The Noto Sans CJK face for the language: TC for Traditional Chinese, SC otherwise (never Qt's JP default).
    static QString cjkFontFamily(const QString &code);
};

} // namespace dd
