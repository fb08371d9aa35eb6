#pragma once
#include <QString>

namespace dd {

// Chinese shows with Noto Sans CJK SC (Simplified) or TC (Traditional), never the Japanese variant Qt would
// pick by default. English uses the SC face too, so customer names in Chinese render right.
class Fonts
{
public:
    static QString familyFor(const QString &language);
    static void apply(const QString &language);
};

} // namespace dd
