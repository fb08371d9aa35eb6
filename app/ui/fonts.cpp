#include "fonts.h"

#include <QApplication>
#include <QFont>

namespace dd {

QString Fonts::familyFor(const QString &language)
{
    return language == QLatin1String("zh_TW") ? QStringLiteral("Noto Sans CJK TC") : QStringLiteral("Noto Sans CJK SC");
}

void Fonts::apply(const QString &language)
{
    QFont f = QApplication::font();
    f.setFamilies({familyFor(language), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    QApplication::setFont(f);
}

} // namespace dd
