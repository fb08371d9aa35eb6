#pragma once
#include "commands.h"
#include "core/docnumber.h"

namespace dd {

// Document numbers from a transactional sequence: unique across stations, one counter per kind and
// business day, with the prefix from the dealership settings. Taken inside the command that creates the
// document, so a rolled-back command gives its number back.
class DocumentSequences
{
public:
    static QString next(CommandContext &ctx, DocumentKind kind);
};

} // namespace dd
