#include "fonts.h"

#include <QApplication>
#include <QFont>

#include "i18n/i18n.h"

namespace dd {

QString Fonts::familyFor(const QString &language)
{
    return I18n::cjkFontFamily(language);
}

void Fonts::apply(const QString &language)
{
    QFont f = QApplication::font();
    f.setFamilies({familyFor(language), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    QApplication::setFont(f);
}

} // namespace dd
